import { expect } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { ProblemError, describeRequest, type HabilClient, type RouteResult } from '../../src/client/index.js';
import { rejectionOf, useMockWorker, worker } from './support.js';

interface PortalResponse {
  status: number;
  data: unknown;
}

/** Stands for a portal's own HTTP stack, one that is not fetch. */
function portalSend(request: { method: string; url: string; headers: Record<string, string>; body?: string }): Promise<PortalResponse> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open(request.method, request.url);
    xhr.responseType = 'json';
    for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
    xhr.onload = () => resolve({ status: xhr.status, data: xhr.response });
    xhr.send(request.body ?? null);
  });
}

/** The README's example of a client written by hand, over the portal's stack. */
const portalClient: HabilClient = {
  async call(name, args, { lang } = {}) {
    const { method, path, headers, body } = describeRequest(name, args, { lang });
    const response = await portalSend({ method, url: `/passerelle/habil${path}`, headers, body });
    if (response.status >= 400) throw ProblemError.fromResponse(response.status, response.data);
    return (response.status === 204 || response.status === 202 ? undefined : response.data) as RouteResult<typeof name>;
  },
};

describe('a HabilClient written by hand with describeRequest', () => {
  useMockWorker();

  it('sends what the contract says: method, path, query, headers and body', async () => {
    let seen: { url: string; ifMatch: string | null; key: string | null; body: unknown } | undefined;
    worker.use(
      http.post('/passerelle/habil/groups/:id/roles', async ({ request }) => {
        seen = {
          url: new URL(request.url).pathname,
          ifMatch: request.headers.get('If-Match'),
          key: request.headers.get('Idempotency-Key'),
          body: await request.json(),
        };
        return HttpResponse.json({ id: 'g1', version: 3 });
      }),
      http.get('/passerelle/habil/local-admins', ({ request }) => HttpResponse.json([{ scope: new URL(request.url).search }])),
    );

    expect(await portalClient.call('assignGroupRole', { params: { id: 'g1' }, body: { roleId: 'r-afas' }, ifMatch: 2 })).to.deep.equal({
      id: 'g1',
      version: 3,
    });
    expect(seen).to.deep.equal({ url: '/passerelle/habil/groups/g1/roles', ifMatch: '"2"', key: null, body: { roleId: 'r-afas' } });
    expect(await portalClient.call('listLocalAdmins', { query: { scope: 'all' } })).to.deep.equal([{ scope: '?scope=all' }]);
  });

  it("asks for the call's language, as a widget gives it", async () => {
    let language: string | null = null;
    worker.use(
      http.get('/passerelle/habil/applications', ({ request }) => {
        language = request.headers.get('Accept-Language');
        return HttpResponse.json([]);
      }),
    );

    await portalClient.call('listApplications', {}, { lang: 'en' });

    expect(language).to.equal('en');
  });

  it('gives widgets the same ProblemError as the default client', async () => {
    worker.use(
      http.delete('/passerelle/habil/local-admins/:accountId', () =>
        HttpResponse.json(
          { type: '/problems/last-local-admin', title: 'Dernier administrateur local', status: 409, code: 'last-local-admin' },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );

    const error = (await rejectionOf(portalClient.call('revokeLocalAdmin', { params: { accountId: 'a1' } }))) as ProblemError;

    expect([error.code, error.isConflict]).to.deep.equal(['last-local-admin', true]);
  });
});
