/**
 * `<habil-pending-requests>`: what a screen reader hears and what the counters say once
 * something happened — the outcome of a decision first and alone (the reload that follows it
 * says nothing), a sort in words, the sorted column marked from the start, and counts that
 * follow the data (tacit acceptance, R4; other administrators' decisions).
 */
import { expect, html } from '@open-wc/testing';
import type { HabilPendingRequests, PendingCountDetail } from '../../src/pending-requests/define.js';
import { api, expectOk, useReferenceServer } from '../support/api.js';
import { recordSpoken } from '../support/speech.js';
import { waitUntil } from '../support/wait.js';
import { recordEvents } from '../ui/support.js';
import { announced, confirm, decideButton, liveRegion, noticeText, render, rowOf, rows, rowsBecome, settled, shadow, tab, table, text } from './support.js';

const server = useReferenceServer();

/** Every text the widget's live regions come to hold from now on: its outcome, the table's status, the selection count. */
const recordSpeech = (el: HabilPendingRequests) =>
  recordSpoken([
    ['outcome', shadow(liveRegion(el)).querySelector('[part="region"]')],
    ['table', shadow(table(el)).querySelector('[role="status"]')],
    ['selection', shadow(el).querySelector('.selection-spoken')],
  ] as const);

function tableStatus(el: HabilPendingRequests): string {
  return text(shadow(table(el)).querySelector('[role="status"]'));
}

function sortButton(el: HabilPendingRequests, header: string): HTMLButtonElement {
  const th = [...shadow(table(el)).querySelectorAll('thead th')].find((cell) => text(cell) === header)!;
  return th.querySelector('button')!;
}

function sortedColumn(el: HabilPendingRequests): [string, string | null] {
  const th = [...shadow(table(el)).querySelectorAll('thead th')].find((cell) => cell.hasAttribute('aria-sort'));
  return th ? [text(th), th.getAttribute('aria-sort')] : ['', null];
}

