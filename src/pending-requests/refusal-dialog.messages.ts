/** The words of `<habil-refusal-dialog>`, French first (English in refusal-dialog.messages.en.ts). */
import { defineMessages, type LocalizeController } from '../internal/localize.js';

export const refusalDialogMessages = defineMessages({
  fr: {
    refusalReason: 'Motif du refus (facultatif)',
    refusalReasonHint: 'Le demandeur le lira dans le message de refus.',
    characters: (n: string) => `${n} / 500 caractères`,
    refuse: 'Refuser',
  },
  en: () => import('./refusal-dialog.messages.en.js'),
});

export type RefusalDialogText = LocalizeController<typeof refusalDialogMessages.fr>;
