/** The English words of `localAdminActionsMessages` (local-admin-actions.messages.ts), loaded when an element first speaks English. */
import { subjectEn, type Civility } from '../internal/french.js';

export default {
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
  formHeading: 'New account',
};
