/** The English words of `delegationMessages` (messages.ts), loaded when an element first speaks English. */
import { objectEn, pluralEn, subjectEn, type Civility } from '../internal/french.js';

export default {
  loadingMe: 'Loading delegations…',
  sections: 'Delegations',
  tabLocalAdmins: 'Your local administrators',
  tabAllLocalAdmins: 'All local administrators',
  tabPartnerAdmins: 'Partner administrators',
  tabResponsables: 'Responsables habilitations',
  listErrorRetry: 'Reload the list',

  forbiddenHeading: 'For administrators only',
  forbidden:
    "Delegations are managed by local administrators (the organisme's director and his delegates) and UCANSS administrators; on the CAF side, by the partner administrator, the responsables habilitations and the CAF. Your profile does not allow you to see them.",
  forbiddenView: (section: string) => `Your profile does not allow you to see “${section}”.`,
  contactsHeading: 'Your contacts',
  contactsIntro: (organisme: string) => `The local administrators of ${organisme} handle your access requests: contact them.`,
  contactsEmpty: 'Your organisme has no local administrator: your requests are handled by UCANSS (habilitations@ucanss.fr).',

  mineCaption: 'Local administrators of your organisme',
  mineIntro: (organisme: string) =>
    `The people of ${organisme} entitled to administer roles locally: the director, local administrator by default, and the people he delegated to. An organisme always keeps at least one local administrator.`,
  mineEmpty: 'Your organisme has no local administrator.',
  newLocalAdmin: 'New local administrator',
  colNom: 'Last name',
  colPrenom: 'First name',
  colEmail: 'E-mail',
  colPhone: 'Phone',
  colSince: 'Since',
  colNamedBy: 'Named by',
  colAction: 'Action',
  colOrganisme: 'Organisme',
  directorByDefault: 'Director (by default)',
  lastLocalAdmin: 'Last local administrator',
  lastLocalAdminHint: 'An organisme keeps at least one local administrator: name another one before revoking this one.',
  revoke: 'Revoke',
  revokeOf: (name: string) => `Revoke the delegation of ${name}`,
  revokeHeading: (name: string) => `Revoke the delegation of ${name}?`,
  revokeMessage: (name: string, organisme: string) =>
    `${name} will no longer be a local administrator of ${organisme} and will lose the “Administration locale” role. The revocation is recorded in the history of the account.`,
  revokeSelfMessage: (organisme: string) =>
    `You will no longer be a local administrator of ${organisme}: you will not be able to manage the accounts and entitlements of your organisme. The revocation is recorded in the history of your account.`,
  revoked: (name: string, organisme: string) => `${name} is no longer a local administrator of ${organisme}.`,
  revokeFailed: (name: string) => `The delegation of ${name} was not revoked`,
  selfRevokedHeading: 'You revoked your own delegation',
  selfRevoked: (organisme: string) =>
    `You are no longer a local administrator of ${organisme}: you no longer manage the accounts, entitlements or delegations of your organisme. To get this role back, ask another local administrator of ${organisme}.`,

  delegationHeading: 'Delegation',
  delegationAsLocalAdmin: (_civ: Civility) => 'You are signed in as a local administrator.',
  delegationAsUcanssAdmin: (_civ: Civility) => 'You are signed in as a UCANSS administrator.',
  delegationText:
    'In the table below, you can choose a person of your organisme who already has rights on the UCANSS portal and name them “Local administrator”. If that person is not in the list, create their record with the “New” button above, then choose them as the holder of the delegation.',
  newAccount: 'New',
  closeFlow: 'Close',
  pickerCaptionOrganisme: (organisme: string) => `People of ${organisme}`,
  alreadyLocalAdmin: 'Already a local administrator',
  nameHeading: (name: string) => `Name ${name} local administrator?`,
  nameMessage: (name: string, email: string, organisme: string, civ: Civility) =>
    `${name} (${email}) will manage the accounts and entitlements of the people of ${organisme} and receive their requests. ${subjectEn(civ)} ${civ ? 'gets' : 'get'} the “Administration locale” role; the delegation is recorded in the history of the account.`,
  nameConfirm: 'Name',
  named: (name: string, organisme: string) => `${name} is now a local administrator of ${organisme}.`,
  nameFailed: (name: string, _civ: Civility) => `${name} was not named local administrator`,
  accountCreated: (name: string) => `The account of ${name} is created. Choose this person in the list to name them local administrator.`,
  createFailed: 'The account was not created',

  allCaption: 'All local administrators',
  allIntro: 'The local administrators of every organisme, read-only: to know whom to contact in an organisme.',
  organismeFilter: 'Organisme',
  allOrganismes: 'All organismes',
  allEmpty: 'No local administrator: the requests of this organisme are handled by UCANSS.',

  convention: 'Convention',
  conventionOf: (label: string, partner: string) => `Convention: ${label} — Partner organisation: ${partner}`,
  noConvention: 'You are not attached to any convention.',

  partnerAdminsCaption: (partner: string) => `Partner administrators of ${partner}`,
  partnerAdminsIntro:
    'The partner administrator represents the partner bound to the CAF by the convention: he creates the users and grants them the entitlements of the convention. He has no business role by default: add him to user groups for that.',
  partnerAdminsCount: (n: string, max: string, count: number) =>
    `${pluralEn(count, `${n} partner administrator`, `${n} partner administrators`)} out of ${max} at most.`,
  partnerAdminsLimit: (max: string, count: number) =>
    `This partner already has ${pluralEn(count, `${max} partner administrator`, `${max} partner administrators`)}, the maximum: withdraw one before appointing another.`,
  partnerAdminsReadOnly: 'The CAF appoints and withdraws partner administrators: this list is read-only for you.',
  partnerAdminsEmpty: 'This partner has no partner administrator.',
  appoint: 'Appoint a partner administrator',
  colIdentifier: 'Identifier',
  colMail: 'E-mail address',
  appointHeading: 'Appoint a partner administrator',
  appointText: (partner: string) => `Choose the partner administrator among the users of the convention of ${partner}. The person chosen must already have an open account.`,
  pickerCaptionConvention: (label: string) => `Users of the convention ${label}`,
  alreadyPartnerAdmin: 'Already a partner administrator',
  appointConfirmHeading: (name: string, partner: string) => `Appoint ${name} partner administrator of ${partner}?`,
  appointConfirmMessage: (name: string, civ: Civility) =>
    `${name} will create users, manage user groups and appoint responsables habilitations. This profile brings no business role: add ${objectEn(civ)} to user groups for that. The appointment is recorded in the history of the account.`,
  appointConfirm: 'Appoint',
  appointed: (name: string, partner: string) => `${name} is now a partner administrator of ${partner}.`,
  appointFailed: (name: string, _civ: Civility) => `${name} was not appointed partner administrator`,
  withdrawOf: (name: string) => `Revoke the partner administrator role of ${name}`,
  withdrawHeading: (name: string) => `Withdraw the partner administrator role of ${name}?`,
  withdrawMessage: (name: string, partner: string) =>
    `${name} will no longer be a partner administrator of ${partner}. The account stays open and keeps the rights of its groups. The withdrawal is recorded in the history of the account.`,
  withdrawn: (name: string, partner: string) => `${name} is no longer a partner administrator of ${partner}.`,
  withdrawFailed: (name: string) => `The partner administrator role of ${name} was not withdrawn`,

  responsablesCaption: (label: string) => `Responsables habilitations of the groups of the convention ${label}`,
  responsablesIntro:
    'Each user group has exactly one responsable habilitations. He manages users and their entitlements within what is entrusted to him.',
  afasResponsableHeading: 'Afas specifics',
  afasResponsable:
    'Being responsable habilitations is not enough to manage Afas entitlements: the user must also belong to a user group holding the “Afas - Habiliter” role.',
  responsablesReadOnly:
    'Only the partner administrator registers, replaces or deactivates a responsable habilitations (summary table of the Mon Compte Partenaire guide): this list is read-only for you.',
  responsablesEmpty: 'This convention has no user group.',
  colCode: 'Code',
  colLabel: 'Label',
  colStatus: 'Status',
  colResponsable: 'Responsable habilitations',
  subGroupOf: (code: string) => `Sub-group of ${code}`,
  replace: 'Replace the responsable',
  replaceOf: (code: string) => `Replace the responsable habilitations of the group ${code}`,
  replaceHeading: (code: string) => `Replace the responsable habilitations of the group ${code}`,
  replaceText: (name: string) =>
    `Current responsable: ${name}. Choose the new responsable among the users of the convention. The person chosen must already have an open account; otherwise, create their account first (fiche 1: create a user).`,
  currentResponsable: 'Current responsable',
  replaceConfirmHeading: (previous: string, next: string) => `Replace ${previous} with ${next}?`,
  replaceConfirmMessage: (next: string, code: string, label: string, _civ: Civility) =>
    `${next} becomes the responsable habilitations of the group ${code} (${label}). The change is recorded in the history of both accounts.`,
  replaceConfirm: 'Replace',
  replaced: (previous: string, next: string, code: string) => `${next} replaces ${previous} as responsable habilitations of the group ${code}.`,
  replaceFailed: (code: string) => `The responsable habilitations of the group ${code} was not replaced`,
  replaceForbidden: 'Only the partner administrator can replace a responsable habilitations (summary table of the Mon Compte Partenaire guide).',
  staleGroupHeading: (code: string) => `The group ${code} was changed meanwhile`,
  staleGroup: (name: string) => `Its responsable habilitations is now ${name}.`,
  afasReplacedHeading: 'Afas specifics',
  afasReplaced:
    'To complete the operation, if the responsable habilitations you replaced should no longer administer rights, also detach him from the user group that holds the “Habiliter” role.',

  searchNom: 'Last name',
  searchPrenom: 'First name',
  searchHint: 'Start of the name, accents ignored',
  searchPeople: 'Search for a person',
  colPerson: 'Name',
  choose: 'Choose',
  chooseOf: (name: string) => `Choose ${name}`,
  pickerEmpty: 'Nobody matches these criteria.',

  formHeading: 'New account',

  lastChange: 'Last change',
  historyOf: (name: string) => `History of the account of ${name}`,
  showHistory: (name: string) => `See the history of the account of ${name}`,
  historyLatest: (n: string, count: number) => pluralEn(count, 'The latest change:', `The ${n} latest changes, newest first:`),
  historyEmpty: 'No change recorded.',
  historyBy: (who: string) => `by ${who}`,
};
