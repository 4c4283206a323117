import { expect, fixture, html } from '@open-wc/testing';
import { HabilBaseElement } from '../../src/internal/habil-base-element.js';
import { defineMessages, LocalizeController, translate, type Messages, type Translation } from '../../src/internal/localize.js';
import { waitUntil } from '../support/wait.js';

const fr = { greeting: 'Bonjour', results: (count: number) => `${count} résultats` };
type Words = typeof fr;

/** An English module the test sends when it wants, or fails. */
function englishOnDemand() {
  let send: (english: Translation<Words>) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const module = {
    asked: 0,
    send: (english: Translation<Words>) => send(english),
    fail: (error: Error) => fail(error),
    load: () => {
      module.asked += 1;
      return new Promise<{ default: Translation<Words> }>((resolve, reject) => {
        send = (english) => resolve({ default: english });
        fail = reject;
      });
    },
  };
  return module;
}

const ENGLISH: Translation<Words> = { greeting: 'Hello', results: (count: number) => `${count} results` };

interface TranslatedProbe extends HabilBaseElement {
  renders: number;
}

let probes = 0;
let english: ReturnType<typeof englishOnDemand>;
let messages: Messages<Words>;
let tag: string;

/** A catalogue whose English no element has loaded yet, and an element that speaks it. */
function freshCatalogue(): void {
  english = englishOnDemand();
  const catalogue = defineMessages({ fr, en: () => english.load() });
  messages = catalogue;
  tag = `translated-probe-${++probes}`;
  customElements.define(
    tag,
    class extends HabilBaseElement {
      readonly t = new LocalizeController(this, catalogue);
      renders = 0;

      protected override render() {
        this.renders += 1;
        return html`<p>${this.t.msg('greeting')} — ${this.t.msg('results', 3)}</p>`;
      }
    },
  );
}

function newProbe(): TranslatedProbe {
  return document.createElement(tag) as TranslatedProbe;
}

/** An element put in the page with `lang="en"`, once it has asked for its English words (the test removes it). */
async function englishProbeAsking(): Promise<TranslatedProbe> {
  const probe = newProbe();
  probe.lang = 'en';
  document.body.append(probe);
  await waitUntil(() => english.asked === 1, 'the English words are asked for');
  return probe;
}

function textOf(probe: TranslatedProbe): string | undefined {
  return probe.shadowRoot!.querySelector('p')?.textContent ?? undefined;
}

describe('an English translation in a module of its own', () => {
  const root = document.documentElement;
  let originalLang: string;

  beforeEach(() => {
    originalLang = root.lang;
    freshCatalogue();
  });
  afterEach(() => {
    root.lang = originalLang;
  });

  it('is never asked for on a French page', async () => {
    root.lang = 'fr';
    const probe = await fixture<TranslatedProbe>(html`${newProbe()}`);

    expect(textOf(probe)).to.equal('Bonjour — 3 résultats');
    expect(english.asked).to.equal(0);
  });

  it('holds the first drawing of an English element until its words come, so no French shows in between', async () => {
    const probe = await englishProbeAsking();
    try {
      expect(probe.renders).to.equal(0);
      expect(textOf(probe)).to.equal(undefined);

      english.send(ENGLISH);
      await probe.updateComplete;

      expect(textOf(probe)).to.equal('Hello — 3 results');
      expect(probe.renders).to.equal(1);
    } finally {
      probe.remove();
    }
  });

  it('switches a French element to English when the page changes language, then keeps the words for every element', async () => {
    root.lang = 'fr';
    const probe = await fixture<TranslatedProbe>(html`${newProbe()}`);
    root.lang = 'en';
    await waitUntil(() => english.asked === 1, 'the English words are asked for');
    expect(textOf(probe)).to.equal('Bonjour — 3 résultats');

    english.send(ENGLISH);
    await waitUntil(() => textOf(probe) === 'Hello — 3 results', 'the element speaks English');
    const second = await fixture<TranslatedProbe>(html`${newProbe()}`);

    expect(textOf(second)).to.equal('Hello — 3 results');
    expect(english.asked).to.equal(1);
    expect(translate(messages, 'en', 'results', 2)).to.equal('2 results');
  });

  it('keeps the French when the English cannot be loaded, and asks again the next time', async () => {
    const probe = await englishProbeAsking();
    try {
      english.fail(new TypeError('Failed to fetch dynamically imported module'));
      await waitUntil(() => textOf(probe) === 'Bonjour — 3 résultats', 'the element is drawn in French');

      probe.lang = 'fr';
      await probe.updateComplete;
      probe.lang = 'en';
      await waitUntil(() => english.asked === 2, 'the English words are asked for again');
      english.send(ENGLISH);
      await waitUntil(() => textOf(probe) === 'Hello — 3 results', 'the element speaks English');
    } finally {
      probe.remove();
    }
  });

  it('refuses, at type-check time, a module translation that lacks a key, adds one or changes arguments', () => {
    const incomplete = defineMessages({
      fr,
      // @ts-expect-error -- "results" is missing from the English translation
      en: () => Promise.resolve({ default: { greeting: 'Hello' } }),
    });
    const extra = defineMessages({
      fr,
      // @ts-expect-error -- "farewell" does not exist in French, the source locale
      en: () => Promise.resolve({ default: { greeting: 'Hello', results: (n: number) => `${n}`, farewell: 'Bye' } }),
    });
    const wrongArguments = defineMessages({
      fr,
      // @ts-expect-error -- the English message takes a string, the French one a number
      en: () => Promise.resolve({ default: { greeting: 'Hello', results: (n: string) => n } }),
    });
    expect([incomplete, extra, wrongArguments].map((catalogue) => catalogue.catalog('fr').greeting)).to.deep.equal(['Bonjour', 'Bonjour', 'Bonjour']);
  });
});
