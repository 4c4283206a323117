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

  catalogueIntro:
    'The applications of the UCANSS service offer, by theme. Those you have access to are open; the others are greyed out and marked with a padlock. Open an application to read its description and, if needed, request access.',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  accessOpen: 'Accessible',
  accessLocked: 'Locked',
  stateHeld: 'You have access',
  stateLibre: 'Open access',
  statePending: 'Request pending',
  stateRequest: 'On request',
  stateProcedure: 'Another procedure',
  stateConvention: 'Through user groups',
  targetPublic: (text: string) => `Target users: ${text}`,
  held: 'You have this role',
  openAccess: 'Open access: no request needed',
  requestAccess: (application: string) => `Request access to the application ${application}`,
  confirmHeading: (application: string) => `Request access to the application ${application}?`,
  confirmMessage: (role: string, local: boolean, deadline: string) =>
    `Role requested: “${role}”. ${local ? 'Your local administrator' : 'UCANSS'} will decide on your request by ${deadline}; without a decision by then, it will be tacitly accepted. You will get a message when it is accepted or refused.`,
  confirmSend: 'Send the request',
  routedLocal: 'Your request will go to your local administrator.',
  routedCentral: 'Your request will go to a UCANSS administrator.',
  pending: (deadline: string) => `Request pending — decision expected by ${deadline}`,
  procedureHeading: 'Another procedure',
  procedureContact: 'Contact:',
  noRequestAccess: 'Access requests concern the applications of the UCANSS portal: your profile does not allow them.',

  requested: (role: string, local: boolean) =>
    `Your request for the role “${role}” was sent ${local ? 'to your local administrator' : 'to a UCANSS administrator'}.`,
  requestFailed: (role: string) => `Your request for the role “${role}” was not sent`,

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
