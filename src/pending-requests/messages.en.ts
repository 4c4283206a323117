/** The English words of `pendingRequestsMessages` (messages.ts), loaded when an element first speaks English. */
import { pluralEn } from '../internal/french.js';

export default {
  tabs: 'Access requests',
  tabPending: 'Pending',
  tabHistory: 'History',
  tabAccounts: 'Account requests',
  tabCount: (n: string) => `${n} pending`,

  loadingMe: 'Loading the requests…',
  forbiddenHeading: 'For administrators only',
  forbidden:
    "Access and account requests are decided by the local administrators of the requester's organisme, or by UCANSS administrators for national applications. Your profile does not give access to them.",

  captionPending: 'Access requests: pending',
  captionHistory: 'Access requests: history',
  captionAccountsPending: 'Account requests: pending',
  captionAccountsHistory: 'Account requests: history',
  tacitHint:
    'A request not decided within 10 days of its date is tacitly accepted. Check the application concerned before accepting.',
  search: 'Search',
  searchHint: 'Name, first name, e-mail, role or organisme',
  searchAccountsHint: 'Name, first name or e-mail',
  emptyPending: 'No pending request.',
  emptyHistory: 'No decided request matches these criteria.',
  emptyAccountsPending: 'No pending account request.',
  emptyAccountsHistory: 'No decided account request matches these criteria.',
  listErrorRetry: 'Reload the list',

  colRequester: 'Name First name E-mail',
  colFonction: 'Position',
  colOrganisme: 'Organisme',
  colRole: 'Role requested',
  colRequestedAt: 'Request date',
  colDeadline: 'Deadline',
  colAction: 'Action',
  colStatus: 'Status',
  colDecidedBy: 'Decided by',
  colDecidedAt: 'Decision date',
  colReason: 'Reason',
  colCivilite: 'Title',
  colNom: 'Last name',
  colPrenom: 'First name',
  colEmail: 'Work e-mail',
  colExternal: 'External account',
  colOrganismeShort: 'Organisme',

  application: (name: string) => `Application: ${name}`,
  daysLeft: (n: number) => (n === 0 ? 'Last day today' : n === 1 ? '1 day left' : `${n} days left`),
  overdue: 'Deadline passed',
  deadlineClose: 'Deadline close:',
  tacitDecider: '10-day deadline passed',
  yes: 'Yes',
  no: 'No',
  externalHint: 'Address outside the Institution’s domains',

  accept: 'Accept',
  refuse: 'Refuse',
  sending: 'Sending…',
  requestOf: (name: string, role: string) => ` the request of ${name}: ${role}`,
  accountRequestOf: (name: string) => ` the account request of ${name}`,

  selection: (n: string, count: number) => pluralEn(count, `${n} request selected`, `${n} requests selected`),
  selectionAll: (n: string, count: number) =>
    pluralEn(count, `All: ${n} request selected`, `All: the ${n} requests of the result are selected`),
  selectionNone: 'No request selected',
  acceptSelection: 'Accept the selection',
  refuseSelection: 'Refuse the selection',
  bulkActions: 'Actions on the selection',

  confirmAcceptHeading: (name: string) => `Accept the request of ${name}?`,
  confirmAcceptMessage: (role: string, application: string, name: string) =>
    `The role “${role}” (${application}) will be granted to ${name}, who will be told by e-mail. The decision is final.`,
  confirmAcceptMany: (n: string, count: number) => pluralEn(count, `Accept ${n} request?`, `Accept ${n} requests?`),
  confirmAcceptManyMessage: (n: string, count: number) =>
    pluralEn(
      count,
      'The role requested will be granted and the requester told by e-mail. The decision is final.',
      `The ${n} roles requested will be granted and each requester told by e-mail. The decisions are final; the result will be given request by request.`,
    ),
  refuseHeading: (name: string) => `Refuse the request of ${name}?`,
  refuseMessage: (role: string, application: string) =>
    `Role requested: “${role}” (${application}). The requester will be told of the refusal by e-mail. The decision is final.`,
  refuseMany: (n: string, count: number) => pluralEn(count, `Refuse ${n} request?`, `Refuse ${n} requests?`),
  refuseManyMessage: (n: string, count: number) =>
    pluralEn(
      count,
      'The requester will be told of the refusal by e-mail. The decision is final.',
      `The ${n} requesters will be told of the refusal by e-mail, with the same reason. The decisions are final; the result will be given request by request.`,
    ),
  acceptAccountHeading: (name: string) => `Create the account of ${name}?`,
  acceptAccountMessage: (email: string) =>
    `The account will be created with the identifier ${email}; a confirmation message will be sent to that address. The decision is final.`,
  acceptAccountExternal:
    'External account: the person declared not working for the Institution, so the address is not of an Institution domain. Check that this person should have access to the site.',
  createAccount: 'Create the account',
  refuseAccountHeading: (name: string) => `Refuse the account request of ${name}?`,
  refuseAccountMessage: (email: string) => `A message will tell ${email} of the refusal. The decision is final.`,

  accepted: (name: string, role: string) => `Request of ${name} accepted: ${role}`,
  refused: (name: string, role: string) => `Request of ${name} refused: ${role}`,
  accountCreated: (name: string, email: string) => `Account of ${name} created (identifier ${email}).`,
  accountRefused: (name: string) => `Account request of ${name} refused.`,

  alreadyDecidedHeading: 'Request already decided',
  alreadyDecidedBy: (what: string, by: string, when: string) =>
    `${what} was already decided by ${by}${when ? ` on ${when}` : ''}. The decision is final; the request has left the list.`,
  alreadyDecidedTacitly: (what: string, when: string) =>
    `${what} was tacitly accepted${when ? ` on ${when}` : ''}, as nobody decided within 10 days. The request has left the list.`,
  alreadyDecidedUnknown: (what: string) => `${what} was already decided. The decision is final; the request has left the list.`,
  whatAccess: (name: string, role: string) => `The request of ${name} (${role})`,
  whatAccount: (name: string) => `The account request of ${name}`,
  decisionFailed: (what: string) => `${what} was not decided.`,
  retryDecision: 'Send the decision again',
  selectionUnread: 'The selected requests could not be read again: no decision was sent.',

  bulkHeadingAccept: (n: string, count: number) => pluralEn(count, `Accepting ${n} request`, `Accepting ${n} requests`),
  bulkHeadingRefuse: (n: string, count: number) => pluralEn(count, `Refusing ${n} request`, `Refusing ${n} requests`),
  bulkCollecting: 'Finding the selected requests…',
  bulkProgress: (done: string, total: string) => `Progress: ${done} of ${total}`,
  bulkAccepted: (n: string, count: number) => pluralEn(count, `${n} request accepted`, `${n} requests accepted`),
  bulkRefused: (n: string, count: number) => pluralEn(count, `${n} request refused`, `${n} requests refused`),
  bulkFailed: (n: string, _count: number) => `${n} not decided by the server`,
  bulkNotSent: (n: string, _count: number) => `${n} not sent`,
  bulkItemAccepted: 'accepted',
  bulkItemRefused: 'refused',
  bulkItemFailed: 'not decided',
  bulkItemNotSent: 'not sent',
  bulkInterrupted: 'Sending stopped: the requests not sent are still pending.',
  bulkResume: 'Resume sending',
  bulkClose: 'Close the report',
  bulkReport: 'Report per request',
  colon: ': ',

  filters: 'History filters',
  filterStatus: 'Status',
  filterAll: 'All statuses',
  filterFrom: 'Decided from',
  filterTo: 'to',
  dateOrder: 'The end date must follow the start date.',
  show: 'Show',
  showPending: 'Pending',
  showHistory: 'History',

  refusalReason: 'Reason for refusal (optional)',
  refusalReasonHint: 'The requester will read it in the refusal message.',
  characters: (n: string) => `${n} / 500 characters`,
};
