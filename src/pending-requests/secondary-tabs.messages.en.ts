/** The English words of `secondaryTabMessages` (secondary-tabs.messages.ts), loaded when an element first speaks English. */
export default {
  captionHistory: 'Access requests: history',
  captionAccountsPending: 'Account requests: pending',
  captionAccountsHistory: 'Account requests: history',
  searchAccountsHint: 'Name, first name or e-mail',
  emptyHistory: 'No decided request matches these criteria.',
  emptyAccountsPending: 'No pending account request.',
  emptyAccountsHistory: 'No decided account request matches these criteria.',

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

  tacitDecider: '10-day deadline passed',
  yes: 'Yes',
  no: 'No',
  externalHint: 'Address outside the Institution’s domains',

  accountRequestOf: (name: string) => ` the account request of ${name}`,

  filters: 'History filters',
  filterStatus: 'Status',
  filterAll: 'All statuses',
  filterFrom: 'Decided from',
  filterTo: 'to',
  dateOrder: 'The end date must follow the start date.',
  show: 'Show',
  showPending: 'Pending',
  showHistory: 'History',
};
