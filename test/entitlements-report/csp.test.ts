/**
 * `<habil-entitlements-report>` in a page whose Content-Security-Policy refuses workers
 * (`worker-src 'none'`): the widget says so, in French and in English, and builds the file in
 * the page — never a hang, never both buttons stuck — with « Annuler » still answering. The
 * Excel file needs no worker of write-excel-file's zip library either (no `blob:` worker).
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { ReportExportedDetail } from '../../src/entitlements-report/define.js';
import { useReferenceServer } from '../support/api.js';
import { recordEvents } from '../ui/support.js';
import { button, buildPercentages, exportFile, exportNotice, ownBlob, pdfText, progressLabel, readWorkbook, recordProgress, refuseWorkers, render, renderInCspFrame, serverReport, shadow, statusMessage, WORKER_URL } from './support.js';

// About 1,300 persons at CARSAT ALSACE-MOSELLE: the workbook's files are well over the 160 kB
// from which write-excel-file's zip library would start workers of its own.
useReferenceServer({ generatedAccounts: 6000 });

describe('habil-entitlements-report: a page that refuses workers', () => {
  it('says that the browser refused the worker, and still makes the Excel file, in the page', async function () {
    const { el, violations } = await renderInCspFrame();
    const people = await serverReport('');
    const progress = recordProgress(el);
    const exported = await exportFile(el, 'export-excel');

    expect(exportNotice(el)).to.equal(
      'Le navigateur refuse de lancer l’export en arrière-plan (Web Worker) sur cette page : le fichier est créé dans la page, plus lentement.',
    );
    // The export worker was refused, and nothing else was tried: no `blob:` worker.
    expect(violations).to.deep.equal([`worker-src ${WORKER_URL}`]);
    expect(buildPercentages(progress).at(-1)).to.equal(100);
    const [header, ...rows] = await readWorkbook(await ownBlob(exported.blob), 1);
    expect(header).to.deep.equal(['Nom', 'Prénom', 'Email', 'Fonction', 'ADD', 'Rôles']);
    expect(rows.map((row) => row[2])).to.deep.equal(people.map((person) => person.emailPro));
    await waitUntil(() => statusMessage(el).includes(exported.fileName), 'never said the file was created');
    expect(button(el, 'export-excel').getAttribute('aria-disabled')).to.equal('false');
    expect(button(el, 'export-pdf').getAttribute('aria-disabled')).to.equal('false');
  });

  it('says so too when starting the worker throws (a script of another origin), and the page stays accessible', async function () {
    refuseWorkers();
    const el = await render();
    const exported = await exportFile(el, 'export-excel');
    expect(exportNotice(el)).to.contain('Le navigateur refuse de lancer l’export en arrière-plan (Web Worker)');
    expect(exported.rows).to.equal((await serverReport('')).length);
    const [, ...rows] = await readWorkbook(exported.blob, 1);
    expect(rows).to.have.length(exported.rows);
    await waitUntil(() => statusMessage(el).includes(exported.fileName), 'never said the file was created');
    await expect(el).to.be.accessible();
  });

  it('in English: says so, answers « Cancel » while the PDF is made in the page, then makes it', async function () {
    this.timeout(60_000);
    const { el } = await renderInCspFrame('en');
    const exported = recordEvents<CustomEvent<ReportExportedDetail>>(el, 'habil-report-exported');
    el.addEventListener('habil-report-exported', (event) => event.preventDefault());
    button(el, 'export-pdf').click();
    await waitUntil(() => /Creating the file… [1-9]\d?%/.test(progressLabel(el)), `the file was never being made: ${progressLabel(el)}`);
    expect(exportNotice(el)).to.equal(
      'The browser refuses to run the export in the background (Web Worker) on this page: the file is created in the page, more slowly.',
    );
    // The page answers between two slices of the file: the click is taken, and the build stops.
    button(el, 'cancel-button').click();
    await waitUntil(() => statusMessage(el) === 'Export cancelled: no file was created.', statusMessage(el));
    expect(shadow(el).querySelector('[part~="progress-panel"]')).to.equal(null);
    expect(shadow(el).activeElement).to.equal(button(el, 'export-pdf'));

    const detail = await exportFile(el, 'export-pdf');
    expect(exported.map((event) => event.detail.format), 'only the export that was not cancelled').to.deep.equal(['pdf']);
    const pages = (await pdfText(await ownBlob(detail.blob))).map((page) => page.replace(/\s+/g, ' '));
    expect(pages.length).to.be.greaterThan(20);
    expect(pages[0]).to.contain('Entitlements report – CARSAT ALSACE-MOSELLE');
    expect(pages.join(' ')).to.contain('No role');
    await waitUntil(() => statusMessage(el).includes(detail.fileName), 'never said the file was created');
  });
});
