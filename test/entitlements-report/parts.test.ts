/**
 * `<habil-entitlements-report>` loads up front its filters, its export buttons and its table; the
 * exports (every page read, their progress, the file) load on the first export. Exports whose
 * code could not be loaded say so, in French and in English, and run on « Relancer l'export ».
 */
import { retryButton } from '../support/dom.js';
import { expect, fixture, html } from '@open-wc/testing';
import type { HabilEntitlementsReport, ReportExportedDetail } from '../../src/entitlements-report/define.js';
import { moduleNetwork } from '../support/module-network.js';
import { waitUntil } from '../support/wait.js';
import { button, settled, shadow, text } from './support.js';

const { dropModule } = moduleNetwork();

const exportsAlert = (el: HabilEntitlementsReport) => shadow(el).querySelector('[part~="exports"] habil-alert.filled');

// First of the file: the exports' code has not been loaded in this page yet.
describe('habil-entitlements-report: the exports loaded on demand', () => {
  it('says so when the exports cannot be loaded, in French and English, and exports on « Relancer l’export »', async () => {
    const networkBack = dropModule(/\/src\/entitlements-report\/export-controller\.(js|ts)/);
    const el = await fixture<HabilEntitlementsReport>(html`<habil-entitlements-report></habil-entitlements-report>`);
    await settled(el);
    button(el, 'export-excel').click();
    await waitUntil(() => exportsAlert(el), 'never said the exports could not be loaded', { timeout: 4000 });
    const alert = exportsAlert(el)!;
    expect(text(shadow(alert).querySelector('[part~="base"]'))).to.include("L'export n'a pas abouti");
    expect(text(shadow(alert).querySelector('[part~="base"]'))).to.include("Cette partie de la page n'a pas pu être chargée.");
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await waitUntil(() => text(shadow(exportsAlert(el)!).querySelector('[part~="base"]')).includes('This part of the page could not be loaded.'), 'never said it in English', {
      timeout: 4000,
    });

    networkBack();
    const exported = new Promise<ReportExportedDetail>((resolve) => {
      el.addEventListener('habil-report-exported', (event) => (event.preventDefault(), resolve(event.detail)), { once: true });
    });
    retryButton(exportsAlert(el)!).click();
    const file = await exported;
    expect(file.format).to.equal('xlsx');
    expect(exportsAlert(el), 'what said the exports could not be loaded goes once they came').to.equal(null);
  });
});
