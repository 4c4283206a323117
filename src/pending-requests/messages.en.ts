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
  tacitHint:
    'A request not decided within 10 days of its date is tacitly accepted. Check the application concerned before accepting.',
  search: 'Search',
  searchHint: 'Name, first name, e-mail, role or organisme',
  emptyPending: 'No pending request.',
  listErrorRetry: 'Reload the list',

  colRequester: 'Name First name E-mail',
  colFonction: 'Position',
  colOrganisme: 'Organisme',
  colRole: 'Role requested',
  colRequestedAt: 'Request date',
  colDeadline: 'Deadline',
  colAction: 'Action',

  application: (name: string) => `Application: ${name}`,
  daysLeft: (n: number) => (n === 0 ? 'Last day today' : n === 1 ? '1 day left' : `${n} days left`),
  overdue: 'Deadline passed',
  deadlineClose: 'Deadline close:',

  accept: 'Accept',
  refuse: 'Refuse',
  requestOf: (name: string, role: string) => ` the request of ${name}: ${role}`,

  selection: (n: string, count: number) => pluralEn(count, `${n} request selected`, `${n} requests selected`),
  selectionAll: (n: string, count: number) =>
    pluralEn(count, `All: ${n} request selected`, `All: the ${n} requests of the result are selected`),
  selectionNone: 'No request selected',
  acceptSelection: 'Accept the selection',
  refuseSelection: 'Refuse the selection',
  bulkActions: 'Actions on the selection',

};
