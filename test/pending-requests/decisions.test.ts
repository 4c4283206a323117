/**
 * `<habil-pending-requests>`: accepting and refusing, one request or a selection; decisions
 * are final and applied once (R5), a selection reports request by request (R10).
 */
import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { NetworkError } from '../../src/client/errors.js';
import type { PendingCountDetail, RequestDecidedDetail } from '../../src/pending-requests/define.js';
import type { HabilPendingRequests } from '../../src/pending-requests/define.js';
import { api, expectOk, useReferenceServer } from '../support/api.js';
import { focusedElement, press, recordEvents, tabTo } from '../ui/support.js';
import { announced, confirm, confirmDialog, decideButton, dialogOpened, dialogPart, holdingClient, notice, noticeText, recordingClient, refusalDialog, refuseWith, render, rowOf, rows, rowsBecome, settled, shadow, tab, table, text } from './support.js';

const server = useReferenceServer();

const decisionsOf = (requestId: string) =>
  server().store.history.filter((entry) => entry.targetId === requestId && (entry.action === 'request.accepted' || entry.action === 'request.refused'));

/** Pierre Raymond, the director, decides first, on the server. */
async function directorDecides(requestId: string, decision: 'accept' | 'refuse') {
  server().actAs('director-carsat');
  expectOk(await api('POST', `/access-requests/${requestId}/decision`, { body: { decision } }));
  server().actAs('admin-carsat');
}

function bulkButton(el: HabilPendingRequests, label: string): HTMLButtonElement {
  return [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="bulk-actions"] button')].find((b) => text(b) === label)!;
}

function selectAllBox(el: HabilPendingRequests): HTMLInputElement {
  return shadow(table(el)).querySelector<HTMLInputElement>('[part~="select-all"]')!;
}

function report(el: HabilPendingRequests): Element | null {
  return shadow(el).querySelector('[part~="report"]');
}

/** The report's lines as read, without their ✓ ✗ – marks (hidden from screen readers). */
function reportLines(el: HabilPendingRequests): string[] {
  return [...report(el)!.querySelectorAll('li')].map((li) => text(li).replace(/^[✓✗–] /, ''));
}

