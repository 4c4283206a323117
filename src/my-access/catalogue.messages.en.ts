/** The English words of `catalogueMessages` (catalogue.messages.ts), loaded when the catalogue first speaks English. */
export default {
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
};
