import { creationRoleIds, meActions } from '../access.js';
import { handle, type ServerState } from '../http.js';
import { hasLocalAdmin, myRequests, requestAccess } from '../operations/requests.js';
import { entitlementsReport } from '../operations/report.js';
import { accessRequestView, accountSummary, grantsOf, localAdminView } from '../views.js';

export function meHandlers(state: ServerState) {
  return [
    handle(state, 'getMe', ({ store, actor }) => {
      const organisme = store.organismes.get(actor.account.organismeId)!;
      return {
        account: accountSummary(store, actor, actor.account),
        roles: [...actor.roles],
        organisme: { ...organisme, hasLocalAdmin: hasLocalAdmin(store, organisme.id) },
        ...(actor.partnerId ? { partnerId: actor.partnerId } : {}),
        conventionIds: [...actor.conventionIds],
        responsableOfGroupIds: [...actor.groupIds],
        actions: meActions(actor),
        grantableRoleIds: creationRoleIds(store, actor),
        today: store.clock.today(),
      };
    }),
    handle(state, 'listOrganismes', ({ store }) =>
      [...store.organismes.values()].map((o) => ({ ...o, hasLocalAdmin: hasLocalAdmin(store, o.id) }))),
    handle(state, 'listApplications', ({ store }) => [...store.applications.values()]),
    handle(state, 'myGrants', ({ store, actor }) => grantsOf(store, actor.account.id)),
    handle(state, 'myRequests', ({ store, actor }) => myRequests(store, actor).map((r) => accessRequestView(store, r, false))),
    handle(state, 'requestAccess', ({ store, actor, body }) => accessRequestView(store, requestAccess(store, actor, body.roleId), false)),
    handle(state, 'myContacts', ({ store, actor }) =>
      [...store.localAdmins.values()].filter((l) => l.organismeId === actor.account.organismeId).map((l) => localAdminView(store, l, false)),
    ),
    handle(state, 'entitlementsReport', ({ store, actor, query }) => entitlementsReport(store, actor, query)),
  ];
}
