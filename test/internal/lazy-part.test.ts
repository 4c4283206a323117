import { expect } from '@open-wc/testing';
import { LazyPart, PartLoadError } from '../../src/internal/lazy-part.js';
import { describeError } from '../../src/internal/problem-text.js';

/** A host that counts what it is asked to render again. */
function countingHost() {
  const host = { updates: 0, requestUpdate: () => void (host.updates += 1) };
  return host;
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
    let attempts = 0;
    const part = new LazyPart(countingHost(), async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return 'loaded';
    });

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
    expect(attempts).to.equal(2);
    expect(part.error).to.equal(undefined);
    expect(part.failed).to.equal(false);
    expect(part.module).to.equal('loaded');
  });
});
