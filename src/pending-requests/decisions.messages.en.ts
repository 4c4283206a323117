/** The English words of `decisionMessages` (decisions.messages.ts), loaded when an element first speaks English. */
import { pluralEn } from '../internal/french.js';

export default {
  accept: 'Accept',
  confirmAcceptHeading: (name: string) => `Accept the request of ${name}?`,
  confirmAcceptMessage: (role: string, application: string, name: string) =>
    `The role “${role}” (${application}) will be granted to ${name}, who will be told by e-mail. The decision is final.`,
  confirmAcceptMany: (n: string, count: number) => pluralEn(count, `Accept ${n} request?`, `Accept ${n} requests?`),
  confirmAcceptManyMessage: (n: string, count: number) =>
    pluralEn(
      count,
      'The role requested will be granted and the requester told by e-mail. The decision is final.',
      `The ${n} roles requested will be granted and each requester told by e-mail. The decisions are final; the result will be given request by request.`,
    ),
  refuseHeading: (name: string) => `Refuse the request of ${name}?`,
  refuseMessage: (role: string, application: string) =>
    `Role requested: “${role}” (${application}). The requester will be told of the refusal by e-mail. The decision is final.`,
  refuseMany: (n: string, count: number) => pluralEn(count, `Refuse ${n} request?`, `Refuse ${n} requests?`),
  refuseManyMessage: (n: string, count: number) =>
    pluralEn(
      count,
      'The requester will be told of the refusal by e-mail. The decision is final.',
      `The ${n} requesters will be told of the refusal by e-mail, with the same reason. The decisions are final; the result will be given request by request.`,
    ),
  acceptAccountHeading: (name: string) => `Create the account of ${name}?`,
  acceptAccountMessage: (email: string) =>
    `The account will be created with the identifier ${email}; a confirmation message will be sent to that address. The decision is final.`,
  acceptAccountExternal:
    'External account: the person declared not working for the Institution, so the address is not of an Institution domain. Check that this person should have access to the site.',
  createAccount: 'Create the account',
  refuseAccountHeading: (name: string) => `Refuse the account request of ${name}?`,
  refuseAccountMessage: (email: string) => `A message will tell ${email} of the refusal. The decision is final.`,

  accepted: (name: string, role: string) => `Request of ${name} accepted: ${role}`,
  refused: (name: string, role: string) => `Request of ${name} refused: ${role}`,
  accountCreated: (name: string, email: string) => `Account of ${name} created (identifier ${email}).`,
  accountRefused: (name: string) => `Account request of ${name} refused.`,

  alreadyDecidedHeading: 'Request already decided',
  alreadyDecidedBy: (what: string, by: string, when: string) =>
    `${what} was already decided by ${by}${when ? ` on ${when}` : ''}. The decision is final; the request has left the list.`,
  alreadyDecidedTacitly: (what: string, when: string) =>
    `${what} was tacitly accepted${when ? ` on ${when}` : ''}, as nobody decided within 10 days. The request has left the list.`,
  alreadyDecidedUnknown: (what: string) => `${what} was already decided. The decision is final; the request has left the list.`,
  whatAccess: (name: string, role: string) => `The request of ${name} (${role})`,
  whatAccount: (name: string) => `The account request of ${name}`,
  decisionFailed: (what: string) => `${what} was not decided.`,
  selectionUnread: 'The selected requests could not be read again: no decision was sent.',

  bulkHeadingAccept: (n: string, count: number) => pluralEn(count, `Accepting ${n} request`, `Accepting ${n} requests`),
  bulkHeadingRefuse: (n: string, count: number) => pluralEn(count, `Refusing ${n} request`, `Refusing ${n} requests`),
  bulkCollecting: 'Finding the selected requests…',
  bulkProgress: (done: string, total: string) => `Progress: ${done} of ${total}`,
  bulkAccepted: (n: string, count: number) => pluralEn(count, `${n} request accepted`, `${n} requests accepted`),
  bulkRefused: (n: string, count: number) => pluralEn(count, `${n} request refused`, `${n} requests refused`),
  bulkFailed: (n: string, _count: number) => `${n} not decided by the server`,
  bulkNotSent: (n: string, _count: number) => `${n} not sent`,
  bulkItemAccepted: 'accepted',
  bulkItemRefused: 'refused',
  bulkItemFailed: 'not decided',
  bulkItemNotSent: 'not sent',
  bulkInterrupted: 'Sending stopped: the requests not sent are still pending.',
  bulkResume: 'Resume sending',
  bulkClose: 'Close the report',
  bulkReport: 'Report per request',
  colon: ': ',
  sending: 'Sending…',
  retryDecision: 'Send the decision again',
};
