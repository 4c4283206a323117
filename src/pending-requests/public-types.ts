/** The types of `<habil-pending-requests>`'s public surface: its tabs, its views and the details of its events. */
import type { AccessRequest, AccountRequest, Decision } from '../domain/index.js';

/** The tabs: "En cours" and "Historique" of access requests, and the account requests. */
export type PendingRequestsTab = 'pending' | 'history' | 'accounts';

/** What the account requests tab shows. */
export type AccountRequestsView = 'pending' | 'history';

export interface RequestDecidedDetail {
  /** The request as the user saw it when he decided (still `en_attente`). */
  request: AccessRequest;
  decision: Decision;
  /** The refusal reason, when one was given. */
  reason?: string;
}

export interface AccountRequestDecidedDetail {
  /** The account request as the user saw it when he decided (still `en_attente`). */
  request: AccountRequest;
  decision: Decision;
  reason?: string;
  /** The account created by an acceptance. */
  accountId?: string;
}

export interface PendingCountDetail {
  /** Everything waiting for this person's decision: access requests and account requests. */
  count: number;
  accessRequests: number;
  accountRequests: number;
}

declare module '../internal/events.js' {
  interface HabilEventMap {
    'habil-request-decided': CustomEvent<RequestDecidedDetail>;
    'habil-account-request-decided': CustomEvent<AccountRequestDecidedDetail>;
    'habil-pending-count': CustomEvent<PendingCountDetail>;
  }
}
