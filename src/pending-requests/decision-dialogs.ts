/** Asking the user to confirm a decision: the confirmation dialog to accept, the refusal dialog (with its reason) to refuse. */
import type { Decision } from '../domain/index.js';
import type { ConfirmOptions, HabilConfirmDialog } from '../ui/confirm-dialog/confirm-dialog.js';
import type { HabilRefusalDialog, RefusalOptions } from './refusal-dialog.js';

/** The widget's two dialogs (in its shadow root). */
export interface DecisionDialogs {
  confirm: HabilConfirmDialog;
  refusal: HabilRefusalDialog;
}

/** The words of each dialog for one decision. */
export interface DecisionQuestion {
  accept: ConfirmOptions;
  refuse: RefusalOptions;
}

/** The user confirmed: with the reason he typed for a refusal (trimmed), if any. */
export interface ConfirmedDecision {
  reason: string | undefined;
}

/**
 * Asks to confirm the decision; resolves with undefined when the user cancelled. A decision is
 * final (R5): the acceptance starts on « Annuler », the refusal in its reason, so that Enter
 * pressed once too often decides nothing.
 */
export async function askForDecision(dialogs: DecisionDialogs, decision: Decision, question: DecisionQuestion): Promise<ConfirmedDecision | undefined> {
  if (decision === 'accept') return (await dialogs.confirm.ask({ ...question.accept, initialFocus: 'cancel' })) ? { reason: undefined } : undefined;
  const answer = await dialogs.refusal.ask(question.refuse);
  return answer ? { reason: answer.reason.trim() || undefined } : undefined;
}
