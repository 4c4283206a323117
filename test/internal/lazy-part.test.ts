import { expect } from '@open-wc/testing';
import { css } from 'lit';
import { LazyPart, PartActions, PartLoadError, type PartFailureNotice } from '../../src/internal/lazy-part.js';
import { addPartStyles } from '../../src/internal/part-styles.js';
import { describeError } from '../../src/internal/problem-text.js';
import { waitUntil } from '../support/wait.js';

/** A host that counts what it is asked to render again. */
function countingHost() {
  const host = { updates: 0, requestUpdate: () => void (host.updates += 1) };
  return host;
}

/** A part whose first load fails, as on a network that dropped its module, and which loads the next time. */
function failingOnce<M>(module: M) {
  let attempts = 0;
  const part = new LazyPart(countingHost(), async () => {
    attempts += 1;
    if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
    return module;
  });
  return { part, attempts: () => attempts };
}

describe('LazyPart: a part of a widget loaded on first use', () => {
  it('loads its module once, however often and however soon again it is asked for, and renders its host again', async () => {
    const host = countingHost();
    let imports = 0;
    const part = new LazyPart(host, async () => {
      imports += 1;
      return { answer: 42 };
    });
    expect(part.loaded).to.equal(false);

    expect(await Promise.all([part.load(), part.load()])).to.deep.equal([true, true]);
    expect(await part.load()).to.equal(true);
    expect(imports).to.equal(1);
    expect(part.loaded).to.equal(true);
    expect(part.module).to.deep.equal({ answer: 42 });
    expect(host.updates).to.be.greaterThan(0);
  });

  it('says in words, in French and in English, that its module could not be loaded, and loads it when asked again', async () => {
    const { part, attempts } = failingOnce('loaded');

    expect(await part.load()).to.equal(false);
    expect(part.error).to.be.instanceOf(PartLoadError);
    expect(part.failed).to.equal(true);
    expect(describeError(part.error, 'fr')).to.deep.equal({
      title: 'Chargement impossible',
      message: "Cette partie de la page n'a pas pu être chargée. Vérifiez votre connexion, puis réessayez.",
    });
    expect(describeError(part.error, 'en')).to.deep.equal({
      title: 'Could not load',
      message: 'This part of the page could not be loaded. Check your connection, then try again.',
    });

    expect(await part.load()).to.equal(true);
    expect(attempts()).to.equal(2);
    expect(part.error).to.equal(undefined);
    expect(part.failed).to.equal(false);
    expect(part.module).to.equal('loaded');
  });

  it('is fetched ahead once, and after a failed fetch it waits for the user to ask again', async () => {
    const { part, attempts } = failingOnce('loaded');

    part.prefetch();
    part.prefetch();
    await waitUntil(() => part.failed, 'the fetch ahead never failed');
    part.prefetch();
    expect(attempts()).to.equal(1);

    expect(await part.load()).to.equal(true);
    part.prefetch();
    expect(attempts()).to.equal(2);
  });

  it('runs an action once its part came; a second one asked meanwhile is not run; a failure is said with a retry of the same action, and goes once the part came', async () => {
    const { part } = failingOnce({ save: (what: string) => what });
    const said: unknown[] = [];
    let current: unknown;
    const notice: PartFailureNotice = {
      get current() {
        return current;
      },
      show: (shown) => void said.push((current = shown)),
      clear: () => void (current = undefined),
    };
    const done: string[] = [];
    const actions = new PartActions(part, () => notice);

    await Promise.all([actions.run((code) => done.push(code.save('first'))), actions.run((code) => done.push(code.save('second')))]);
    expect(done).to.deep.equal([]);
    expect(said).to.have.length(1);
    const failure = said[0] as { variant: string; error: unknown; retry: () => void };
    expect(failure.variant).to.equal('error');
    expect(failure.error).to.be.instanceOf(PartLoadError);

    failure.retry();
    await waitUntil(() => done.length > 0, 'the action never ran');
    expect(done).to.deep.equal(['first']);
    expect(current).to.equal(undefined);
  });

  it("adds the styles of a part to a shadow root once, after the element's own", () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const own = css`p { color: black; }`;
    const part = css`p { margin: 0; }`;
    addPartStyles(root, [own]);
    addPartStyles(root, [part]);
    addPartStyles(root, [part, own]);
    expect(root.adoptedStyleSheets).to.deep.equal([own.styleSheet, part.styleSheet]);
  });
});

