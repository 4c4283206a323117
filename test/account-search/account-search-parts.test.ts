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
import {
  $,
  alertText,
  bulkButton,
  field,
  menu,
  menuLabels,
  rowButton,
  rowNames,
  searchWidget,
  selectionText,
  selectRows,
  typeInto,
  until,
  untilDeactivationOpen,
  untilSettled,
} from './account-search-helpers.js';

// One worker for the file: the reference server, and the modules a test makes fail.
const worker = setupWorker();

before(() => worker.start({ quiet: true, onUnhandledFrame: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
beforeEach(() => worker.resetHandlers(...createReferenceServer(DEFAULTS).handlers));
after(() => worker.stop());

/** The module at `path` (under src/account-search) cannot be fetched, until the test says otherwise. */
function offline(path: string): { back: () => void; failures: () => number } {
  let down = true;
  let failures = 0;
  worker.use(
    http.get(new RegExp(`/src/account-search/${path}\\.(ts|js)`), () => {
      if (!down) return undefined;
      failures += 1;
      return HttpResponse.error();
    }),
  );
  return { back: () => void (down = false), failures: () => failures };
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

  it('a bulk action whose code could not be loaded says so, in French and English, keeps the selection, and asks its question when asked again', async () => {
    const network = offline('bulk-questions');
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    selectRows(el, ['DONA Carole', 'WEBER Thomas']);
    await el.updateComplete;
    expect(selectionText(el)).to.equal('2 comptes sélectionnés.');

    bulkButton(el, 'Désactiver').click();
    await until(() => alertText(el, 'action-alert').includes('Chargement impossible'), 'the failure was not said');
    expect(alertText(el, 'action-alert')).to.contain("Cette partie de la page n'a pas pu être chargée.");
    expect(selectionText(el)).to.equal('2 comptes sélectionnés.');
    // Asked for when the rows were selected, and for the click: not again and again while the network is down.
    await el.updateComplete;
    expect(network.failures()).to.be.within(1, 2);

    el.lang = 'en';
    await afterAttributeChange(el);
    await until(() => alertText(el, 'action-alert').includes('Could not load'), 'the failure was not said in English');
    expect(selectionText(el)).to.equal('2 accounts selected.');

    network.back();
    bulkButton(el, 'Deactivate').click();
    const dialog = await untilDeactivationOpen(el);
    expect(dialog.shadowRoot!.textContent).to.contain('2');
    expect(selectionText(el)).to.equal('2 accounts selected.');
  });
});
