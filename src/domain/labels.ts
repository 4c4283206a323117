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

export const FIELD_ERROR_LABELS = {
  required: { fr: 'Ce champ est obligatoire.', en: 'This field is required.' },
  email: { fr: "Cette adresse e-mail n'est pas valide (exemple : prenom.nom@urssaf.fr).", en: 'This e-mail address is not valid (e.g. first.last@urssaf.fr).' },
  'email-not-institutional': {
    fr: "Utilisez une adresse d'un domaine de l'Institution (@urssaf.fr, @assurance-maladie.fr…) ou indiquez un compte externe.",
    en: 'Use an address of an institution domain (@urssaf.fr, @assurance-maladie.fr…) or declare an external account.',
  },
  'duplicate-email': { fr: 'Un compte existe déjà avec cette adresse.', en: 'An account already exists with this address.' },
  'retroactive-date': { fr: 'La date ne peut pas être dans le passé.', en: 'The date cannot be in the past.' },
  'date-order': { fr: "La date de clôture doit suivre la date d'ouverture.", en: 'The closing date must follow the opening date.' },
  'invalid-date': { fr: 'Date invalide (format attendu : JJ/MM/AAAA).', en: 'Invalid date (expected DD/MM/YYYY).' },
  'terms-required': { fr: "Vous devez accepter les conditions générales d'utilisation.", en: 'You must accept the terms of use.' },
  'duplicate-group-code': { fr: 'Ce code est déjà utilisé dans la convention.', en: 'This code is already used in the convention.' },
  'responsable-not-member-of-convention': { fr: 'Choisissez un utilisateur de la convention.', en: 'Choose a user of the convention.' },
  'too-long': { fr: 'Ce texte est trop long.', en: 'This text is too long.' },
  'invalid-characters': {
    fr: 'Ce texte contient des caractères invisibles ou de contrôle (retour à la ligne, inversion de sens…) : retirez-les.',
    en: 'This text contains invisible or control characters (line break, direction override…): remove them.',
  },
  phone: { fr: 'Numéro de téléphone invalide (exemple : 03 88 25 26 00 ou +33 3 88 25 26 00).', en: 'Invalid phone number (e.g. 03 88 25 26 00 or +33 3 88 25 26 00).' },
  'phone-fr': {
    fr: 'Indiquez un numéro français : 10 chiffres commençant par 0 (03 88 25 26 00), ou +33 suivi de 9 chiffres (+33 3 88 25 26 00).',
    en: 'Give a French number: 10 digits starting with 0 (03 88 25 26 00), or +33 followed by 9 digits (+33 3 88 25 26 00).',
  },
  'organisme-unknown': { fr: 'Choisissez un organisme de la liste.', en: 'Choose an organisme from the list.' },
  'same-organisme': { fr: "L'organisme secondaire doit être différent de votre organisme.", en: 'The secondary organisme must differ from your organisme.' },
  'not-applicable': { fr: 'Ce champ ne concerne pas ce type de compte.', en: 'This field does not apply to this kind of account.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type FieldErrorCode = keyof typeof FIELD_ERROR_LABELS;

export { formatDate } from './dates.js';
