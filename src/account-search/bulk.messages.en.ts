/** The English words of `bulkMessages` (bulk.messages.ts), loaded when an element first speaks English. */
import { en } from './messages.en.js';

export default {
  responsableLeftOut: (codes: string, count: number) =>
    `Responsable habilitations of ${count === 1 ? `group ${codes}` : `groups ${codes}`}: “Deactivate a responsable habilitations” first names a replacement.`,
  pickGrantBulk: (count: string) => `Assign a role to ${count} ${en(count, 'account', 'accounts')}`,
  pickRevokeBulk: (count: string) => `Remove a role from ${count} ${en(count, 'account', 'accounts')}`,
  confirmBulkReactivate: (count: string) => `Activate ${count} ${en(count, 'account', 'accounts')}?`,
  confirmBulkGrant: (role: string, count: string) => `Assign the role “${role}” to ${count} ${en(count, 'account', 'accounts')}?`,
  confirmBulkRevoke: (role: string, count: string) => `Remove the role “${role}” from ${count} ${en(count, 'account', 'accounts')}?`,
  confirmBulkResend: (count: string) => `Send the identifier of ${count} ${en(count, 'user', 'users')} again by e-mail?`,
  confirmBulkText: 'Each account is handled on its own: those the server refuses are listed with the reason, the others are changed.',
  confirmBulkLabel: (count: string) => `Apply to the ${count} accounts`,
  leftOutBefore: 'The accounts of the result this action is not possible on (read-only ADD accounts, for instance) will be left out; the report will say how many.',
  leftOutBeforeKnown: (n: string, count: number) =>
    count === 1
      ? '1 account of the result does not allow this action (a read-only account, for instance): it will be left out.'
      : `${n} accounts of the result do not allow this action (read-only accounts, for instance): they will be left out.`,
  leftOutNotOffered: (status: string) => `This action is not offered for this account (status “${status}”).`,
  bulkHeadingDeactivate: 'Deactivation',
  bulkHeadingReactivate: 'Activation',
  bulkHeadingGrant: 'Role assignment',
  bulkHeadingRevoke: 'Role removal',
  bulkHeadingResend: 'Identifier sending',
  bulkCollecting: (done: string, total: string) => `Listing the accounts of the result: ${done} / ${total}`,
  bulkProgress: (done: string, total: string) => `${done} / ${total}`,
  bulkStop: 'Stop',
  bulkStarted: (action: string, count: string) => `${action} of ${count} ${en(count, 'account', 'accounts')} in progress…`,
  bulkDone: (action: string, ok: string, failed: string) => `${action} finished: ${ok} succeeded, ${failed} refused.`,
  bulkStopped: (count: string) => `${count} ${en(count, 'account', 'accounts')} not handled: the action was stopped.`,
  bulkLeftOut: (count: string) => `${count} ${en(count, 'account', 'accounts')} left out: this action is not possible on them.`,
  bulkLeftOutSummary: (count: string) => `Accounts left out (${count})`,
  bulkLeftOutItem: (name: string, reason: string) => `${name}: ${reason}`,
  bulkRefusedCaption: 'Refused accounts, with the reason',
  bulkSucceededSummary: (count: string) => `Accounts handled (${count})`,
  bulkReason: 'Reason',
  bulkAccount: 'Account',
  bulkClose: 'Close the report',
};
