import { handle, type ServerState } from '../http.js';
import * as ops from '../operations/delegation.js';
import { localAdminView, partnerAdminView } from '../views.js';

export function delegationHandlers(state: ServerState) {
  return [
    handle(state, 'listLocalAdmins', ({ store, actor, query }) => {
      const scope = query.scope ?? 'mine';
      // R13: "Tous les administrateurs locaux" is read-only, whoever reads it.
      return ops
        .listLocalAdmins(store, actor, scope, query.organismeId)
        .map((l) => localAdminView(store, l, scope === 'mine' && !ops.localAdminRevokeRefusal(store, actor, l)));
    }),
    handle(state, 'addLocalAdmin', ({ store, actor, body }) => {
      const record = ops.addLocalAdmin(store, actor, body.accountId);
      return localAdminView(store, record, !ops.localAdminRevokeRefusal(store, actor, record));
    }),
    handle(state, 'revokeLocalAdmin', ({ store, actor, params }) => {
      ops.revokeLocalAdmin(store, actor, params.accountId!);
      return undefined;
    }),
    handle(state, 'listPartnerAdmins', ({ store, actor, params }) =>
      ops.listPartnerAdmins(store, actor, params.id!).map((p) => partnerAdminView(store, p, actor.roles.has('caf-agent'))),
    ),
    handle(state, 'addPartnerAdmin', ({ store, actor, params, body }) =>
      partnerAdminView(store, ops.addPartnerAdmin(store, actor, params.id!, body.accountId), true),
    ),
    handle(state, 'revokePartnerAdmin', ({ store, actor, params }) => {
      ops.revokePartnerAdmin(store, actor, params.id!, params.accountId!);
      return undefined;
    }),
  ];
}
