import { expect, fixture, html } from '@open-wc/testing';
import '../../src/ui/live-region/define.js';
import type { HabilLiveRegion } from '../../src/ui/live-region/define.js';
import { press } from './support.js';

const region = (el: HabilLiveRegion) => el.shadowRoot!.querySelector<HTMLElement>('[part="region"]')!;

/** What the region holds, change after change, while `act` runs. */
async function contentsWhile(el: HabilLiveRegion, act: () => Promise<unknown>): Promise<string[]> {
  const contents: string[] = [];
  const observer = new MutationObserver(() => contents.push(region(el).textContent!));
  observer.observe(region(el), { childList: true, characterData: true, subtree: true });
  await act();
  observer.disconnect();
  return contents;
}

describe('habil-live-region', () => {
  it('is a polite status region, in the page and empty, before it says anything', async () => {
    const el = await fixture<HabilLiveRegion>(html`<habil-live-region></habil-live-region>`);
    expect(region(el).getAttribute('role')).to.equal('status');
    expect(region(el).getAttribute('aria-live')).to.equal('polite');
    expect(region(el).textContent).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('announces into the region that was already there', async () => {
    const el = await fixture<HabilLiveRegion>(html`<habil-live-region></habil-live-region>`);
    const before = region(el);
    await el.announce('12 comptes désactivés.');
    expect(region(el)).to.equal(before);
    expect(before.textContent).to.equal('12 comptes désactivés.');
    expect(el.message).to.equal('12 comptes désactivés.');
    await expect(el).to.be.accessible();
  });

  it('empties the region before repeating the same message, so that it is read again', async () => {
    const el = await fixture<HabilLiveRegion>(html`<habil-live-region></habil-live-region>`);
    await el.announce('Enregistré.');
    const contents = await contentsWhile(el, () => el.announce('Enregistré.'));
    expect(contents[0]).to.equal('');
    expect(contents.at(-1)).to.equal('Enregistré.');
  });

  it('has an assertive variant for errors', async () => {
    const el = await fixture<HabilLiveRegion>(html`<habil-live-region politeness="assertive"></habil-live-region>`);
    expect(region(el).getAttribute('role')).to.equal('alert');
    await el.announce('La désactivation a échoué.');
    expect(region(el).textContent).to.equal('La désactivation a échoué.');
    await expect(el).to.be.accessible();
  });

  it('is hidden from sight unless asked to be visible', async () => {
    const hidden = await fixture<HabilLiveRegion>(html`<habil-live-region></habil-live-region>`);
    await hidden.announce('Chargé.');
    expect(region(hidden).getBoundingClientRect().width).to.be.at.most(1);
    const shown = await fixture<HabilLiveRegion>(html`<habil-live-region visible></habil-live-region>`);
    await shown.announce('Chargé.');
    expect(region(shown).getBoundingClientRect().width).to.be.greaterThan(10);
  });

  it('can be cleared', async () => {
    const el = await fixture<HabilLiveRegion>(html`<habil-live-region></habil-live-region>`);
    await el.announce('Chargé.');
    el.clear();
    await el.updateComplete;
    expect(region(el).textContent).to.equal('');
  });

  it('puts a new message in at once, without emptying the region first', async () => {
    const el = await fixture<HabilLiveRegion>(html`<habil-live-region></habil-live-region>`);
    await el.announce('Chargé.');
    const contents = await contentsWhile(el, () => el.announce('Demande de Coralie LIVING acceptée.'));
    expect(contents).to.deep.equal(['Demande de Coralie LIVING acceptée.']);
  });

  it('keeps the outcome of an action against the minor messages that follow it, until the user acts again', async () => {
    const el = await fixture<HabilLiveRegion>(html`<habil-live-region></habil-live-region>`);
    await el.announce('12 comptes désactivés.');
    await el.announce('Aucun compte sélectionné.', { minor: true });
    expect(region(el).textContent).to.equal('12 comptes désactivés.');
    expect(el.message).to.equal('12 comptes désactivés.');

    await press('Shift');
    await el.announce('1 compte sélectionné.', { minor: true });
    expect(region(el).textContent).to.equal('1 compte sélectionné.');
    await expect(el).to.be.accessible();
  });

  it('says a minor message when no outcome holds the region, and a new outcome always', async () => {
    const el = await fixture<HabilLiveRegion>(html`<habil-live-region></habil-live-region>`);
    await el.announce('3 comptes sélectionnés.', { minor: true });
    expect(region(el).textContent).to.equal('3 comptes sélectionnés.');
    await el.announce('Compte de Durand Mathieu enregistré.');
    await el.announce('Enregistrement de Lefèvre Émilie refusé.');
    expect(region(el).textContent).to.equal('Enregistrement de Lefèvre Émilie refusé.');
  });

  it('gives way to a newer message while it empties the region to repeat itself', async () => {
    const el = await fixture<HabilLiveRegion>(html`<habil-live-region></habil-live-region>`);
    await el.announce('Enregistré.');
    const repeat = el.announce('Enregistré.');
    await el.announce('Refusé : le compte est en lecture seule.');
    await repeat;
    expect(region(el).textContent).to.equal('Refusé : le compte est en lecture seule.');
  });
});
