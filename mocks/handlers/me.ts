import { getMe, listApplications, listOrganismes, myContacts, myGrants } from '../../core/operations/session.js';
import { memoryStorage } from '../memory-storage.js';
import { handle, type ServerState } from '../http.js';
import { myRequests, requestAccess } from '../operations/requests.js';
import { entitlementsReport } from '../operations/report.js';
import { accessRequestView } from '../views.js';

export function meHandlers(state: ServerState) {
  return [
    handle(state, 'getMe', ({ store, actor }) => getMe(memoryStorage(store), actor)),
    handle(state, 'listOrganismes', ({ store }) => listOrganismes(memoryStorage(store))),
    handle(state, 'listApplications', ({ store }) => listApplications(memoryStorage(store))),
    handle(state, 'myGrants', ({ store, actor }) => myGrants(memoryStorage(store), actor)),
    handle(state, 'myRequests', ({ store, actor }) => myRequests(store, actor).map((r) => accessRequestView(store, r, false))),
    handle(state, 'requestAccess', ({ store, actor, body }) => accessRequestView(store, requestAccess(store, actor, body.roleId), false)),
    handle(state, 'myContacts', ({ store, actor }) => myContacts(memoryStorage(store), actor)),
    handle(state, 'entitlementsReport', ({ store, actor, query }) => entitlementsReport(store, actor, query)),
  ];
}
