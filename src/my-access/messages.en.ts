/** The English words of `myAccessMessages` (messages.ts), loaded when an element first speaks English. */
export default {
  loading: 'Loading your entitlements…',
  loadFailed: 'Your entitlements cannot be shown.',
  sections: 'My entitlements',
  tabGrants: 'My entitlements',
  tabCatalogue: 'Applications',
  tabRequests: 'My request history',
  tabContacts: 'My contacts',

  grantsIntro: 'Your entitlements as of today, by application.',
  grantsEmpty: 'You have no entitlement yet. Request access to applications in the “Applications” tab.',
  grantedDirect: 'granted by an administrator',
  grantedGroup: (group: string) => `through group ${group}`,
  grantedTacit: 'tacitly accepted',
  grantedAdd: 'by default (Agent de Direction)',
  grantedSince: (date: string) => `since ${date}`,
};
