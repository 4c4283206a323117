/**
 * `<habil-entitlements-report>` exports: every page of the filtered result in the .xlsx (read
 * back) and in the PDF (its text extracted), progress, cancel, and the libraries loaded only
 * when an export is asked for.
 */
import { retryButton } from '../support/dom.js';
import { expect, nextFrame } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { html } from 'lit';
import { ProblemError } from '../../src/client/errors.js';
import type { ReportExportedDetail } from '../../src/entitlements-report/define.js';
import { useReferenceServer } from '../support/api.js';
import { recordEvents } from '../ui/support.js';
import { addChoice, button, exportFile, field, loadedModules, pdfText, readWorkbook, render, serverReport, shadow, show, holdingPage, recordingClient, reportPage, staticImports, statusMessage, text, typeInto } from './support.js';

// About 1,300 persons at CARSAT ALSACE-MOSELLE: three pages of 500 for an export.
useReferenceServer({ generatedAccounts: 6000 });

describe('habil-entitlements-report: exports', () => {
  // First of the file: no export has run in this page yet.
  it('loads the export libraries only when an export is asked for, in the export worker', async function () {
    // The first export of the page loads jsPDF and write-excel-file through the test server, cold.
    const graph = await staticImports('/src/entitlements-report/define.ts');
    expect(graph.some((url) => url.includes('/src/ui/data-table/')), 'the graph is followed').to.equal(true);
    expect(graph.filter((url) => /jspdf|write-excel-file|fflate/.test(url)), 'imported statically').to.deep.equal([]);
    // The worker loads the library of the format asked for, with import(), and nothing else.
    const worker = await staticImports('/src/entitlements-report/export-worker.ts');
    expect(worker.some((url) => url.includes('/src/entitlements-report/report-data')), 'the graph is followed').to.equal(true);
    expect(worker.filter((url) => /jspdf|write-excel-file|fflate|\/lit|\/ui\//.test(url)), 'imported statically by the worker').to.deep.equal([]);
    const el = await render();
    expect(loadedModules('export-worker.js'), 'before the first export').to.deep.equal([]);
    expect(loadedModules('write-excel-file'), 'before the first export').to.deep.equal([]);
    expect(loadedModules('jspdf'), 'before the first export').to.deep.equal([]);
    await exportFile(el, 'export-excel');
    expect(loadedModules('export-worker.js')).not.to.deep.equal([]);
    // Built off the page: the page itself never loads the libraries.
    expect(loadedModules('write-excel-file'), 'loaded by the page').to.deep.equal([]);
    expect(loadedModules('jspdf'), 'loaded by the page').to.deep.equal([]);
    const pdf = await exportFile(el, 'export-pdf');
    expect(pdf.blob.type).to.equal('application/pdf');
    expect(loadedModules('jspdf'), 'loaded by the page').to.deep.equal([]);
  });

  it('exports to Excel every page of the filtered result, one row per person, with a header', async () => {
    const el = await render();
    addChoice(el, 'sans').click();
    await show(el);
    const expected = await serverReport('add=false');
    expect(expected.length, 'more than two pages of 500').to.be.greaterThan(1000);
    expect(expected.some((person) => person.roles.length === 0), 'some persons have no role').to.equal(true);

    const exported = await exportFile(el, 'export-excel');
    expect(exported.format).to.equal('xlsx');
    expect(exported.fileName).to.equal('etat-des-habilitations-CARSAT-ALSACE-MOSELLE-2025-06-02.xlsx');
    expect(exported.rows).to.equal(expected.length);
    const [header, ...people] = await readWorkbook(exported.blob, 1);
    expect(header).to.deep.equal(['Nom', 'Prénom', 'Email', 'Fonction', 'ADD', 'Rôles']);
    expect(people).to.deep.equal(
      expected.map((person) => [
        person.nom,
        person.prenom,
        person.emailPro,
        person.fonction ?? null,
        'Non',
        // As on screen: « Aucun rôle » for a person with an account and no role.
        person.roles.length ? person.roles.map((role) => `${role.applicationName} : ${role.roleLabel}`).join('\n') : 'Aucun rôle',
      ]),
    );
    const criteria = await readWorkbook(exported.blob, 2);
    expect(criteria).to.deep.include.members([
      ['Organisme', 'CARSAT ALSACE-MOSELLE'],
      ['Édité le', '02/06/2025'],
      ['Personnes', expected.length],
      ['Critères', 'Sans ADD'],
    ]);
  });

  it('exports to PDF the title, the filters, the date, the persons with their roles and the page numbers', async () => {
    const el = await render();
    await typeInto(field(el, 'nom'), 'schneider-k');
    await show(el);
    const exported = await exportFile(el, 'export-pdf');
    expect(exported.fileName).to.equal('etat-des-habilitations-CARSAT-ALSACE-MOSELLE-2025-06-02.pdf');
    expect(exported.blob.type).to.equal('application/pdf');
    const [first, ...others] = await pdfText(exported.blob);
    expect(others).to.deep.equal([]);
    expect(first).to.contain('État des habilitations – CARSAT ALSACE-MOSELLE');
    expect(first).to.contain('Critères : Nom commençant par « schneider-k »');
    expect(first).to.contain('Édité le 02/06/2025');
    expect(first).to.contain('SCHNEIDER-KLEIN');
    expect(first).to.contain('Hélène');
    expect(first).to.contain('Élections professionnelles : Elections Professionnelles - Déposant Organisme');
    expect(first).to.contain('Page 1 / 1');
  });

  it('shows "n / total personnes" while it reads the pages, and says when the file is ready', async () => {
    const { client, releases } = holdingPage(2);
    const el = await render(html`<habil-entitlements-report .client=${client}></habil-entitlements-report>`);
    const total = (await serverReport('')).length;
    const exported = exportFile(el, 'export-excel');
    await waitUntil(() => releases.length === 1, 'the second page was never asked for');
    await el.updateComplete;
    const panel = shadow(el).querySelector('[part~="progress-panel"]');
    const totalInFrench = new Intl.NumberFormat('fr-FR').format(total).replace(/\s/g, ' ');
    expect(text(panel)).to.equal(`Export Excel en cours 500 / ${totalInFrench} personnes Annuler`);
    const progress = shadow(el).querySelector<HTMLProgressElement>('progress')!;
    expect([progress.value, progress.max]).to.deep.equal([500, total]);
    expect(button(el, 'export-excel').getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    releases[0]!();
    const detail = await exported;
    expect(detail.rows).to.equal(total);
    await waitUntil(() => statusMessage(el).includes(detail.fileName), 'never said the file was created');
    expect(shadow(el).querySelector('[part~="progress-panel"]')).to.equal(null);
  });

  it('stops at Cancel: no more pages, no file, and the focus back on the export button', async () => {
    const { client, calls, releases, answered } = holdingPage(2);
    const el = await render(html`<habil-entitlements-report .client=${client}></habil-entitlements-report>`);
    let exported = false;
    el.addEventListener('habil-report-exported', () => (exported = true));
    button(el, 'export-pdf').click();
    await waitUntil(() => releases.length === 1, 'the second page was never asked for');
    await el.updateComplete;
    button(el, 'cancel-button').click();
    await waitUntil(() => statusMessage(el) === 'Export annulé : aucun fichier n’a été créé.', statusMessage(el));
    releases[0]!();
    // The held page's answer reaches the widget; whatever it would do next has been done by the next frame.
    await waitUntil(() => answered.length === 1, 'the held page was never answered');
    await nextFrame();
    expect(calls.map(({ name, args }) => reportPage(name, args)).filter((page) => page !== undefined && page > 1)).to.deep.equal([2]);
    expect(exported).to.equal(false);
    expect(shadow(el).querySelector('[part~="progress-panel"]')).to.equal(null);
    expect(shadow(el).activeElement).to.equal(button(el, 'export-pdf'));
    expect(button(el, 'export-pdf').getAttribute('aria-disabled')).to.equal('false');
  });

  it("says why an export failed, and exports again on retry", async () => {
    let failures = 1;
    const { client } = recordingClient((name, args) =>
      reportPage(name, args) === 2 && failures-- > 0
        ? Promise.reject(ProblemError.fromResponse(503, { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'Maintenance du service jusqu’à 10 h 30.' }))
        : undefined,
    );
    const el = await render(html`<habil-entitlements-report .client=${client}></habil-entitlements-report>`);
    const exported = recordEvents<CustomEvent<ReportExportedDetail>>(el, 'habil-report-exported');
    el.addEventListener('habil-report-exported', (event) => event.preventDefault());
    button(el, 'export-excel').click();
    const alert = () => shadow(el).querySelector('[part~="exports"] habil-alert');
    await waitUntil(alert, 'no failure shown', { timeout: 4000 });
    expect(`${text(shadow(alert()!).querySelector('[part="base"]'))}`).to.contain("L'export n'a pas abouti").and.to.contain('Maintenance du service jusqu’à 10 h 30.');
    expect(exported).to.have.length(0);
    await expect(el).to.be.accessible();
    retryButton(alert()!).click();
    await waitUntil(() => exported.length === 1, 'the retry never exported', { timeout: 5000 });
    expect(exported[0]!.detail.format).to.equal('xlsx');
    expect(alert()).to.equal(null);
  });

  it('names the file and the document in English', async () => {
    const el = await render(html`<habil-entitlements-report lang="en"></habil-entitlements-report>`);
    await typeInto(field(el, 'nom'), 'schneider-k');
    await show(el);
    const exported = await exportFile(el, 'export-excel');
    expect(exported.fileName).to.equal('entitlements-report-CARSAT-ALSACE-MOSELLE-2025-06-02.xlsx');
    const [header, hélène] = await readWorkbook(exported.blob, 1);
    expect(header).to.deep.equal(['Last name', 'First name', 'E-mail', 'Job title', 'ADD', 'Roles']);
    expect(hélène!.slice(0, 5)).to.deep.equal(['SCHNEIDER-KLEIN', 'Hélène', 'h.schneider-klein@lassuranceretraite.fr', 'Chargée de mission RH', 'No']);
    await waitUntil(() => statusMessage(el) === 'File entitlements-report-CARSAT-ALSACE-MOSELLE-2025-06-02.xlsx created (1 person).', statusMessage(el));
  });
});
