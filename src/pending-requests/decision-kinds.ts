/** The two kinds of single decisions: on an access request, and on an account request (which creates the account). */
import type { RouteResult } from '../client/types.js';
import type { AccessRequest, AccountRequest } from '../domain/index.js';
import { personName } from './columns.js';
import type { DecisionText } from './decisions.messages.js';
import type { AccountRequestDecidedDetail, RequestDecidedDetail } from './public-types.js';
import type { DecisionKind } from './single-decision.js';

export type DecidedAccountRequest = RouteResult<'decideAccountRequest'>;

export function accessRequestDecisions(t: DecisionText, fire: (detail: RequestDecidedDetail) => void): DecisionKind<AccessRequest, AccessRequest> {
  return {
    name: 'access',
    question: (request) => {
      const name = personName(request.requester);
      return {
        accept: {
          heading: t.msg('confirmAcceptHeading', name),
          message: t.msg('confirmAcceptMessage', request.roleLabel, request.applicationName, name),
          confirmLabel: t.msg('accept'),
        },
        refuse: { heading: t.msg('refuseHeading', name), message: t.msg('refuseMessage', request.roleLabel, request.applicationName) },
      };
    },
    what: (request) => t.msg('whatAccess', personName(request.requester), request.roleLabel),
    send: (client, id, body, { idempotencyKey, signal }) => client.call('decideAccessRequest', { params: { id }, body, idempotencyKey }, { signal }),
    applied: (request, decision) => t.msg(decision === 'accept' ? 'accepted' : 'refused', personName(request.requester), request.roleLabel),
    decided: (detail) => fire(detail),
    offersRetry: () => true,
  };
}

export function accountRequestDecisions(
  t: DecisionText,
  fire: (detail: AccountRequestDecidedDetail) => void,
): DecisionKind<AccountRequest, DecidedAccountRequest> {
  return {
    name: 'account',
    question: (request) => {
      const name = personName(request);
      const message = t.msg('acceptAccountMessage', request.emailPro);
      return {
        accept: {
          heading: t.msg('acceptAccountHeading', name),
          message: request.external ? `${message} ${t.msg('acceptAccountExternal')}` : message,
          confirmLabel: t.msg('createAccount'),
        },
        refuse: { heading: t.msg('refuseAccountHeading', name), message: t.msg('refuseAccountMessage', request.emailPro) },
      };
    },
    what: (request) => t.msg('whatAccount', personName(request)),
    send: (client, id, body, { idempotencyKey, signal }) => client.call('decideAccountRequest', { params: { id }, body, idempotencyKey }, { signal }),
    applied: (request, decision) => (decision === 'accept' ? t.msg('accountCreated', personName(request), request.emailPro) : t.msg('accountRefused', personName(request))),
    decided: (detail, decided) => fire({ ...detail, ...(decided.accountId ? { accountId: decided.accountId } : {}) }),
    // A refusal such as duplicate-email (R7) stands until something changes: sending it again would not help.
    offersRetry: (failure) => failure.retryable,
  };
}
