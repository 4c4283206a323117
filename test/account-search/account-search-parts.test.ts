/**
 * `<habil-account-search>` loads what its first screen does not show when it is first asked for:
 * a part whose code could not come says so, in French and in English, keeps what was typed, and
 * comes when it is asked for again.
 */
import { expect, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/account-search/define.js';
import { createReferenceServer } from '../../mocks/reference-server.js';
import { DEFAULTS } from '../support/api.js';
import { text } from '../support/dom.js';
import { afterAttributeChange } from '../ui/support.js';
import { $, alertText, field, menu, menuLabels, rowButton, rowNames, searchWidget, typeInto, until, untilSettled } from './account-search-helpers.js';

// One worker for the file: the reference server, and the modules a test makes fail.
const worker = setupWorker();

before(() => worker.start({ quiet: true, onUnhandledFrame: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
beforeEach(() => worker.resetHandlers(...createReferenceServer(DEFAULTS).handlers));
after(() => worker.stop());

/** The module at `path` (under src/account-search) cannot be fetched, until the test says otherwise. */
function offline(path: string): { back: () => void } {
  let down = true;
  worker.use(http.get(new RegExp(`/src/account-search/${path}\\.(ts|js)`), () => (down ? HttpResponse.error() : undefined)));
  return { back: () => void (down = false) };
}

describe('habil-account-search: the parts that load on demand', () => {
  it('a row’s menu whose code could not be loaded says so, in French and English, keeps the criteria, and opens when asked again', async () => {
    const network = offline('actions');
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    await typeInto(el, 'nom', 'dona');
    await untilSettled(el);
    expect(rowNames(el)).to.deep.equal(['DONA Carole']);

    rowButton(el, 'DONA Carole').click();
    await until(() => alertText(el, 'action-alert').includes('Chargement impossible'), 'the failure was not said');
    expect(alertText(el, 'action-alert')).to.contain("Cette partie de la page n'a pas pu être chargée.");
    expect(menu(el).matches(':popover-open')).to.equal(false);
    expect(field(el, 'nom').value).to.equal('dona');

    el.lang = 'en';
    await afterAttributeChange(el);
    await until(() => alertText(el, 'action-alert').includes('Could not load'), 'the failure was not said in English');
    expect(alertText(el, 'action-alert')).to.contain('This part of the page could not be loaded.');

    network.back();
    rowButton(el, 'DONA Carole').click();
    await until(() => menu(el).matches(':popover-open') && menuLabels(el).length > 0, 'the menu did not open when asked again');
    expect(menuLabels(el)[0]).to.equal('Details – open the record');
    expect(text($(el, '#row-menu-title'))).to.equal('DONA Carole');
    expect(field(el, 'nom').value).to.equal('dona');
    expect(alertText(el, 'action-alert')).to.equal('');
    await expect(el).to.be.accessible();
  });
});
