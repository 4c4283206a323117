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

  requestsIntro:
    'Unless formally refused, a request is tacitly accepted 10 days after its date. You get a message when it is accepted or refused.',
  requestsCaption: 'History of your requests',
  requestsEmpty: 'You have made no access request.',
  colDate: 'Date',
  colRole: 'Description',
  colStatus: 'Status',
  deadline: (date: string) => `decision expected by ${date}`,
  decided: (by: string, date: string) => `by ${by}, on ${date}`,
  decidedOn: (date: string) => `on ${date}`,
  reason: (text: string) => `Reason: ${text}`,

  contactsIntro:
    'Rights on the UCANSS site are partly managed within your organisme. For any question about an access request, you can contact:',
  contactsEmpty: (organisme: string) => `${organisme} has no local administrator: your requests are handled by UCANSS.`,
  contactsUcanss: 'For the applications approved by UCANSS, write to',
  director: 'director of the organisme',
};
