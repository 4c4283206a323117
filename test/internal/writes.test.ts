/** The kit's write mechanism, the typing pause and the chunked bulk run, through what a widget sees of them. */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { NetworkError, ProblemError } from '../../src/client/errors.js';
import { ChunkedRun } from '../../src/internal/chunked-run.js';
import { DebounceController } from '../../src/internal/debounce.js';
import { WriteController } from '../../src/internal/writes.js';
import { waitUntil } from '../support/wait.js';

class WritesProbe extends LitElement {
  readonly writes = new WriteController(this, { lang: () => 'fr' });
  readonly typing = new DebounceController(this, 20);
  renders = 0;

  protected override render() {
    this.renders += 1;
    return html`<p>${this.writes.busy ? 'busy' : 'idle'}</p>`;
  }
}
customElements.define('writes-probe', WritesProbe);

const problem = (status: number, code: string, extra: object = {}) =>
  new ProblemError({ type: `https://habil.example/problems/${code}`, title: code, status, code, ...extra } as never);

/** A call the test answers when it wants. */
function held<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('WriteController', () => {
  it('marks the host busy while a write runs, and not after', async () => {
    const el = await fixture<WritesProbe>(html`<writes-probe></writes-probe>`);
    const call = held<string>();
    const run = el.writes.run(() => call.promise, { key: 'save' });
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('busy');
    expect(el.writes.isBusy('save')).to.equal(true);
    call.resolve('done');
    expect(await run).to.deep.equal({ ok: true, value: 'done' });
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('idle');
  });

  it('does not send an action twice while it runs', async () => {
    const el = await fixture<WritesProbe>(html`<writes-probe></writes-probe>`);
    const call = held<string>();
    let sent = 0;
    const first = el.writes.run(() => ((sent += 1), call.promise), { key: 'decide:1' });
    const second = await el.writes.run(() => ((sent += 1), call.promise), { key: 'decide:1' });
    expect(second.ok).to.equal(false);
    expect(second.ok === false && second.aborted).to.equal(true);
    call.resolve('ok');
    await first;
    expect(sent).to.equal(1);
  });

  it('keeps the idempotency key for a retry after a lost answer, and a new one after a refusal or a success', async () => {
    const el = await fixture<WritesProbe>(html`<writes-probe></writes-probe>`);
    const keys: string[] = [];
    const lost = await el.writes.run(({ idempotencyKey }) => (keys.push(idempotencyKey), Promise.reject(new NetworkError())), { key: 'decide:1' });
    expect(lost.ok === false && lost.retryable).to.equal(true);
    expect(lost.ok === false && lost.text.title).to.equal('Serveur injoignable');
    await el.writes.run(({ idempotencyKey }) => (keys.push(idempotencyKey), Promise.reject(problem(409, 'already-decided'))), { key: 'decide:1' });
    await el.writes.run(({ idempotencyKey }) => (keys.push(idempotencyKey), Promise.resolve(1)), { key: 'decide:1' });
    await el.writes.run(({ idempotencyKey }) => (keys.push(idempotencyKey), Promise.resolve(1)), { key: 'decide:1' });
    // The retry after the lost answer sent the same key; the refusal was final, so the next try
    // was a new action; after its success, the next one is new again.
    expect(keys[1]).to.equal(keys[0]);
    expect(keys[2]).to.not.equal(keys[1]);
    expect(keys[3]).to.not.equal(keys[2]);
    expect(new Set(keys).size).to.equal(3);
  });

  it('reads the object again after a stale write and hands it over with the refusal in words', async () => {
    const el = await fixture<WritesProbe>(html`<writes-probe></writes-probe>`);
    const result = await el.writes.run(() => Promise.reject(problem(412, 'stale-write')), { reload: async () => ({ version: 8 }) });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.stale).to.equal(true);
    expect(result.reloaded).to.deep.equal({ version: 8 });
    expect(result.text.title).to.equal('Action impossible');
    expect(result.retryable).to.equal(false);
  });

  it('gives the fields to mark of a refusal about fields', async () => {
    const el = await fixture<WritesProbe>(html`<writes-probe></writes-probe>`);
    const errors = [{ field: 'nom', code: 'too-long', message: 'Trop long' }];
    const result = await el.writes.run(() => Promise.reject(problem(422, 'validation', { errors })));
    expect(result.ok === false && result.fieldErrors).to.deep.equal(errors);
  });

  it('aborts what it still waits for when the host leaves the page, and says nothing of it', async () => {
    const el = await fixture<WritesProbe>(html`<writes-probe></writes-probe>`);
    let signal: AbortSignal | undefined;
    const run = el.writes.run(
      (context) =>
        new Promise((_, reject) => {
          signal = context.signal;
          context.signal.addEventListener('abort', () => reject(context.signal.reason));
        }),
    );
    el.remove();
    const result = await run;
    expect(signal!.aborted).to.equal(true);
    expect(result.ok === false && result.aborted).to.equal(true);
  });
});

