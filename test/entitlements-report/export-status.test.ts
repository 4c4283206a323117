/**
 * `<habil-entitlements-report>`: what the last export came to is about the filters it was made
 * with — it goes when they change, or says that the file holds the earlier ones — and the files
 * say « Aucun rôle » (« No role ») where the screen does.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { html } from 'lit';
import { useReferenceServer } from '../support/api.js';
import {
  exportFile,
  field,
  holdingPage,
  names,
  pdfText,
  readWorkbook,
  render,
  rowOf,
  serverReport,
  shadow,
  show,
  statusMessage,
  text,
  typeInto,
} from './support.js';

// About 1,300 persons at CARSAT ALSACE-MOSELLE, a third of them without a role.
useReferenceServer({ generatedAccounts: 6000 });

const inFrench = (count: number) => new Intl.NumberFormat('fr-FR').format(count).replace(/\s/g, ' ');

describe('habil-entitlements-report: what the last export says', () => {
  it('takes the message of the last export away when the filters change', async () => {
    const el = await render();
    await typeInto(field(el, 'nom'), 'schneider-k');
    await show(el);
    const exported = await exportFile(el, 'export-excel');
    await waitUntil(() => statusMessage(el) === `Fichier ${exported.fileName} créé (1 personne).`, statusMessage(el));

    // The same filters shown again: the message still describes the table.
    await show(el);
    expect(statusMessage(el)).to.equal(`Fichier ${exported.fileName} créé (1 personne).`);

    await typeInto(field(el, 'nom'), 'benga');
    await show(el);
    expect(names(el)).to.deep.equal(['Émilie BENGA']);
    await waitUntil(() => statusMessage(el) === '', `the message stayed: ${statusMessage(el)}`);
    expect(shadow(el).querySelector('habil-live-region')!.classList.contains('announced'), 'its box is gone too').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('says that a file finished after the filters changed holds the result of the earlier ones', async function () {
    const { client, releases } = holdingPage(2);
    const el = await render(html`<habil-entitlements-report .client=${client}></habil-entitlements-report>`);
    const total = (await serverReport('')).length;
    const file = exportFile(el, 'export-excel');
    await waitUntil(() => releases.length === 1, 'the second page was never asked for');
    await typeInto(field(el, 'nom'), 'schneider-k');
    await show(el);
    expect(names(el)).to.deep.equal(['Hélène SCHNEIDER-KLEIN']);
    releases[0]!();
    const exported = await file;
    expect(exported.rows, 'the file holds what was asked for').to.equal(total);
    await waitUntil(
      () => statusMessage(el) === `Fichier ${exported.fileName} créé (${inFrench(total)} personnes) selon les critères d’avant leur changement.`,
      statusMessage(el),
    );
  });

  it('writes « Aucun rôle » in the PDF and the Excel file, as the screen does', async function () {
    const el = await render();
    const nobody = (await serverReport('')).find((person) => person.roles.length === 0)!;
    await typeInto(field(el, 'email'), nobody.emailPro);
    await show(el);
    expect(text(rowOf(el, nobody.emailPro).querySelector('[part~="no-role"]'))).to.equal('Aucun rôle');

    const pdf = await exportFile(el, 'export-pdf');
    const [page] = (await pdfText(pdf.blob)).map((words) => words.replace(/\s+/g, ' '));
    expect(page).to.contain(`${nobody.nom} ${nobody.prenom}`);
    expect(page).to.contain('Non Aucun rôle');

    const xlsx = await exportFile(el, 'export-excel');
    const [, ...rows] = await readWorkbook(xlsx.blob, 1);
    expect(rows.find((row) => row[2] === nobody.emailPro)?.[5]).to.equal('Aucun rôle');
  });

  it('writes « No role » in English', async function () {
    const el = await render(html`<habil-entitlements-report lang="en"></habil-entitlements-report>`);
    const nobody = (await serverReport('')).find((person) => person.roles.length === 0)!;
    await typeInto(field(el, 'email'), nobody.emailPro);
    await show(el);
    expect(text(rowOf(el, nobody.emailPro).querySelector('[part~="no-role"]'))).to.equal('No role');
    const xlsx = await exportFile(el, 'export-excel');
    const [, ...rows] = await readWorkbook(xlsx.blob, 1);
    expect(rows.find((row) => row[2] === nobody.emailPro)?.[5]).to.equal('No role');
    const pdf = await exportFile(el, 'export-pdf');
    expect((await pdfText(pdf.blob))[0]!.replace(/\s+/g, ' ')).to.contain('No No role');
  });
});