describe('habil-pending-requests: one decision', () => {
  it('accepts after confirmation: the role is granted, a live region says so, the row says « Acceptée » until the list is read again, the host is told', async () => {
    const el = await render();
    const decided = recordEvents<CustomEvent<RequestDecidedDetail>>(el, 'habil-request-decided');
    const counts = recordEvents<CustomEvent<PendingCountDetail>>(el, 'habil-pending-count');
    expect(el.pendingCount).to.equal(7);

    decideButton(rowOf(el, 'LIVING Coralie'), 'accept').click();
    const dialog = await dialogOpened(confirmDialog(el));
    expect(text(dialog.querySelector('h2'))).to.equal('Accepter la demande de Coralie LIVING ?');
    expect(text(dialogPart(confirmDialog(el), 'message'))).to.contain("« Droits d'accès au site ucanss.fr » (Espace Organismes du site ucanss.fr)");
    await confirm(el);

    await announced(el, "Demande de Coralie LIVING acceptée : Droits d'accès au site ucanss.fr");
    expect(text(rowOf(el, 'LIVING Coralie').querySelector('[part~="decided"]'))).to.equal('Acceptée');
    expect(rowOf(el, 'LIVING Coralie').querySelector('button, input')).to.equal(null);
    expect(server().store.accessRequests.get('dem-guide-1')!.status).to.equal('acceptee');
    expect(server().store.hasDirectGrant('c-living', 'acces-site')).to.equal(true);
    expect(decided).to.have.length(1);
    expect(decided[0]!.detail.decision).to.equal('accept');
    expect(decided[0]!.detail.request.id).to.equal('dem-guide-1');
    expect(decided[0]!.detail).not.to.have.property('reason');
    expect(decided[0]!.bubbles && decided[0]!.composed).to.equal(true);
    await waitUntil(() => counts.length > 0, 'no new count');
    expect(counts.at(-1)!.detail).to.deep.equal({ count: 6, accessRequests: 4, accountRequests: 2 });
    expect(el.pendingCount).to.equal(6);
    expect(text(tab(el, 'pending'))).to.equal('En cours 4 (4 en attente)');
    await expect(el).to.be.accessible();
    tab(el, 'history')!.click();
    await settled(el);
    tab(el, 'pending')!.click();
    await rowsBecome(el, (shown) => shown.length === 4 && !shown.some((row) => text(row).includes('LIVING Coralie')), 'the list was not read again');
  });

  it('refuses with the reason typed in the dialog, which the server keeps', async () => {
    const el = await render();
    const decided = recordEvents<CustomEvent<RequestDecidedDetail>>(el, 'habil-request-decided');
    decideButton(rowOf(el, 'WEBER Thomas'), 'refuse').click();
    const dialog = await dialogOpened(refusalDialog(el));
    expect(text(dialog.querySelector('h2'))).to.equal('Refuser la demande de Thomas WEBER ?');
    const reason = dialogPart(refusalDialog(el), 'reason') as HTMLTextAreaElement;
    expect(reason.maxLength).to.equal(500);
    reason.value = 'Le recensement est fait par le service achats.';
    reason.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await refusalDialog(el).updateComplete;
    expect(text(dialogPart(refusalDialog(el), 'count'))).to.equal('46 / 500 caractères');
    await expect(refusalDialog(el)).to.be.accessible();
    dialogPart(refusalDialog(el), 'confirm-button').click();

    await announced(el, 'Demande de Thomas WEBER refusée : Recensement des marchés - Saisie');
    const request = server().store.accessRequests.get('dem-2')!;
    expect(request.status).to.equal('refusee');
    expect(request.reason).to.equal('Le recensement est fait par le service achats.');
    expect(server().store.hasDirectGrant('t-weber', 'marches-saisie')).to.equal(false);
    expect(decided.map((e) => [e.detail.decision, e.detail.reason])).to.deep.equal([['refuse', 'Le recensement est fait par le service achats.']]);
  });

  it('sends nothing when the refusal is cancelled, and gives focus back to the button', async () => {
    const el = await render();
    const historyBefore = server().store.history.length;
    const refuse = decideButton(rowOf(el, 'WEBER Thomas'), 'refuse');
    refuse.focus();
    refuse.click();
    await dialogOpened(refusalDialog(el));
    expect(focusedElement()).to.equal(dialogPart(refusalDialog(el), 'reason'));
    await press('Escape');
    await waitUntil(() => focusedElement() === refuse, 'focus did not come back to « Refuser »');
    expect(server().store.history.length).to.equal(historyBefore);
    expect(server().store.accessRequests.get('dem-2')!.status).to.equal('en_attente');
  });

  it('works with the keyboard alone: Tab to « Accepter », Enter, Tab to confirm, Enter; focus lands on the decided row’s status', async () => {
    const el = await render();
    const accept = decideButton(rowOf(el, 'LIVING Coralie'), 'accept');
    await tabTo(accept, 40);
    await press('Enter');
    await dialogOpened(confirmDialog(el));
    // « La décision est définitive »: the dialog starts on the safe choice.
    expect(focusedElement()).to.equal(dialogPart(confirmDialog(el), 'cancel-button'));
    await press('Tab');
    expect(focusedElement()).to.equal(dialogPart(confirmDialog(el), 'confirm-button'));
    await press('Enter');
    await announced(el, 'Demande de Coralie LIVING acceptée');
    expect(server().store.accessRequests.get('dem-guide-1')!.status).to.equal('acceptee');
    await waitUntil(() => focusedElement()?.getAttribute('data-decided-id') === 'dem-guide-1', 'focus did not land on the decided row');
    expect(text(focusedElement())).to.equal('Acceptée');
    expect(rowOf(el, 'LIVING Coralie').contains(focusedElement())).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('never decides twice, nor for another person, however often Enter is pressed from a row’s « Accepter »', async () => {
    const el = await render();
    const accept = decideButton(rowOf(el, 'LIVING Coralie'), 'accept');
    await tabTo(accept, 40);
    for (let i = 0; i < 4; i += 1) {
      await press('Enter');
      const native = shadow(confirmDialog(el)).querySelector('dialog')!;
      await waitUntil(() => native.open === (i % 2 === 0), `the dialog did not ${i % 2 === 0 ? 'open' : 'close'} on Enter ${i + 1}`);
      if (i % 2 === 1) expect(focusedElement()).to.equal(accept);
    }
    expect(decisionsOf('dem-guide-1')).to.have.length(0);
    expect([...server().store.accessRequests.values()].filter((r) => r.status === 'acceptee' && r.decidedBy === 'e-benga')).to.have.length(0);

    // Decided on purpose (Tab to « Accepter » in the dialog), then Enter again and again on where focus landed.
    await press('Enter');
    await dialogOpened(confirmDialog(el));
    await press('Tab');
    await press('Enter');
    await waitUntil(() => focusedElement()?.getAttribute('data-decided-id') === 'dem-guide-1', 'focus did not land on the decided row');
    for (let i = 0; i < 4; i += 1) await press('Enter');
    await el.updateComplete;
    expect(shadow(confirmDialog(el)).querySelector('dialog')!.open).to.equal(false);
    expect(shadow(refusalDialog(el)).querySelector('dialog')!.open).to.equal(false);
    expect(decisionsOf('dem-guide-1')).to.have.length(1);
    const decidedByMe = [...server().store.accessRequests.values()].filter((r) => r.decidedBy === 'e-benga' && r.status === 'acceptee');
    expect(decidedByMe.map((r) => r.id)).to.deep.equal(['dem-guide-1']);
    expect(server().store.accessRequests.get('dem-2')!.status).to.equal('en_attente');
  });
});

describe('habil-pending-requests: decisions are final and applied once (R5)', () => {
  it('says who decided first and when, and takes the request out of the list', async () => {
    const el = await render();
    const decided = recordEvents(el, 'habil-request-decided');
    await directorDecides('dem-guide-1', 'refuse');
    decideButton(rowOf(el, 'LIVING Coralie'), 'accept').click();
    await confirm(el);
    await waitUntil(() => noticeText(el).includes('déjà'), 'no conflict message');
    // The time is the user's: 10:00 in Paris, 08:00 on a machine set to UTC.
    expect(noticeText(el)).to.match(
      /^Demande déjà traitée La demande de Coralie LIVING \(Droits d'accès au site ucanss\.fr\) a déjà été traitée par Pierre RAYMOND le 02\/06\/2025 \d\d:00\. La décision est définitive ; la demande a quitté la liste\.$/,
    );
    expect(notice(el).getAttribute('variant')).to.equal('warning');
    await rowsBecome(el, (shown) => shown.length === 4 && !shown.some((row) => text(row).includes('LIVING Coralie')), 'the request stayed');
    expect(server().store.accessRequests.get('dem-guide-1')!.status).to.equal('refusee');
    expect(server().store.hasDirectGrant('c-living', 'acces-site')).to.equal(false);
    expect(decided).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('says when the 10 days ran out while the list was open (tacit acceptance)', async () => {
    const el = await render();
    server().clock.advanceDays(2);
    decideButton(rowOf(el, 'DONA Carole'), 'refuse').click();
    await refuseWith(el, '');
    await waitUntil(() => noticeText(el).includes('tacitement'), 'no tacit message');
    expect(noticeText(el)).to.contain('La demande de Carole DONA (EGAP_ Guide Paie Accès Lecteur) a été acceptée tacitement le 04/06/2025');
  });

  it('sends a retried decision with the same idempotency key: a lost answer never grants twice', async () => {
    let loseNextAnswer = true;
    const { client, calls } = recordingClient((name, _args, send) => {
      if (name !== 'decideAccessRequest' || !loseNextAnswer) return undefined;
      loseNextAnswer = false;
      // The server applies the decision, but the answer never reaches the page.
      return send().then(() => Promise.reject(new NetworkError('connection reset')));
    });
    const el = await render(html`<habil-pending-requests .client=${client}></habil-pending-requests>`);
    const decided = recordEvents(el, 'habil-request-decided');
    decideButton(rowOf(el, 'LIVING Coralie'), 'accept').click();
    await confirm(el);
    await waitUntil(() => shadow(notice(el)).querySelector('[part="retry-button"]'), 'no retry offered');
    expect(noticeText(el)).to.contain("La demande de Coralie LIVING (Droits d'accès au site ucanss.fr) n'a pas été traitée.");
    expect(noticeText(el)).to.contain('Serveur injoignable');
    await expect(el).to.be.accessible();

    (shadow(notice(el)).querySelector('[part="retry-button"]') as HTMLButtonElement).click();
    await announced(el, 'Demande de Coralie LIVING acceptée');
    const keys = calls.filter((c) => c.name === 'decideAccessRequest').map((c) => (c.args as { idempotencyKey: string }).idempotencyKey);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.be.a('string').and.not.equal('');
    expect(keys[1]).to.equal(keys[0]);
    expect(decisionsOf('dem-guide-1')).to.have.length(1);
    expect(decided).to.have.length(1);
  });

  it('disables the row’s buttons while its decision is on its way: a second click sends nothing', async () => {
    const { client, calls, release } = holdingClient('decideAccessRequest');
    const el = await render(html`<habil-pending-requests .client=${client}></habil-pending-requests>`);
    decideButton(rowOf(el, 'LIVING Coralie'), 'accept').click();
    await confirm(el);
    await waitUntil(() => decideButton(rowOf(el, 'LIVING Coralie'), 'accept').getAttribute('aria-disabled') === 'true', 'the button stayed enabled');
    expect(decideButton(rowOf(el, 'LIVING Coralie'), 'refuse').getAttribute('aria-disabled')).to.equal('true');
    decideButton(rowOf(el, 'LIVING Coralie'), 'accept').click();
    decideButton(rowOf(el, 'LIVING Coralie'), 'accept').click();
    await el.updateComplete;
    expect(shadow(confirmDialog(el)).querySelector('dialog')!.open).to.equal(false);
    release();
    await announced(el, 'Demande de Coralie LIVING acceptée');
    expect(calls.filter((c) => c.name === 'decideAccessRequest')).to.have.length(1);
    expect(decisionsOf('dem-guide-1')).to.have.length(1);
  });
});

describe('habil-pending-requests: decisions on a selection (R10)', () => {
  it('accepts the selected requests, with progress and a result per request naming who was decided elsewhere', async () => {
    const el = await render();
    const decided = recordEvents<CustomEvent<RequestDecidedDetail>>(el, 'habil-request-decided');
    selectAllBox(el).click();
    await el.updateComplete;
    expect(text(shadow(el).querySelector('.selection-count'))).to.equal('Tout : les 5 demandes du résultat sont sélectionnées');
    // Meanwhile, the director refuses Thomas Weber's request, in the middle of the list.
    await directorDecides('dem-2', 'refuse');
    bulkButton(el, 'Accepter la sélection').click();
    const dialog = await dialogOpened(confirmDialog(el));
    expect(text(dialog.querySelector('h2'))).to.equal('Accepter 5 demandes ?');
    await confirm(el);

    await announced(el, '4 demandes acceptées, 1 non traitée par le serveur.');
    const progress = report(el)!.querySelector('progress')!;
    expect([progress.value, progress.max]).to.deep.equal([5, 5]);
    expect(text(report(el)!.querySelector('label'))).to.equal('Traitement : 5 sur 5');
    const lines = reportLines(el);
    expect(lines).to.have.length(5);
    expect(lines).to.include("Coralie LIVING – Droits d'accès au site ucanss.fr : acceptée");
    expect(lines.find((line) => line.startsWith('Thomas WEBER'))).to.match(
      /^Thomas WEBER – Recensement des marchés - Saisie : non traitée La demande de Thomas WEBER \(Recensement des marchés - Saisie\) a déjà été traitée par Pierre RAYMOND le 02\/06\/2025 \d\d:00\./,
    );
    expect(decided.map((e) => e.detail.request.id).sort()).to.deep.equal(['dem-1', 'dem-3', 'dem-4', 'dem-guide-1']);
    expect(server().store.accessRequests.get('dem-2')!.status).to.equal('refusee');
    expect(server().store.hasDirectGrant('t-weber', 'marches-saisie')).to.equal(false);
    await rowsBecome(el, (shown) => shown.length === 0, 'decided requests stayed in the list');
    expect(selectAllBox(el).checked).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('refuses every request of the result with « Tout », pages not loaded included, in chunks', async () => {
    const people = ['c-living', 'c-dona', 'e-ahova', 't-weber', 'h-schneider', 'l-dartagnan'];
    const roles = ['contentieux-organisme', 'elections-deposant', 'conseil-energie-lecteur', 'annonces-immo-redacteur', 'opim-organisme'];
    for (let i = 0; i < 30; i += 1) {
      const id = `dem-extra-${i}`;
      server().store.accessRequests.set(id, {
        id,
        requesterId: people[i % people.length]!,
        roleId: roles[Math.floor(i / people.length)]!,
        approval: 'local',
        requestedAt: '2025-06-01T08:00:00.000Z',
        status: 'en_attente',
        version: 1,
      });
    }
    const { client, calls } = recordingClient();
    const el = await render(html`<habil-pending-requests .client=${client}></habil-pending-requests>`);
    expect(rows(el)).to.have.length(25);
    selectAllBox(el).click();
    await el.updateComplete;
    expect(text(shadow(el).querySelector('.selection-count'))).to.equal('Tout : les 35 demandes du résultat sont sélectionnées');
    bulkButton(el, 'Refuser la sélection').click();
    const dialog = await dialogOpened(refusalDialog(el));
    expect(text(dialog.querySelector('h2'))).to.equal('Refuser 35 demandes ?');
    await refuseWith(el, 'Campagne close.');

    await announced(el, '35 demandes refusées.');
    const chunks = calls.filter((c) => c.name === 'decideAccessRequests');
    expect(chunks.map((c) => (c.args as { body: { items: unknown[] } }).body.items.length)).to.deep.equal([20, 15]);
    const keys = chunks.map((c) => (c.args as { idempotencyKey: string }).idempotencyKey);
    expect(new Set(keys).size).to.equal(2);
    const refused = [...server().store.accessRequests.values()].filter((r) => r.status === 'refusee' && r.decidedBy === 'e-benga');
    expect(refused).to.have.length(35 + 1); // and dem-h5, refused by Émilie Benga in the seed
    expect(server().store.accessRequests.get('dem-extra-29')!.reason).to.equal('Campagne close.');
    await rowsBecome(el, (shown) => shown.length === 0, 'refused requests stayed in the list');
  });

  it('reports the requests not sent when sending stops, and resumes with the same chunk keys', async () => {
    let failNext = true;
    const { client, calls } = recordingClient((name) => {
      if (name !== 'decideAccessRequests' || !failNext) return undefined;
      failNext = false;
      return Promise.reject(new NetworkError('offline'));
    });
    const el = await render(html`<habil-pending-requests .client=${client}></habil-pending-requests>`);
    selectAllBox(el).click();
    await el.updateComplete;
    bulkButton(el, 'Accepter la sélection').click();
    await confirm(el);
    await announced(el, '0 demande acceptée, 5 non envoyées.');
    expect(reportLines(el).map((line) => line.split(' : ')[1])).to.deep.equal(Array(5).fill('non envoyée'));
    const resume = shadow(report(el)!.querySelector('habil-alert')!).querySelector<HTMLButtonElement>('[part="retry-button"]')!;
    expect(text(resume)).to.equal('Reprendre l’envoi');
    expect(text(report(el)!.querySelector('habil-alert'))).to.contain('toujours en attente');
    await expect(el).to.be.accessible();
    resume.click();
    await announced(el, '5 demandes acceptées.');
    const keys = calls.filter((c) => c.name === 'decideAccessRequests').map((c) => (c.args as { idempotencyKey: string }).idempotencyKey);
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
  });
});
