/** The English words of `cafMessages` (caf.messages.ts), loaded when an element first speaks English. */
import { objectEn, pluralEn, type Civility } from '../internal/french.js';

export default {
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
};
