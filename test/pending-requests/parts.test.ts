/**
 * `<habil-pending-requests>` loads up front what its first screen (« En cours ») shows; the
 * decisions (with their dialogs) and the other tabs load when first needed, with their words and
 * styles. A part whose code cannot be loaded says so, in French and in English, and is loaded
 * again on « Réessayer »; what the user was doing stays.
 *
 * A module loaded once stays for the page: each test drops a module no earlier test loaded.
 */
import { expect, html } from '@open-wc/testing';
import { press } from '../ui/support.js';
import { retryButton } from '../support/dom.js';
import { moduleNetwork } from '../support/module-network.js';
import { waitUntil } from '../support/wait.js';
import { alertText } from '../support/speech.js';
import { announced, decideButton, dialogOpened, dialogPart, noticeText, refusalDialog, refuseWith, render, rowOf, settled, shadow, tab, table, text } from './support.js';

const network = moduleNetwork();
const { dropModule } = network;


describe('habil-pending-requests: parts loaded on demand', () => {
  it('says in the notice when the decisions cannot be loaded, and refuses on « Réessayer » with the reason typed', async () => {
    const networkBack = dropModule(/\/src\/pending-requests\/decisions\.(js|ts)/);
    const el = await render();
    decideButton(rowOf(el, 'WEBER Thomas'), 'refuse').click();
    await waitUntil(() => noticeText(el).includes("Cette partie de la page n'a pas pu être chargée."), 'the notice never said the decisions could not be loaded');
    const notice = shadow(el).querySelector('habil-alert[part~="notice"]')!;
    expect(text(retryButton(notice)), 'no decision was sent: nothing to send again').to.equal('Réessayer');
    expect(network.server.store.accessRequests.get('dem-2')!.status).to.equal('en_attente');
    await expect(el).to.be.accessible();

    networkBack();
    retryButton(notice).click();
    await refuseWith(el, 'Le recensement est fait par le service achats.');
    await announced(el, 'Demande de Thomas WEBER refusée : Recensement des marchés - Saisie');
    expect(network.server.store.accessRequests.get('dem-2')!.reason).to.equal('Le recensement est fait par le service achats.');
    expect(noticeText(el), 'what said the code could not be loaded goes once it came').to.equal('');
  });

  it('says in English when the history cannot be loaded, and shows it on « Try again »', async () => {
    const networkBack = dropModule(/\/src\/pending-requests\/secondary-tabs\.(js|ts)/);
    const el = await render(html`<habil-pending-requests lang="en"></habil-pending-requests>`);
    tab(el, 'history')!.click();
    const panel = () => shadow(el).querySelector('#panel-history')!;
    await waitUntil(() => panel().querySelector('habil-alert.filled'), 'the panel never said the history could not be loaded');
    const alert = panel().querySelector('habil-alert.filled')!;
    expect(alertText(alert)).to.include('This part of the page could not be loaded.');
    expect(text(retryButton(alert))).to.equal('Try again');
    await expect(el).to.be.accessible();

    networkBack();
    retryButton(alert).click();
    await waitUntil(() => text(panel().querySelector('h2')) === 'Access requests: history', 'the history never showed after « Try again »');
    await settled(el);
    expect(table(el).rows.length).to.be.greaterThan(0);
  });

  it('asks in English to refuse, with the words of the refusal dialog, and sends nothing on « Cancel »', async () => {
    const el = await render(html`<habil-pending-requests lang="en"></habil-pending-requests>`);
    decideButton(rowOf(el, 'WEBER Thomas'), 'refuse').click();
    const dialog = await dialogOpened(refusalDialog(el));
    expect(text(dialog.querySelector('h2'))).to.equal('Refuse the request of Thomas WEBER?');
    expect(text(dialog.querySelector('label'))).to.equal('Reason for refusal (optional)');
    expect(text(dialogPart(refusalDialog(el), 'count'))).to.equal('0 / 500 characters');
    expect(text(dialogPart(refusalDialog(el), 'cancel-button'))).to.equal('Cancel');
    expect(text(dialogPart(refusalDialog(el), 'confirm-button'))).to.equal('Refuse');
    await expect(refusalDialog(el)).to.be.accessible();
    await press('Escape');
    await waitUntil(() => !dialog.open, 'the dialog never closed');
    expect(network.server.store.accessRequests.get('dem-2')!.status).to.equal('en_attente');
  });
});
