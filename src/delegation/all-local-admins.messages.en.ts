/** The English words of `allLocalAdminsMessages` (all-local-admins.messages.ts), loaded when an element first speaks English. */
export default {
  allCaption: 'All local administrators',
  allIntro: 'The local administrators of every organisme, read-only: to know whom to contact in an organisme.',
  organismeFilter: 'Organisme',
  allOrganismes: 'All organismes',
  allEmpty: 'No local administrator: the requests of this organisme are handled by UCANSS.',
  colOrganisme: 'Organisme',
};
