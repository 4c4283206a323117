/**
 * `<habil-entitlements-report>` builds its files off the page: in the export worker, with the
 * progress of the file, « Annuler » terminating the worker at once; the PDF laid out in slices
 * that read as one table (its head on top of every page, never in the middle of one).
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { html } from 'lit';
import type { ReportExportedDetail } from '../../src/entitlements-report/define.js';
import { useReferenceServer } from '../support/api.js';
import { recordEvents } from '../ui/support.js';
import { button, buildPercentages, exportFile, exportNotice, pdfText, progressLabel, readWorkbook, recordProgress, recordWorkers, render, serverReport, shadow, statusMessage, WORKER_URL } from './support.js';

// About 1,300 persons at CARSAT ALSACE-MOSELLE: a PDF of some sixty pages.
useReferenceServer({ generatedAccounts: 6000 });

describe('habil-entitlements-report: the export worker', () => {
  it('builds the PDF in the export worker, showing how much of the file is made, one table over every page', async function () {
    const workers = recordWorkers();
    const el = await render();
    const people = await serverReport('');
    const progress = recordProgress(el);
    const file = exportFile(el, 'export-pdf');
    await waitUntil(() => progressLabel(el).includes('Création du fichier…'), 'the file was never being made');
    await expect(el).to.be.accessible();
    const exported = await file;

    expect(workers.map(({ url }) => url)).to.deep.equal([WORKER_URL]);
    expect(workers[0]!.terminated, 'the worker is let go once the file is there').to.equal(true);
    expect(exportNotice(el), 'built in the worker, nothing to say').to.equal('');
    // The bar counted the persons read, then the part of the file made, up to its end.
    const percentages = buildPercentages(progress);
    expect(percentages.some((percent) => percent > 0 && percent < 100), `the file's progress: ${percentages.join(', ')}`).to.equal(true);
    expect([...percentages].sort((a, b) => a - b), 'it only goes forward').to.deep.equal(percentages);
    const building = progress.filter(({ label }) => label.includes('Création du fichier'));
    expect(building.every(({ max }) => max === 100)).to.equal(true);
    const total = new Intl.NumberFormat('fr-FR').format(people.length).replace(/\s/g, ' ');
    expect(progress[0]!.label).to.equal(`500 / ${total} personnes`);
    await waitUntil(() => statusMessage(el).includes(exported.fileName), 'never said the file was created');

    const pages = (await pdfText(exported.blob)).map((page) => page.replace(/\s+/g, ' '));
    expect(pages.length, 'pages').to.be.greaterThan(20);
    // The head of the table tops every page, once: the slices the file was made in do not show.
    for (const [index, page] of pages.entries()) {
      expect(page.split('Nom Prénom Email Fonction ADD Rôles').length - 1, `heads on page ${index + 1}`).to.equal(1);
    }
    // A long e-mail wraps in its cell: the reader gets it in pieces.
    const whole = pages.join('').replace(/\s+/g, '');
    const missing = people.filter((person) => !whole.includes(person.emailPro)).map((person) => person.emailPro);
    expect(missing, 'persons missing from the PDF').to.deep.equal([]);
    expect(pages.at(-1)).to.contain(`Page ${pages.length} / ${pages.length}`);
    expect(pages[0]).to.contain(`Édité le 02/06/2025 – ${total} personnes`);
  });

  it('stops at « Annuler » while the file is made: the worker is terminated at once, no file, and the next export runs', async function () {
    const workers = recordWorkers();
    const el = await render(html`<habil-entitlements-report></habil-entitlements-report>`);
    const exported = recordEvents<CustomEvent<ReportExportedDetail>>(el, 'habil-report-exported');
    el.addEventListener('habil-report-exported', (event) => event.preventDefault());
    button(el, 'export-pdf').click();
    await waitUntil(() => progressLabel(el).includes('Création du fichier…'), 'the file was never being made');
    button(el, 'cancel-button').click();
    expect(workers.map(({ terminated }) => terminated), 'terminated by the click').to.deep.equal([true]);
    await waitUntil(() => statusMessage(el) === 'Export annulé : aucun fichier n’a été créé.', statusMessage(el));
    expect(shadow(el).querySelector('[part~="progress-panel"]')).to.equal(null);
    expect(shadow(el).activeElement).to.equal(button(el, 'export-pdf'));
    expect(button(el, 'export-pdf').getAttribute('aria-disabled')).to.equal('false');
    expect(button(el, 'export-excel').getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();

    // Nothing is left running: the next export starts its own worker and brings its file.
    button(el, 'export-excel').click();
    await waitUntil(() => exported.length === 1, 'the next export never came', { timeout: 20_000 });
    expect(exported.map((event) => event.detail.format)).to.deep.equal(['xlsx']);
    expect(workers).to.have.length(2);
    const [, ...rows] = await readWorkbook(exported[0]!.detail.blob, 1);
    expect(rows).to.have.length(exported[0]!.detail.rows);
  });
});
