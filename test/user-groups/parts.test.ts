/**
 * `<habil-user-groups>` loads up front its list of groups; a group's page and the editing of a
 * group load when first needed, with their words. A part whose code cannot be loaded says so,
 * in French and in English, and comes on « Réessayer »; the user stays where he was.
 */
import { expect, html } from '@open-wc/testing';
import { DEFAULTS } from '../support/api.js';
import { moduleNetwork } from '../support/module-network.js';
import { waitUntil } from '../support/wait.js';
import { alertsText, button, formShown, render, rowButton, shadow, text } from './support.js';

const { dropModule, holdModule } = moduleNetwork({ ...DEFAULTS, persona: 'partner-admin' });

function retryButton(el: Element): HTMLButtonElement {
  const notice = shadow(el).querySelector('habil-alert[part~="notice"]')!;
  return shadow(notice).querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
}

const noticeSays = (el: Element, words: string) => waitUntil(() => alertsText(el).includes(words), `the notice never said "${words}"`, { timeout: 4000 });

describe('habil-user-groups: parts loaded on demand', () => {
  it('says so when a group’s page cannot be loaded, stays on the list, and opens the page on « Réessayer »', async () => {
    const networkBack = dropModule(/\/src\/user-groups\/group-page-screen\.(js|ts)/);
    const el = await render();
    rowButton(el, 'CDAP T1-NORD', 'details')!.click();
    await noticeSays(el, "Cette partie de la page n'a pas pu être chargée.");
    expect(el.groupId).to.equal('');
    expect(rowButton(el, 'CDAP T1-NORD', 'details')).to.exist;
    await expect(el).to.be.accessible();

    networkBack();
    retryButton(el).click();
    await waitUntil(() => shadow(el).querySelector('#group-heading'), 'the page never opened after « Réessayer »', { timeout: 4000 });
    expect(text(shadow(el).querySelector('#group-heading'))).to.match(/^Groupe CDAP T1-NORD – /);
    expect(alertsText(el), 'what said the page could not be loaded goes once it came').to.equal('');
  });

  it('says « Create a group » is busy while the form is on its way, then in English that it could not be loaded; « Try again » opens it once', async () => {
    const network = holdModule(/\/src\/user-groups\/group-editing\.(js|ts)/);
    const el = await render(html`<habil-user-groups lang="en"></habil-user-groups>`);
    const create = () => button(el, 'Create a group');
    create().click();
    await waitUntil(() => create().getAttribute('aria-disabled') === 'true', '« Create a group » never said it was busy', { timeout: 4000 });
    create().click();

    network.answer(true);
    await noticeSays(el, 'This part of the page could not be loaded.');
    expect(create().hasAttribute('aria-disabled'), 'busy no more').to.equal(false);
    expect(shadow(el).querySelector('habil-group-form')).to.equal(null);
    await expect(el).to.be.accessible();

    network.networkBack();
    retryButton(el).click();
    await formShown(el);
    expect(text(shadow(el).querySelector('#form-heading'))).to.equal('Create a user group');
    expect(shadow(el).querySelectorAll('habil-group-form')).to.have.length(1);
  });

  it('shows a group’s page, loaded on demand, in English in an English page', async () => {
    const el = await render(html`<habil-user-groups lang="en"></habil-user-groups>`);
    rowButton(el, 'CDAP T1-NORD', 'details')!.click();
    await waitUntil(() => shadow(el).querySelector('#group-heading'), 'the page never opened', { timeout: 4000 });
    expect(text(shadow(el).querySelector('#group-heading'))).to.match(/^Group CDAP T1-NORD – /);
    expect(text(shadow(el).querySelector('#tab-members'))).to.match(/^Members \(\d+\)$/);
    expect(text(shadow(el).querySelector('#tab-roles'))).to.match(/^Rights \(\d+\)$/);
    expect(button(el, 'Edit the group')).to.exist;
  });

});
