/**
 * The words a user reads for every refusal of the contract, French first. A module of its own:
 * the servers (problems.ts) build their problem+json bodies from it, and a page loads it the
 * first time it has a refusal to explain (internal/problem-text.ts), so that a page that is
 * never refused does not download it.
 */
import type { ProblemCode } from './problem-codes.js';

export const PROBLEM_WORDS = {
  'out-of-scope': {
    fr: 'Cette action sort de votre périmètre : vous ne gérez que les comptes de votre organisme (ou de vos groupes).',
    en: 'This is outside your scope: you only manage the accounts of your organisme (or of your groups).',
  },
  forbidden: {
    fr: "Votre profil ne permet pas cette action.",
    en: 'Your profile does not allow this action.',
  },
  'privileged-account': {
    fr: "Ce compte détient des droits d'administration qui ne relèvent pas de vous : vous ne pouvez ni le modifier ni le rattacher.",
    en: 'This account holds administration rights that are not yours to manage: you can neither change nor attach it.',
  },
  'add-account-read-only': {
    fr: "Compte d'Agent de Direction : il est géré par le Référentiel des ADD et ne peut pas être modifié ici. Écrivez à labdd@ucanss.fr.",
    en: 'Agent de Direction account: it is managed by the ADD reference system and cannot be changed here. Write to labdd@ucanss.fr.',
  },
  'partner-profile-read-only': {
    fr: "Sur Mon Compte Partenaire, vos coordonnées sont tenues par votre administrateur partenaire (celles d'un administrateur partenaire, par la Caf) : adressez-vous à lui pour les modifier.",
    en: 'On Mon Compte Partenaire, your details are kept by your partner administrator (a partner administrator’s by the CAF): ask him to change them.',
  },
  'application-open': {
    fr: "Cette application est en accès libre : aucune demande n'est nécessaire.",
    en: 'This application is open to all: no request is needed.',
  },
  'application-by-procedure': {
    fr: "L'accès à cette application suit une autre démarche : consultez son descriptif.",
    en: 'Access to this application follows another procedure: see its description.',
  },
  'central-approval-required': {
    fr: "Ce rôle relève d'une application validée par l'Ucanss : la personne en fait la demande, un administrateur Ucanss la traite.",
    en: 'This role belongs to an application approved by UCANSS: the person requests it and a UCANSS administrator decides.',
  },
  'role-not-grantable': {
    fr: 'Ce rôle ne peut pas être attribué ici.',
    en: 'This role cannot be granted here.',
  },
  'request-already-pending': {
    fr: 'Une demande pour ce rôle est déjà en attente.',
    en: 'A request for this role is already pending.',
  },
  'role-already-granted': {
    fr: 'Ce rôle est déjà attribué.',
    en: 'This role is already granted.',
  },
  'role-not-granted': {
    fr: "Ce rôle n'est pas attribué à ce compte.",
    en: 'This role is not granted to this account.',
  },
  'already-decided': {
    fr: 'Cette demande a déjà été traitée ; la décision est définitive.',
    en: 'This request has already been decided; the decision is final.',
  },
  'retroactive-date': {
    fr: 'La date ne peut pas être rétroactive : choisissez aujourd’hui ou une date future.',
    en: 'The date cannot be in the past: choose today or a later date.',
  },
  'afas-profiles-remain': {
    fr: 'Retirez d’abord tous les profils Afas de cet utilisateur avant de le clôturer.',
    en: 'Remove all Afas profiles of this user before closing the account.',
  },
  'account-not-active': {
    fr: "Ce compte n'est pas actif.",
    en: 'This account is not active.',
  },
  'account-already-active': {
    fr: 'Ce compte est déjà actif.',
    en: 'This account is already active.',
  },
  'account-deleted': {
    fr: 'Ce compte a été supprimé définitivement ; il ne peut pas être réactivé.',
    en: 'This account was permanently deleted; it cannot be reactivated.',
  },
  'duplicate-email': {
    fr: 'Un compte existe déjà avec cette adresse e-mail professionnelle.',
    en: 'An account already exists with this professional e-mail.',
  },
  'validation-failed': {
    fr: 'Certains champs sont à corriger.',
    en: 'Some fields need correcting.',
  },
  'email-not-institutional': {
    fr: "L'adresse e-mail professionnelle doit appartenir à un domaine de l'Institution (@urssaf.fr, @assurance-maladie.fr…), sauf pour un compte externe.",
    en: 'The professional e-mail must belong to a domain of the institution (@urssaf.fr, @assurance-maladie.fr…), unless the account is external.',
  },
  'already-in-organisme': {
    fr: 'Cette personne est déjà rattachée à votre organisme.',
    en: 'This person already belongs to your organisme.',
  },
  'duplicate-group-code': {
    fr: 'Un groupe porte déjà ce code dans cette convention.',
    en: 'A group already has this code in this convention.',
  },
  'responsable-not-member-of-convention': {
    fr: 'Le responsable habilitations doit déjà être un utilisateur de la convention.',
    en: 'The responsable habilitations must already be a user of the convention.',
  },
  'role-not-in-convention': {
    fr: "Ce rôle n'est pas accordé par la convention : il ne peut pas être assigné au groupe.",
    en: 'This role is not granted by the convention: it cannot be assigned to the group.',
  },
  'group-closed': {
    fr: 'Ce groupe est clôturé.',
    en: 'This group is closed.',
  },
  'already-member': {
    fr: 'Cet utilisateur est déjà membre du groupe.',
    en: 'This user is already a member of the group.',
  },
  'responsable-of-open-groups': {
    fr: "Ce compte est responsable habilitations de groupes encore ouverts : désignez d'abord un autre responsable habilitations pour chacun de ces groupes, puis clôturez le compte.",
    en: 'This account is the responsable habilitations of groups still open: first name another responsable habilitations for each of these groups, then close the account.',
  },
  'partner-admin-limit': {
    fr: 'Un partenaire compte au plus deux administrateurs partenaires.',
    en: 'A partner has at most two partner administrators.',
  },
  'afas-habiliter-required': {
    fr: 'Pour gérer les profils Afas, le responsable doit aussi être membre d’un groupe disposant du rôle « Afas - Habiliter ».',
    en: 'To manage Afas profiles, the responsable must also belong to a group holding the “Afas - Habiliter” role.',
  },
  'last-local-admin': {
    fr: 'Un organisme garde au moins un administrateur local : désignez-en un autre avant de retirer celui-ci.',
    en: 'An organisme keeps at least one local administrator: name another one before revoking this one.',
  },
  'already-local-admin': {
    fr: 'Cette personne est déjà administrateur local.',
    en: 'This person is already a local administrator.',
  },
  'already-partner-admin': {
    fr: 'Cette personne est déjà administrateur partenaire.',
    en: 'This person is already a partner administrator.',
  },
  'idempotency-key-reused': {
    fr: "Cette clé d'idempotence a déjà servi pour une autre demande : rien n'a été fait. Rechargez la page puis recommencez.",
    en: 'This idempotency key was already used for another request: nothing was done. Reload the page, then try again.',
  },
  'stale-write': {
    fr: "Quelqu'un d'autre a modifié cet élément entre-temps. Il a été rechargé : vérifiez puis recommencez.",
    en: 'Someone else changed this item in the meantime. It has been reloaded: check it, then try again.',
  },
  'precondition-required': {
    fr: 'La version de l’élément modifié doit être indiquée (If-Match).',
    en: 'The version of the changed item must be given (If-Match).',
  },
  'not-found': {
    fr: "Cet élément n'existe pas ou plus.",
    en: 'This item does not exist (any more).',
  },
  'invalid-request': {
    fr: 'La requête est mal formée.',
    en: 'The request is malformed.',
  },
  'too-many-requests': {
    fr: 'Trop de demandes envoyées depuis cette adresse : réessayez dans une heure.',
    en: 'Too many requests from this address: try again in an hour.',
  },
  'payload-too-large': {
    fr: 'La requête est trop volumineuse.',
    en: 'The request is too large.',
  },
  'not-ready': {
    fr: 'Le service démarre ou sa base de données est injoignable : réessayez dans quelques instants.',
    en: 'The service is starting or cannot reach its database: try again in a moment.',
  },
  'not-implemented': {
    fr: "Cette fonction n'est pas encore servie par ce serveur.",
    en: 'This server does not serve this function yet.',
  },
  'internal-error': {
    fr: 'Le serveur a rencontré une erreur. Réessayez dans quelques instants.',
    en: 'The server ran into an error. Try again in a moment.',
  },
  unauthenticated: {
    fr: 'Votre session a expiré : reconnectez-vous.',
    en: 'Your session has expired: sign in again.',
  },
} as const satisfies Record<ProblemCode, { fr: string; en: string }>;

/** The words of refusal `code` in `lang`. */
export function problemMessage(code: ProblemCode, lang: 'fr' | 'en'): string {
  return PROBLEM_WORDS[code][lang];
}
