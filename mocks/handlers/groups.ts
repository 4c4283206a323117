import { handle, type ServerState } from '../http.js';
import * as ops from '../operations/groups.js';
import { groupView, membershipView } from '../views.js';

export function groupHandlers(state: ServerState) {
  return [
    handle(state, 'listConventions', ({ store, actor }) => ops.listConventions(store, actor)),
    handle(state, 'getConvention', ({ store, actor, params }) => ops.readableConvention(store, actor, params.id!)),
    handle(state, 'listGroups', ({ store, actor, params, query }) =>
      ops.listGroups(store, actor, params.id!, query).map((g) => groupView(store, actor, g)),
    ),
    handle(state, 'createGroup', ({ store, actor, params, body }) => groupView(store, actor, ops.createGroup(store, actor, params.id!, body))),
    handle(state, 'getGroup', ({ store, actor, params }) => groupView(store, actor, ops.readableGroup(store, actor, params.id!))),
    handle(state, 'updateGroup', ({ store, actor, params, body, expectVersion }) =>
      groupView(store, actor, ops.updateGroup(store, actor, params.id!, body, expectVersion)),
    ),
    handle(state, 'closeGroup', ({ store, actor, params, expectVersion }) =>
      groupView(store, actor, ops.closeGroup(store, actor, params.id!, expectVersion)),
    ),
    handle(state, 'assignGroupRole', ({ store, actor, params, body, expectVersion }) =>
      groupView(store, actor, ops.assignGroupRole(store, actor, params.id!, body.roleId, expectVersion)),
    ),
    handle(state, 'removeGroupRole', ({ store, actor, params, expectVersion }) =>
      groupView(store, actor, ops.removeGroupRole(store, actor, params.id!, params.roleId!, expectVersion)),
    ),
    handle(state, 'listMembers', ({ store, actor, params }) => ops.listMembers(store, actor, params.id!).map((m) => membershipView(store, m))),
    handle(state, 'addMember', ({ store, actor, params, body }) => membershipView(store, ops.addMember(store, actor, params.id!, body))),
    handle(state, 'updateMember', ({ store, actor, params, body, expectVersion }) =>
      membershipView(store, ops.updateMember(store, actor, params.id!, params.accountId!, body, expectVersion)),
    ),
    handle(state, 'removeMember', ({ store, actor, params }) => {
      ops.removeMember(store, actor, params.id!, params.accountId!);
      return undefined;
    }),
  ];
}
