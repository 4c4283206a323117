/**
 * `<habil-delegation>` loads up front what its first screen shows; its other sections, and the
 * code that names and revokes, load when first needed, with their words. A part whose code
 * cannot be loaded says so, in French and in English, and is loaded again on « Réessayer »;
 * what the user was doing stays.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { HabilDelegation } from '../../src/delegation/define.js';
import type { HabilField } from '../../src/ui/field/field.js';
import { retryButton } from '../support/dom.js';
import { moduleNetwork } from '../support/module-network.js';
import { waitUntil } from '../support/wait.js';
import { button, headers, heading, hints, noticeSays, noticeText, render, settled, shadow, tab, table, text } from './support.js';

const { dropModule } = moduleNetwork();


describe('habil-delegation: parts loaded on demand', () => {
  it('says so when a section’s code cannot be loaded, and shows the section on « Réessayer »', async () => {
    const networkBack = dropModule(/\/src\/delegation\/all-local-admins\.view\.(js|ts)/);
    const el = await render();
    tab(el, 'all-local-admins')!.click();
    const panel = () => shadow(el).querySelector('#panel-all-local-admins')!;
    await waitUntil(() => panel().querySelector('habil-alert.filled'), 'the panel never said the section could not be loaded', { timeout: 4000 });
    const alert = panel().querySelector('habil-alert.filled')!;
    expect(text(shadow(alert).querySelector('[part~="base"]'))).to.include("Cette partie de la page n'a pas pu être chargée.");
    expect(tab(el, 'all-local-admins')!.getAttribute('aria-selected')).to.equal('true');
    await expect(el).to.be.accessible();

    networkBack();
    retryButton(alert).click();
    await waitUntil(() => heading(el) === 'Tous les administrateurs locaux', 'the section never showed after « Réessayer »', { timeout: 4000 });
    await settled(el);
    expect(headers(table(el))).to.deep.equal(['Organisme', 'Nom', 'Prénom', 'E-mail', 'Téléphone', 'Depuis le', 'Nommé par']);
  });

  it('says in the notice, in English, that naming could not be loaded, and opens the panel on « Try again »', async () => {
    const networkBack = dropModule(/\/src\/delegation\/local-admin-actions\.(js|ts)/);
    const el = await render(html`<habil-delegation lang="en"></habil-delegation>`);
    button(el, '#new-local-admin').click();
    await noticeSays(el, 'This part of the page could not be loaded.');
    expect(shadow(el).querySelector('habil-person-picker')).to.equal(null);
    expect(button(el, '#new-local-admin').getAttribute('aria-expanded')).to.equal('false');

    networkBack();
    retryButton(shadow(el).querySelector('habil-alert[part~="notice"]')!).click();
    await waitUntil(() => shadow(el).querySelector('#flow-heading'), 'the panel never opened after « Try again »', { timeout: 4000 });
    expect(text(shadow(el).querySelector('#flow-heading'))).to.equal('Delegation');
    expect(text(shadow(el).querySelector('#flow'))).to.include('You are signed in as a local administrator.');
    expect(noticeText(el), 'what said the code could not be loaded goes once it came').to.equal('');
  });

  it('shows a section loaded on demand in English in an English page', async () => {
    const el = await fixture<HabilDelegation>(html`<habil-delegation lang="en"></habil-delegation>`);
    await waitUntil(() => tab(el, 'all-local-admins'), 'the tabs never showed', { timeout: 4000 });
    tab(el, 'all-local-admins')!.click();
    await waitUntil(() => heading(el) === 'All local administrators', 'the tab never opened', { timeout: 4000 });
    await settled(el);
    expect(hints(el)).to.include('The local administrators of every organisme, read-only: to know whom to contact in an organisme.');
    expect(headers(table(el))).to.deep.equal(['Organisme', 'Last name', 'First name', 'E-mail', 'Phone', 'Since', 'Named by']);
    const filter = shadow(el).querySelector<HabilField>('habil-field')!;
    await waitUntil(() => filter.options.length > 0, 'the organismes of the filter never came', { timeout: 4000 });
    expect(text(shadow(filter).querySelector('option'))).to.equal('All organismes');
    await expect(el).to.be.accessible();
  });
});
