/** The words of the writes of `<habil-user-groups>` on a group (create it, change it, close it), loaded with the first of them; English in group-writes.messages.en.ts. It speaks those the parts share (parts.messages.ts) too. */
import { pluralFr } from '../internal/french.js';
import { defineMessages, type LocalizeController } from '../internal/localize.js';
import { partWordsFr } from './parts.messages.js';

export const groupWritesMessages = defineMessages({
  fr: {
    ...partWordsFr,
    createFailed: (code: string) => `Le groupe ${code} n'a pas été créé.`,
    updateFailed: (code: string) => `Le groupe ${code} n'a pas été modifié.`,
    groupAdminForbidden:
      "Seul l'administrateur partenaire crée, modifie et clôture les groupes et leur assigne des droits (« Synthèse » du guide Mon Compte Partenaire). Rien n'a été modifié.",
    groupCreated: (code: string) => `Groupe ${code} créé. Assignez-lui ses droits, puis rattachez ses membres.`,
    groupUpdated: (code: string) => `Groupe ${code} modifié.`,
    groupReloaded: (code: string) =>
      `Quelqu'un d'autre a modifié le groupe ${code} entre-temps. Il a été rechargé : vérifiez puis recommencez. Vos saisies sont conservées.`,
    closeHeading: (code: string) => `Clôturer le groupe ${code} ?`,
    closeDate: (date: string) => `La date de clôture du groupe sera le ${date}.`,
    closeMembers: (count: number, roles: string) =>
      `${pluralFr(count, 'Son membre en est détaché et perd', `Ses ${count} membres en sont détachés et perdent`)} les droits que le groupe donne${roles ? ` (${roles})` : ''} ; ${pluralFr(count, 'son compte reste ouvert', 'leurs comptes restent ouverts')}.`,
    closeNoMembers: "Le groupe n'a aucun membre actuel.",
    closeSubGroups: (count: number, codes: string) =>
      pluralFr(count, `Son sous-groupe ${codes} est clôturé avec lui.`, `Ses sous-groupes ${codes} sont clôturés avec lui.`),
    closeFinal: 'Un groupe clôturé ne peut plus être modifié.',
    closeFailed: (code: string) => `Le groupe ${code} n'a pas été clôturé.`,
    groupClosed: (code: string, members: number) =>
      `Groupe ${code} clôturé. ${pluralFr(members, `${members} membre détaché`, `${members} membres détachés`)} ; les comptes restent ouverts.`,
  },
  en: () => import('./group-writes.messages.en.js'),
});

export type GroupWritesWords = LocalizeController<typeof groupWritesMessages.fr>;
