import { expect } from '@open-wc/testing';
import { HttpResponse, delay, http } from 'msw';
import { NetworkError, ProblemError, TimeoutError, createDefaultClient, createFetchClient } from '../../src/client/index.js';
import { countedGet, recordRequests, rejectionOf, useMockWorker, worker } from './support.js';
import { waitUntil } from '../support/wait.js';

const PROBLEM_JSON = { 'Content-Type': 'application/problem+json' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const FAST_RETRIES = { limit: 2, delay: () => 5 };

describe('createFetchClient', () => {
  useMockWorker();

  describe('requests', () => {
    it('encodes the query: accents escaped, booleans as true/false, unset filters left out', async () => {
      let url: URL | undefined;
      let accept: string | null = null;
      const page = { items: [{ id: 'a1', nom: 'Éluard' }], total: 1 };
      worker.use(
        http.get('/api/accounts', ({ request }) => {
          url = new URL(request.url);
          accept = request.headers.get('Accept');
          return HttpResponse.json(page);
        }),
      );

      const result = await createFetchClient().call('searchAccounts', {
        query: { nom: 'Béatrice', prenom: undefined, identifier: '', active: true, inMyOrganisme: false, page: 2 },
      });

      expect(url?.search).to.equal('?nom=B%C3%A9atrice&active=true&inMyOrganisme=false&page=2');
      expect(accept).to.equal('application/json, application/problem+json');
      expect(result).to.deep.equal(page);
    });

    it('encodes path parameters, slashes and spaces included', async () => {
      let pathname: string | undefined;
      worker.use(
        http.delete('/api/accounts/:id/grants/:roleId', ({ request }) => {
          pathname = new URL(request.url).pathname;
          return HttpResponse.json({ id: 'x' });
        }),
      );

      await createFetchClient().call('revokeRole', { params: { id: 'a/b é', roleId: 'r?1' }, ifMatch: 3 });

      expect(pathname).to.equal('/api/accounts/a%2Fb%20%C3%A9/grants/r%3F1');
    });

    it('sends the body as JSON and resolves with the created object of a 201', async () => {
      let contentType: string | null = null;
      let sent: unknown;
      const created = { id: 'acc-9', nom: 'Lefèvre', version: 1 };
      worker.use(
        http.post('/api/accounts', async ({ request }) => {
          contentType = request.headers.get('Content-Type');
          sent = await request.json();
          return HttpResponse.json(created, { status: 201 });
        }),
      );
      const draft = { civilite: 'Mme', nom: 'Lefèvre', prenom: 'Anaïs', emailPro: 'anais.lefevre@urssaf.fr' } as const;

      const result = await createFetchClient().call('createAccount', { body: draft });

      expect(contentType).to.equal('application/json');
      expect(sent).to.deep.equal(draft);
      expect(result).to.deep.equal(created);
    });

    it('resolves with undefined for a 204 and a 202', async () => {
      worker.use(
        http.delete('/api/groups/:id/members/:accountId', () => new HttpResponse(null, { status: 204 })),
        http.post('/api/accounts/:id/resend-identifier', () => new HttpResponse(null, { status: 202 })),
      );
      const client = createFetchClient();

      expect(await client.call('removeMember', { params: { id: 'g1', accountId: 'a1' } })).to.equal(undefined);
      expect(await client.call('resendIdentifier', { params: { id: 'a1' } })).to.equal(undefined);
    });

    it('uses an absolute base URL and the fetch it is given, e.g. a portal wrapping its own', async () => {
      const sentThrough: Request[] = [];
      const portalFetch = async (input: RequestInfo | URL) => {
        sentThrough.push(input as Request);
        return Response.json({ id: 'me' });
      };
      const client = createFetchClient({ baseUrl: 'https://habil.example.fr/api/v2/', fetch: portalFetch });

      expect(await client.call('getMe', {})).to.deep.equal({ id: 'me' });
      expect(sentThrough.map((request) => request.url)).to.deep.equal(['https://habil.example.fr/api/v2/me']);
    });
  });

  describe('headers and credentials', () => {
    it('asks the headers function again for every call', async () => {
      const received = recordRequests('get', '/api/me', (request) => request.headers.get('Authorization'));
      let token = 0;
      const client = createFetchClient({ headers: async () => ({ Authorization: `Bearer t${++token}` }) });

      await client.call('getMe', {});
      await client.call('getMe', {});

      expect(received).to.deep.equal(['Bearer t1', 'Bearer t2']);
    });

    it('sends same-origin credentials by default, and include when asked', async () => {
      const received = recordRequests('get', '/api/me', (request) => request.credentials);

      await createFetchClient().call('getMe', {});
      await createFetchClient({ credentials: 'include' }).call('getMe', {});

      expect(received).to.deep.equal(['same-origin', 'include']);
    });

    it('sends the CSRF token on writes only, under the header it is told', async () => {
      const received: Record<string, string | null> = {};
      worker.use(
        http.get('/api/accounts/:id', ({ request }) => {
          received.read = request.headers.get('X-XSRF-TOKEN');
          return HttpResponse.json({});
        }),
        http.patch('/api/accounts/:id', ({ request }) => {
          received.write = request.headers.get('X-XSRF-TOKEN');
          return HttpResponse.json({});
        }),
      );
      const client = createFetchClient({ csrf: { header: 'X-XSRF-TOKEN', token: async () => 'from-cookie' } });

      await client.call('getAccount', { params: { id: 'a1' } });
      await client.call('updateAccount', { params: { id: 'a1' }, body: { nom: 'Martin' }, ifMatch: 4 });

      expect(received).to.deep.equal({ read: null, write: 'from-cookie' });
    });

    it('sends the version as a quoted entity tag in If-Match, keeping one already quoted', async () => {
      const received = recordRequests('post', '/api/accounts/:id/reactivate', (request) => request.headers.get('If-Match'));
      const client = createFetchClient();

      for (const ifMatch of [7, '7', '"7"', 'W/"7"']) await client.call('reactivateAccount', { params: { id: 'a1' }, ifMatch });

      expect(received).to.deep.equal(['"7"', '"7"', '"7"', 'W/"7"']);
    });

    it('gives each decision its own idempotency key unless the caller brings one', async () => {
      const received = recordRequests('post', '/api/access-requests/:id/decision', (request) => request.headers.get('Idempotency-Key'));
      const client = createFetchClient();
      const args = { params: { id: 'req-1' }, body: { decision: 'accept' } } as const;

      await client.call('decideAccessRequest', args);
      await client.call('decideAccessRequest', args);
      await client.call('decideAccessRequest', { ...args, idempotencyKey: 'chosen-by-widget' });

      expect(received[0]).to.match(UUID);
      expect(received[1]).to.match(UUID);
      expect(received[1]).not.to.equal(received[0]);
      expect(received[2]).to.equal('chosen-by-widget');
      expect(received).to.have.length(3);
    });

    it('keeps the idempotency key when the host’s fetch resends the decision', async () => {
      const received: (string | null)[] = [];
      worker.use(
        http.post('/api/access-requests/decisions', ({ request }) => {
          received.push(request.headers.get('Idempotency-Key'));
          return received.length === 1 ? new HttpResponse(null, { status: 401 }) : HttpResponse.json({ succeeded: 1, failed: 0, results: [] });
        }),
      );
      // A portal whose fetch renews its session on a 401, then sends the same request again.
      const client = createFetchClient({
        fetch: async (request, init) => {
          const response = await fetch(request.clone(), init);
          return response.status === 401 ? fetch(request, init) : response;
        },
      });

      await client.call('decideAccessRequests', { body: { items: [{ id: 'req-1', decision: 'refuse', reason: 'Doublon' }] } });

      expect(received).to.have.length(2);
      expect(received[0]).to.match(UUID);
      expect(received[1]).to.equal(received[0]);
    });
  });

  describe('refusals', () => {
    it('rejects a problem+json answer with a ProblemError carrying its code and field errors', async () => {
      const problem = {
        type: '/problems/validation-failed',
        title: 'Certains champs sont à corriger.',
        status: 422,
        detail: "L'adresse e-mail n'est pas valide.",
        code: 'validation-failed',
        errors: [{ field: 'emailPro', code: 'email', message: 'Adresse invalide' }],
      };
      worker.use(http.post('/api/accounts', () => HttpResponse.json(problem, { status: 422, headers: PROBLEM_JSON })));

      const error = await rejectionOf(
        createFetchClient().call('createAccount', { body: { civilite: 'M.', nom: 'Roux', prenom: 'Paul', emailPro: 'paul@' } }),
      );

      expect(error).to.be.instanceOf(ProblemError);
      const refusal = error as ProblemError;
      expect(refusal.status).to.equal(422);
      expect(refusal.code).to.equal('validation-failed');
      expect(refusal.message).to.equal("L'adresse e-mail n'est pas valide.");
      expect(refusal.fieldErrors).to.deep.equal(problem.errors);
      expect(refusal.isConflict).to.equal(false);
    });

    it('says who decided first when a request is already decided', async () => {
      worker.use(
        http.post('/api/access-requests/:id/decision', () =>
          HttpResponse.json(
            {
              type: '/problems/already-decided',
              title: 'Cette demande a déjà été traitée ; la décision est définitive.',
              status: 409,
              code: 'already-decided',
              decidedBy: { id: 'p7', name: 'Odile Marchand' },
              decidedAt: '2025-06-02T09:12:00Z',
            },
            { status: 409, headers: PROBLEM_JSON },
          ),
        ),
      );

      const error = (await rejectionOf(
        createFetchClient().call('decideAccessRequest', { params: { id: 'req-1' }, body: { decision: 'accept' } }),
      )) as ProblemError;

      expect(error.code).to.equal('already-decided');
      expect(error.isConflict).to.equal(true);
      expect(error.problem.decidedBy).to.deep.equal({ id: 'p7', name: 'Odile Marchand' });
      expect(error.problem.decidedAt).to.equal('2025-06-02T09:12:00Z');
    });

    it('recognises a stale write, from our problem and from a bare 412', async () => {
      let answer = 0;
      worker.use(
        http.patch('/api/groups/:id', () =>
          ++answer === 1
            ? HttpResponse.json(
                { type: '/problems/stale-write', title: 'Modifié entre-temps', status: 412, code: 'stale-write', currentVersion: 5 },
                { status: 412, headers: PROBLEM_JSON },
              )
            : new HttpResponse(null, { status: 412 }),
        ),
      );
      const client = createFetchClient();
      const args = { params: { id: 'g1' }, body: { label: 'Accueil' }, ifMatch: 4 };

      const ours = (await rejectionOf(client.call('updateGroup', args))) as ProblemError;
      const bare = (await rejectionOf(client.call('updateGroup', args))) as ProblemError;

      expect([ours.isStaleWrite, ours.code, ours.problem.currentVersion]).to.deep.equal([true, 'stale-write', 5]);
      expect([bare.isStaleWrite, bare.code, bare.problem.title]).to.deep.equal([true, undefined, 'Precondition Failed']);
    });

    it('turns a gateway HTML page into a ProblemError titled after the status, without the HTML', async () => {
      worker.use(
        http.post('/api/accounts/:id/attach', () =>
          HttpResponse.html('<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>', { status: 502 }),
        ),
      );

      const error = (await rejectionOf(createFetchClient().call('attachAccount', { params: { id: 'a1' }, ifMatch: 1 }))) as ProblemError;

      expect(error).to.be.instanceOf(ProblemError);
      expect(error.problem).to.deep.equal({ type: 'about:blank', title: 'Bad Gateway', status: 502, code: 'about:blank' });
      expect(error.code).to.equal(undefined);
      expect(error.message).to.equal('Bad Gateway');
    });
  });

  describe('failures on the way', () => {
    it('rejects with a NetworkError when no answer comes back, after retrying a read', async () => {
      let hits = 0;
      worker.use(
        http.get('/api/me', () => {
          hits += 1;
          return HttpResponse.error();
        }),
      );

      const error = await rejectionOf(createFetchClient({ retry: FAST_RETRIES }).call('getMe', {}));

      expect(error).to.be.instanceOf(NetworkError);
      expect((error as Error).message).to.equal('GET /me: the server could not be reached.');
      expect(hits).to.equal(3);
    });

    it('retries a read twice by default, and then succeeds', async () => {
      let hits = 0;
      worker.use(
        http.get('/api/organismes', () => (++hits < 3 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json([{ id: 'o1' }]))),
      );

      expect(await createFetchClient().call('listOrganismes', {})).to.deep.equal([{ id: 'o1' }]);
      expect(hits).to.equal(3);
    });

    it('waits before a retry as long as the server asks with Retry-After, not its own delay', async () => {
      let hits = 0;
      worker.use(
        http.get('/api/organismes', () =>
          ++hits < 2 ? new HttpResponse(null, { status: 503, headers: { 'Retry-After': '0' } }) : HttpResponse.json([{ id: 'o1' }]),
        ),
      );
      // Its own delay would outlast the test: only the server's « 0 s » lets the retry go now.
      const client = createFetchClient({ retry: { limit: 1, delay: () => 600_000 } });

      expect(await client.call('listOrganismes', {})).to.deep.equal([{ id: 'o1' }]);
      expect(hits).to.equal(2);
    });

    it('never retries a write, not even a DELETE', async () => {
      const hits = { post: 0, delete: 0 };
      worker.use(
        http.post('/api/accounts/:id/grants', () => {
          hits.post += 1;
          return new HttpResponse(null, { status: 503 });
        }),
        http.delete('/api/local-admins/:accountId', () => {
          hits.delete += 1;
          return HttpResponse.error();
        }),
      );
      const client = createFetchClient({ retry: FAST_RETRIES });

      const refused = await rejectionOf(client.call('grantRole', { params: { id: 'a1' }, body: { roleId: 'r1' }, ifMatch: 2 }));
      const unreachable = await rejectionOf(client.call('revokeLocalAdmin', { params: { accountId: 'a1' } }));

      expect((refused as ProblemError).status).to.equal(503);
      expect(unreachable).to.be.instanceOf(NetworkError);
      expect(hits).to.deep.equal({ post: 1, delete: 1 });
    });

    it('rejects with a TimeoutError when the server is too slow, without trying again', async () => {
      const hits = countedGet('/api/me', {}, { slow: true });

      const error = await rejectionOf(createFetchClient({ timeout: 80 }).call('getMe', {}));

      expect(error).to.be.instanceOf(TimeoutError);
      expect(hits()).to.equal(1);
    });

    it('rejects an aborted call with the reason of its signal, and does nothing more', async () => {
      const hits = countedGet('/api/accounts', { items: [], total: 0 }, { slow: true });
      const controller = new AbortController();
      const replacedByNewerSearch = new Error('replaced by a newer search');

      const call = createFetchClient({ retry: FAST_RETRIES }).call('searchAccounts', { query: { nom: 'Du' } }, { signal: controller.signal });
      await waitUntil(() => hits() === 1, 'the search reached the server');
      controller.abort(replacedByNewerSearch);
      const error = await rejectionOf(call);
      // A retry would follow within FAST_RETRIES' 5 ms: ten times that and none came.
      await delay(50);

      expect(error).to.equal(replacedByNewerSearch);
      expect(hits()).to.equal(1);
    });

    it('rejects with an AbortError when the signal was aborted without a reason', async () => {
      const hits = countedGet('/api/me', {});
      const controller = new AbortController();
      controller.abort();

      const error = await rejectionOf(createFetchClient().call('getMe', {}, { signal: controller.signal }));

      expect(error).to.be.instanceOf(DOMException);
      expect((error as DOMException).name).to.equal('AbortError');
      expect(hits()).to.equal(0);
    });
  });

  describe('createDefaultClient', () => {
    it('is one client per page, on the same-origin /api', async () => {
      worker.use(http.get('/api/me', () => HttpResponse.json({ id: 'same-origin' })));

      expect(createDefaultClient()).to.equal(createDefaultClient());
      expect(await createDefaultClient().call('getMe', {})).to.deep.equal({ id: 'same-origin' });
    });
  });
});
