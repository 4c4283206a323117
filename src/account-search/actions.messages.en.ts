/** The English words of `actionMessages` (actions.messages.ts), loaded when an element first speaks English. */
import type { Civ } from './actions.messages.js';

/** « her », « his », or « their » when the civilité is not known. */
function possessive(civilite: Civ): string {
  return civilite === 'Mme' ? 'her' : civilite === 'M.' ? 'his' : 'their';
}

function objectPronoun(civilite: Civ): string {
  return civilite === 'Mme' ? 'her' : civilite === 'M.' ? 'him' : 'them';
}

export default {
  responsableFormHeading: (name: string) => `The account of ${name} was not closed`,
  responsableFormText: (name: string, codes: string, count: number) =>
    `${name} is the responsable habilitations of ${count === 1 ? `group ${codes}` : `groups ${codes}`}, and every group keeps an open responsable: first name ${
      count === 1 ? 'another responsable' : 'other responsables'
    } with “Deactivate a responsable habilitations” (the row’s Actions menu), which then closes the account. What you typed is kept.`,
  replacementsNote: (changes: string) => `Before the closing, the groups change responsable habilitations: ${changes}.`,
  replacementItem: (code: string, name: string) => `${code} to ${name}`,
  replaced: (changes: string) => `New responsables habilitations: ${changes}.`,
  replacementRefused: (code: string, name: string) => `Group ${code} was not given to ${name}`,
  replacedBeforeRefusal: (changes: string) => `Already saved: ${changes}. The account was not closed.`,
  nothingReplacedYet: 'Nothing was saved: the account was not closed.',
  closingRefusedAfterReplacement: (changes: string) => `The groups changed responsable habilitations (${changes}), but closing the account was refused.`,
  noGroupToJoin: (name: string) => `${name} already belongs to every open group you manage.`,
  confirmReactivate: (name: string) => `Activate the account of ${name}?`,
  confirmReactivateText: (civilite: Civ) =>
    `The account becomes “active” again: the person gets the connected access back, with ${possessive(civilite)} rights.`,
  confirmReactivateLabel: 'Activate',
  confirmAttach: (name: string) => `Attach ${name} to my organisme?`,
  confirmAttachText: (civilite: Civ) =>
    `Confirm the attachment? By choosing this person, you attach ${objectPronoun(civilite)} to your organisme; the person keeps ${possessive(civilite)} former rights, which you can then change from the record.`,
  confirmAttachLabel: 'Attach',
  confirmResend: (name: string) => `Send the identifier of ${name} again by e-mail?`,
  confirmResendText: (identifier: string, email: string) => `The identifier ${identifier} will be sent to ${email}.`,
  confirmResendLabel: 'Send',
  confirmRevokeText: 'The person loses the access this role gives at once. You can assign it again later.',
  pickGrant: (name: string) => `Assign a role to ${name}`,
  pickRevoke: (name: string) => `Remove a role from ${name}`,
  nothingToGrant: (name: string) => `${name} already holds every role you can assign.`,
  nothingToRevoke: (name: string) => `${name} holds no role you can remove.`,
  reactivated: (name: string) => `The account of ${name} is active.`,
  deactivatedTemporary: (name: string) => `The account of ${name} is deactivated (“inactive”, can be reactivated).`,
  deactivatedPermanent: (name: string) => `The account of ${name} is permanently deleted.`,
  closedCaf: (name: string, date: string, _civilite: Civ) => `${name} is deactivated: closing date ${date}.`,
  attached: (name: string, organisme: string, civilite: Civ) => `${name} is attached to ${organisme} and keeps ${possessive(civilite)} rights.`,
  granted: (role: string, name: string) => `Role “${role}” assigned to ${name}.`,
  revoked: (role: string, name: string) => `Role “${role}” removed from ${name}.`,
  identifierSent: (name: string, email: string) => `Identifier of ${name} sent again to ${email}.`,
  created: (name: string, civilite: Civ) => `Account of ${name} created. A confirmation message is sent to ${possessive(civilite)} e-mail.`,
  updated: (name: string) => `Account of ${name} updated.`,
  staleReloaded: (name: string) => `The account of ${name} has been reloaded.`,
  currentValues: 'Values saved in the meantime:',
  detailsHeading: (name: string) => `Record of ${name}`,
  historyHeading: (name: string) => `History of the account of ${name}`,
  viewDetails: 'Record',
  viewHistory: 'History',
  formCreateHeading: 'New account',
  formCreateHeadingCaf: 'Create a partner user',
  discardHeading: 'Discard what you typed?',
  discardText: 'The information typed in the form will be lost.',
  discardConfirm: 'Discard',
  discardKeep: 'Keep editing',
  formEditHeading: (name: string) => `Edit the account of ${name}`,

  // The menu of a row.
  actionView: 'Details – open the record',
  actionGrant: 'Assign a role',
  actionRevoke: 'Remove a role',
  actionHistory: 'See the history of the account',
  actionEdit: 'Edit',
  actionDeactivate: 'Deactivate the account',
  actionDeactivateCaf: 'Deactivate the user (closing date)',
  actionReactivate: 'Activate the account',
  actionAttach: 'Attach to my organisme',
  actionResend: 'Send the identifier again by e-mail',
  actionAddToGroup: 'Add to a group',
  actionManageMemberships: 'Manage the user’s memberships',
  actionDeactivateResponsable: 'Deactivate a responsable habilitations',
  responsableOnlyByAdmin: (name: string, codes: string, count: number) =>
    `${name} is the responsable habilitations of ${count === 1 ? `group ${codes}` : `groups ${codes}`}: only the partner administrator can name ${
      count === 1 ? 'another responsable' : 'other responsables'
    }, which must come before the account is closed.`,
  noAction: 'No action available.',
};