describe('DebounceController', () => {
  it('runs the last action once typing pauses, at once on flush, never after the host left', async () => {
    const el = await fixture<WritesProbe>(html`<writes-probe></writes-probe>`);
    const ran: string[] = [];
    el.typing.schedule(() => ran.push('a'));
    el.typing.schedule(() => ran.push('ab'));
    await waitUntil(() => ran.length > 0, 'the pause did not run the action');
    expect(ran).to.deep.equal(['ab']);
    el.typing.schedule(() => ran.push('abc'));
    el.typing.flush();
    expect(ran).to.deep.equal(['ab', 'abc']);
    el.typing.schedule(() => ran.push('late'));
    el.remove();
    expect(el.typing.scheduled).to.equal(false);
  });
});

describe('ChunkedRun', () => {
  const items = Array.from({ length: 7 }, (_, i) => ({ id: `r${i}` }));

  it('sends chunk by chunk, keeps each answer, and resumes a failed chunk with its key', async () => {
    const run = new ChunkedRun(items, (item) => item.id, 3);
    const sent: { ids: string[]; key: string }[] = [];
    let failOnce = true;
    const send = async (chunk: readonly { id: string }[], key: string) => {
      sent.push({ ids: chunk.map((item) => item.id), key });
      if (sent.length === 2 && failOnce) {
        failOnce = false;
        throw new NetworkError();
      }
      return chunk.map((item) => ({ id: item.id, ok: item.id !== 'r1' }));
    };
    await run.send(send);
    expect(run.interruption).to.be.instanceOf(NetworkError);
    expect(run.interrupted.map((item) => item.id)).to.deep.equal(['r3', 'r4', 'r5']);
    expect(run.notSent.map((item) => item.id)).to.deep.equal(['r3', 'r4', 'r5', 'r6']);
    await run.send(send);
    expect(run.finished).to.equal(true);
    expect(sent.map((s) => s.ids.length)).to.deep.equal([3, 3, 3, 1]);
    expect(sent[2]!.key).to.equal(sent[1]!.key);
    expect(new Set(sent.map((s) => s.key)).size).to.equal(3);
    expect(run.succeeded.length).to.equal(6);
    expect(run.refused.map(({ item }) => item.id)).to.deep.equal(['r1']);
    expect(run.notSent).to.deep.equal([]);
  });

  it('stops between two chunks when asked, and lists what was not sent', async () => {
    const run = new ChunkedRun(items, (item) => item.id, 3);
    let chunks = 0;
    await run.send(async (chunk) => chunk.map((item) => ({ id: item.id, ok: true })), { stopRequested: () => chunks === 1, onChunk: () => (chunks += 1) });
    expect(run.done).to.equal(3);
    expect(run.notSent.map((item) => item.id)).to.deep.equal(['r3', 'r4', 'r5', 'r6']);
  });
});
