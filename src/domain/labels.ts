/** French and English words of the domain's statuses and modes, for widgets and exports. */
import type { Lang } from './dates.js';
import type { AccountStatus, ApprovalMode, GroupStatus, MeAction, PersonaRole, RequestStatus } from './schemas.js';

export type { Lang } from './dates.js';
type Labels<K extends string> = Record<K, Record<Lang, string>>;

export const ACCOUNT_STATUS_LABELS: Labels<AccountStatus> = {
  actif: { fr: 'Actif', en: 'Active' },
  inactif: { fr: 'Inactif', en: 'Inactive' },
  supprime: { fr: 'Supprimé', en: 'Deleted' },
  ouvert: { fr: 'Ouvert', en: 'Open' },
  cloture: { fr: 'Clôturé', en: 'Closed' },
};

export const REQUEST_STATUS_LABELS: Labels<RequestStatus> = {
  en_attente: { fr: "En attente validation d'un gestionnaire", en: 'Awaiting a manager’s decision' },
  acceptee: { fr: 'Acceptée', en: 'Accepted' },
  refusee: { fr: 'Refusée', en: 'Refused' },
  acceptee_tacitement: { fr: 'Acceptée tacitement', en: 'Tacitly accepted' },
};

export const GROUP_STATUS_LABELS: Labels<GroupStatus> = {
  ouvert: { fr: 'Ouvert', en: 'Open' },
  cloture: { fr: 'Clôturé', en: 'Closed' },
};

export const APPROVAL_MODE_LABELS: Labels<ApprovalMode> = {
  libre: { fr: 'Accès libre', en: 'Open access' },
  local: { fr: 'Validée par votre administrateur local', en: 'Approved by your local administrator' },
  central: { fr: "Validée par l'Ucanss", en: 'Approved by UCANSS' },
  procedure: { fr: 'Autre démarche', en: 'Another procedure' },
  convention: { fr: "Attribuée par les groupes d'utilisateurs", en: 'Granted through user groups' },
};

export const PERSONA_ROLE_LABELS: Labels<PersonaRole> = {
  'local-admin': { fr: 'Administrateur local', en: 'Local administrator' },
  'ucanss-admin': { fr: 'Administrateur Ucanss', en: 'UCANSS administrator' },
  'partner-admin': { fr: 'Administrateur partenaire', en: 'Partner administrator' },
  responsable: { fr: 'Responsable habilitations', en: 'Responsable habilitations' },
  'caf-agent': { fr: 'Agent Caf', en: 'CAF agent' },
  user: { fr: 'Utilisateur', en: 'User' },
};

export const ME_ACTION_LABELS: Labels<MeAction> = {
  'search-accounts': { fr: 'Rechercher et gérer les comptes', en: 'Search and manage accounts' },
  'create-account': { fr: 'Créer un compte', en: 'Create an account' },
  'decide-requests': { fr: "Traiter les demandes d'habilitation", en: 'Decide access requests' },
  'decide-account-requests': { fr: 'Traiter les demandes de création de compte', en: 'Decide account requests' },
  'manage-delegation': { fr: 'Déléguer l’administration locale', en: 'Delegate local administration' },
  'read-all-local-admins': { fr: 'Consulter tous les administrateurs locaux', en: 'See all local administrators' },
  'manage-groups': { fr: "Administrer les groupes d'utilisateurs", en: 'Manage user groups' },
  'manage-group-members': { fr: 'Rattacher et détacher les membres des groupes', en: 'Attach and detach group members' },
  'manage-partner-admins': { fr: 'Nommer les administrateurs partenaires', en: 'Appoint partner administrators' },
  'request-access': { fr: 'Demander l’accès aux applications', en: 'Request access to applications' },
  'entitlements-report': { fr: 'Exporter l’état des habilitations', en: 'Export the entitlement report' },
};

// The field errors' words are a module of their own: only forms need them, and a widget's first screen rarely is one.
export { FIELD_ERROR_LABELS, fieldErrorLabel, type FieldErrorCode } from './field-errors.js';

export { formatDate } from './dates.js';