describe('habil-pending-requests: the outcome is said first, and the reload says nothing', () => {
  it('after a decision, the live region says the outcome and nothing else is spoken', async () => {
    const el = await render();
    const { spoken, stop } = recordSpeech(el);
    decideButton(rowOf(el, 'LIVING Coralie'), 'accept').click();
    await confirm(el);
    await announced(el, "Demande de Coralie LIVING acceptée : Droits d'accès au site ucanss.fr");
    await waitUntil(() => el.pendingCount === 6, 'the counts were not read again');
    await settled(el);
    stop();
    expect(spoken).to.deep.equal([{ from: 'outcome', text: "Demande de Coralie LIVING acceptée : Droits d'accès au site ucanss.fr" }]);
  });

  it('after a decision on a selection, the summary comes first and the table says nothing of its reload', async () => {
    const el = await render();
    for (const words of ['LIVING Coralie', 'WEBER Thomas']) rowOf(el, words).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await el.updateComplete;
    const statusBefore = tableStatus(el);
    expect(statusBefore).to.equal('Lignes 1 à 5 sur 5, page 1 sur 1.');
    const { spoken, stop } = recordSpeech(el);
    [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="bulk-actions"] button')].find((b) => text(b) === 'Accepter la sélection')!.click();
    await confirm(el);
    await announced(el, '2 demandes acceptées.');
    await rowsBecome(el, (shown) => shown.length === 3, 'the list was not read again');
    await settled(el);
    stop();
    expect(spoken[0]).to.deep.equal({ from: 'outcome', text: '2 demandes acceptées.' });
    expect(spoken.filter((s) => s.from === 'table')).to.deep.equal([]);
    // The selection the decision emptied is shown (« Aucune demande sélectionnée »), not spoken after the summary.
    expect(spoken.filter((s) => s.from === 'selection')).to.deep.equal([]);
    expect(text(shadow(el).querySelector('.selection-count'))).to.equal('Aucune demande sélectionnée');
    // Neither « Chargement des résultats… » nor « Lignes 1 à 3 sur 3 »: the region was emptied, silently.
    expect(tableStatus(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('says the count when the user changes the selection, and only then', async () => {
    const el = await render();
    const { spoken, stop } = recordSpeech(el);
    rowOf(el, 'LIVING Coralie').querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await el.updateComplete;
    rowOf(el, 'WEBER Thomas').querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await el.updateComplete;
    stop();
    expect(spoken.filter((s) => s.from === 'selection')).to.deep.equal([
      { from: 'selection', text: '1 demande sélectionnée' },
      { from: 'selection', text: '2 demandes sélectionnées' },
    ]);
    // Read once: the count shown is hidden while its live copy holds the same words.
    expect(shadow(el).querySelector('.selection-count')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('when someone decided first, the notice explains and the reload of the list is quiet', async () => {
    const el = await render();
    server().actAs('director-carsat');
    expectOk(await api('POST', '/access-requests/dem-guide-1/decision', { body: { decision: 'refuse' } }));
    server().actAs('admin-carsat');
    const { spoken, stop } = recordSpeech(el);
    decideButton(rowOf(el, 'LIVING Coralie'), 'accept').click();
    await confirm(el);
    await waitUntil(() => noticeText(el).includes('Pierre RAYMOND'), 'no conflict message');
    await rowsBecome(el, (shown) => shown.length === 4, 'the list was not read again');
    await settled(el);
    stop();
    expect(spoken.filter((s) => s.from === 'table')).to.deep.equal([]);
  });

  it('says what a sort did, and nothing of the rows reloaded in the new order', async () => {
    const el = await render();
    const { spoken, stop } = recordSpeech(el);
    sortButton(el, 'Rôle concerné').click();
    await rowsBecome(el, (shown) => text(shown[0]?.querySelector('th')).startsWith('AHOVA'), 'not sorted by role');
    await settled(el);
    expect(tableStatus(el)).to.equal('Trié par Rôle concerné, ordre croissant.');
    sortButton(el, 'Rôle concerné').click();
    await rowsBecome(el, (shown) => text(shown[0]?.querySelector('th')).startsWith('WEBER'), 'not sorted by role, descending');
    await settled(el);
    stop();
    expect(spoken).to.deep.equal([
      { from: 'table', text: 'Trié par Rôle concerné, ordre croissant.' },
      { from: 'table', text: 'Trié par Rôle concerné, ordre décroissant.' },
    ]);
  });

  it('says the sort in English on an English page', async () => {
    const el = await render(html`<habil-pending-requests lang="en"></habil-pending-requests>`);
    sortButton(el, 'Role requested').click();
    await rowsBecome(el, (shown) => text(shown[0]?.querySelector('th')).startsWith('AHOVA'), 'not sorted by role');
    await settled(el);
    expect(tableStatus(el)).to.equal('Sorted by Role requested, ascending.');
  });

  it('marks the column each list is sorted by with aria-sort before any click', async () => {
    const el = await render();
    expect(sortedColumn(el)).to.deep.equal(['Date de la demande', 'ascending']);
    tab(el, 'history')!.click();
    await settled(el);
    expect(sortedColumn(el)).to.deep.equal(['Date de la décision', 'descending']);
    tab(el, 'accounts')!.click();
    await settled(el);
    expect(sortedColumn(el)).to.deep.equal(['Date de la demande', 'ascending']);
  });
});

describe('habil-pending-requests: the counters follow the data', () => {
  it('after tacit acceptance (R4), the tab and the count for a badge read what the lists read', async () => {
    const el = await render();
    const counts = recordEvents<CustomEvent<PendingCountDetail>>(el, 'habil-pending-count');
    expect(text(tab(el, 'pending'))).to.equal('En cours 5 (5 en attente)');
    expect(el.pendingCount).to.equal(7);

    // Eleven days later, with the widget still open: the history shows the tacit acceptances…
    server().clock.advanceDays(11);
    tab(el, 'history')!.click();
    await settled(el);
    await waitUntil(() => el.pendingCount === 2, `the count stayed at ${el.pendingCount}`);
    expect(text(tab(el, 'pending'))).to.equal('En cours');
    expect(text(tab(el, 'accounts'))).to.equal('Demandes de création de compte 2 (2 en attente)');
    expect(counts.at(-1)!.detail).to.deep.equal({ count: 2, accessRequests: 0, accountRequests: 2 });

    // … and « En cours » is empty, as its tab says.
    tab(el, 'pending')!.click();
    await rowsBecome(el, (shown) => shown.length === 0, 'the requests accepted tacitly stayed in « En cours »');
    expect(text(tab(el, 'pending'))).to.equal('En cours');
    await expect(el).to.be.accessible();
  });

  it('after another administrator decided, as soon as the pending list is read again', async () => {
    const el = await render();
    server().actAs('director-carsat');
    for (const id of ['dem-2', 'dem-3']) expectOk(await api('POST', `/access-requests/${id}/decision`, { body: { decision: 'accept' } }));
    server().actAs('admin-carsat');
    sortButton(el, 'Rôle concerné').click();
    await rowsBecome(el, (shown) => shown.length === 3, 'the list was not read again');
    await waitUntil(() => el.pendingCount === 5, `the count stayed at ${el.pendingCount}`);
    expect(text(tab(el, 'pending'))).to.equal('En cours 3 (3 en attente)');
  });

  it('a decision made here lowers the counts at once, the decided row staying in view with its status', async () => {
    const el = await render();
    decideButton(rowOf(el, 'WEBER Thomas'), 'accept').click();
    await confirm(el);
    await waitUntil(() => el.pendingCount === 6, `the count stayed at ${el.pendingCount}`);
    expect(text(tab(el, 'pending'))).to.equal('En cours 4 (4 en attente)');
    expect(rows(el)).to.have.length(5);
    expect(text(rowOf(el, 'WEBER Thomas').querySelector('[part~="decided"]'))).to.equal('Acceptée');
    // The decided row is not offered for the actions on the selection any more.
    expect(rowOf(el, 'WEBER Thomas').querySelector('input[type="checkbox"]')).to.equal(null);
    shadow(table(el)).querySelector<HTMLInputElement>('[part~="select-all"]')!.click();
    await el.updateComplete;
    expect(text(shadow(el).querySelector('.selection-count'))).to.equal('Tout : les 4 demandes du résultat sont sélectionnées');
  });
});
