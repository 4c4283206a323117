/** The English words of `signupMessages` (messages.ts), loaded when an element first speaks English. */
import { defineTranslation } from '../internal/localize.js';
import type { French } from './messages.js';

export default defineTranslation<French>({
  heading: 'Sign up',
  intro:
    'Your professional e-mail will be your login. Your request goes for approval to a local correspondent of your organisme (or to a UCANSS administrator when your organisme has none).',
  requiredLegend: '* required field',
  civilite: 'Title',
  monsieur: 'Mr',
  madame: 'Ms',
  nom: 'Last name',
  prenom: 'First name',
  emailPro: 'Professional e-mail',
  emailHint: (examples: string) => `An address of the institution (${examples}…), unless the account is external.`,
  worksForInstitution: 'Do I work for the Sécurité sociale?',
  worksHint: '“Yes” for an employee of the institution, “No” for an external account.',
  yes: 'Yes',
  no: 'No',
  organismeSearch: 'Search for an organisme',
  organismeSearchHint: 'Type part of its name or code, then choose in the list (down arrow to reach it).',
  organisme: 'Choose an organisme in this list',
  organismeCount: (shown: number, total: number) => (shown === total ? `${total} organismes` : `${shown} of ${total} organismes`),
  organismeNone: 'No organisme matches this search.',
  organismeChosen: (name: string) => `Chosen organisme: ${name}`,
  organismesFailed: 'The list of organismes cannot be shown.',
  terms: 'I accept the terms of use',
  termsLink: 'Read the terms of use',
  submit: 'Send the request',
  sending: 'Sending…',
  invalidHeading: 'Some fields need correcting',
  summaryItem: (label: string, error: string) => `${label}: ${error}`,
  organismeShort: 'Organisme',
  termsShort: 'Terms of use',
  sendFailed: 'Your request was not sent',
  sentHeading: 'Your request was sent',
  sentLocal: (organisme: string) => `Your account request went for approval to a local correspondent of your organisme (${organisme}).`,
  sentCentral: (organisme: string) =>
    `${organisme} has no local correspondent: your account request went for approval to a UCANSS administrator.`,
  sentNext: (email: string) => `You will get a message at ${email} once it has been decided.`,
});
