import { handle, type ServerState } from '../http.js';
import * as ops from '../operations/requests.js';
import { accessRequestView, accountRequestView } from '../views.js';

export function requestHandlers(state: ServerState) {
  return [
    handle(state, 'listAccessRequests', ({ store, actor, query }) => {
      const page = ops.listAccessRequests(store, actor, query);
      return { ...page, items: page.items.map((r) => accessRequestView(store, r, true)) };
    }),
    handle(state, 'decideAccessRequests', ({ store, actor, body }) => ops.decideAccessRequests(store, actor, body)),
    handle(state, 'decideAccessRequest', ({ store, actor, params, body }) =>
      accessRequestView(store, ops.decideAccessRequest(store, actor, params.id!, body.decision, body.reason), true),
    ),
    handle(state, 'listAccountRequests', ({ store, actor, query }) => {
      const page = ops.listAccountRequests(store, actor, query);
      return { ...page, items: page.items.map((r) => accountRequestView(store, r, true)) };
    }),
    handle(state, 'decideAccountRequest', ({ store, actor, params, body }) =>
      accountRequestView(store, ops.decideAccountRequest(store, actor, params.id!, body.decision, body.reason), true),
    ),
    handle(state, 'signup', ({ store, body }) => accountRequestView(store, ops.signup(store, body), false)),
  ];
}
