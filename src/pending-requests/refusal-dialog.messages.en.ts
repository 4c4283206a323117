/** The English words of `refusalDialogMessages` (refusal-dialog.messages.ts), loaded when an element first speaks English. */
export default {
  refusalReason: 'Reason for refusal (optional)',
  refusalReasonHint: 'The requester will read it in the refusal message.',
  characters: (n: string) => `${n} / 500 characters`,
  refuse: 'Refuse',
};
