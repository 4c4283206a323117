/**
 * The words of the refusals are a module of their own, loaded by the page's first refusal.
 * This file is its own page: its tests run in order, the first before anything loaded them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ProblemError } from '../../src/client/errors.js';
import { describeProblem, needsProblemWords } from '../../src/internal/problem-text.js';
import { ChunkedRun } from '../../src/internal/chunked-run.js';
import { WriteController } from '../../src/internal/writes.js';

const STALE = { type: '/problems/stale-write', code: 'stale-write', status: 412, title: 'Élément modifié entre-temps' };
const CLOSED = { type: '/problems/group-closed', code: 'group-closed', status: 409, title: 'Groupe clôturé' };

class EnglishWrites extends LitElement {
  readonly writes = new WriteController(this, { lang: () => 'en' });
}
customElements.define('english-writes', EnglishWrites);

describe('the words of the refusals', () => {
  it('are not in the page before a refusal: one said then is in the server’s words', () => {
    expect(needsProblemWords(STALE)).to.equal(true);
    expect(describeProblem(STALE, 'en')).to.deep.equal({ title: 'Action not possible', message: 'Élément modifié entre-temps' });
  });

  it('are loaded by the page’s first refused write, which says it in the host’s language', async () => {
    const el = await fixture<EnglishWrites>(html`<english-writes></english-writes>`);
    const refused = await el.writes.run(() => Promise.reject(new ProblemError(STALE as never)));
    expect(refused.ok === false && refused.text.message).to.equal('Someone else changed this item in the meantime. It has been reloaded: check it, then try again.');
    expect(needsProblemWords(STALE)).to.equal(false);
  });

  it('are there for a bulk run’s refusals once it has answered', async () => {
    const run = new ChunkedRun(['a', 'b'], (id) => id);
    await run.send(async (items) => items.map((id) => ({ id, ok: id === 'a', ...(id === 'b' ? { problem: CLOSED as never } : {}) })));
    expect(run.refused.map(({ item, problem }) => [item, describeProblem(problem!, 'fr').message])).to.deep.equal([['b', 'Ce groupe est clôturé.']]);
  });
});
