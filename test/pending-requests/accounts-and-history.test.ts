/**
 * `<habil-pending-requests>`: account creation requests (R3, R7, R8) and the history of
 * decisions with its filters.
 */
import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { Me } from '../../src/domain/index.js';
import type { AccountRequestDecidedDetail, HabilPendingRequests } from '../../src/pending-requests/define.js';
import { useReferenceServer } from '../support/api.js';
import { recordEvents } from '../ui/support.js';
import { announced, caption, cells, confirm, confirmDialog, decideButton, dialogOpened, dialogPart, emptyMessage, field, headers, noticeText, recordingClient, refuseWith, render, rowOf, rows, rowsBecome, settled, shadow, tab, table, text, typeInto } from './support.js';

const server = useReferenceServer();

async function showTab(el: HabilPendingRequests, name: 'history' | 'accounts'): Promise<void> {
  tab(el, name)!.click();
  await el.updateComplete;
  await settled(el);
}

function viewChoice(el: HabilPendingRequests, label: string): HTMLInputElement {
  const choice = [...shadow(el).querySelectorAll('[part~="view-switch"] label')].find((l) => text(l) === label)!;
  return choice.querySelector('input')!;
}

describe('habil-pending-requests: account creation requests', () => {
  it('lists the sign-up requests of my organisme with the submitted fields and the external-account flag (R3, R8)', async () => {
    const el = await render(html`<habil-pending-requests tab="accounts"></habil-pending-requests>`);
    expect(caption(el)).to.equal('Demandes de création de compte : En cours');
    expect(headers(el)).to.deep.equal([
      'Civilité',
      'Nom',
      'Prénom',
      'E-mail professionnel',
      'Compte externe',
      'Organisme',
      'Date de la demande',
      'Action',
    ]);
    // dcc-3 (CAF DE LA MEUSE, no local administrator) goes to UCANSS, not here.
    expect(rows(el).map((row) => cells(row).slice(0, 5))).to.deep.equal([
      ['Mme', 'PETIT-JEAN', 'Agnès', 'agnes.petitjean@cabinet-audit.fr', "Oui Adresse hors des domaines de l'Institution"],
      ['M.', 'HOUARI', 'Yanis', 'y.houari@lassuranceretraite.fr', 'Non'],
    ]);
    await expect(el).to.be.accessible();

    server().actAs('admin-ucanss');
    const ucanss = await render(html`<habil-pending-requests tab="accounts"></habil-pending-requests>`);
    expect(rows(ucanss).map((row) => cells(row)[1])).to.deep.equal(['LECLERC']);
  });

  it('accepting creates the account and says so; the host learns the new account', async () => {
    const el = await render(html`<habil-pending-requests tab="accounts"></habil-pending-requests>`);
    const decided = recordEvents<CustomEvent<AccountRequestDecidedDetail>>(el, 'habil-account-request-decided');
    decideButton(rowOf(el, 'PETIT-JEAN'), 'accept').click();
    const dialog = await dialogOpened(confirmDialog(el));
    expect(text(dialog.querySelector('h2'))).to.equal("Créer le compte d'Agnès PETIT-JEAN ?");
    expect(text(dialogPart(confirmDialog(el), 'message'))).to.contain("Compte externe : la personne a déclaré ne pas travailler pour l'Institution");
    expect(text(dialogPart(confirmDialog(el), 'confirm-button'))).to.equal('Créer le compte');
    await confirm(el);

    await announced(el, "Compte d'Agnès PETIT-JEAN créé (identifiant agnes.petitjean@cabinet-audit.fr).");
    const account = server().store.findAccountByEmail('agnes.petitjean@cabinet-audit.fr')!;
    expect(account).to.include({ nom: 'PETIT-JEAN', prenom: 'Agnès', organismeId: 'carsat-am', status: 'actif' });
    expect(decided.map((e) => [e.detail.request.id, e.detail.decision, e.detail.accountId])).to.deep.equal([['dcc-2', 'accept', account.id]]);
    // The row says so in place of its buttons until the list is read again.
    await waitUntil(() => rowOf(el, 'PETIT-JEAN').querySelector('[part~="decided"]'), 'the row does not say it was decided');
    expect(text(rowOf(el, 'PETIT-JEAN').querySelector('[part~="decided"]'))).to.equal('Acceptée');
    expect(decideButton(rowOf(el, 'PETIT-JEAN'), 'accept')).to.equal(null);
    // The count is reloaded by its own request.
    await waitUntil(() => el.pendingCount === 6, `the count stayed at ${el.pendingCount}`, { timeout: 5000 });
    viewChoice(el, 'Historique').click();
    await settled(el);
    viewChoice(el, 'En cours').click();
    await rowsBecome(el, (shown) => shown.length === 1 && !text(shown[0]).includes('PETIT-JEAN'), 'the request stayed in the list');
  });

  it('refuses with a reason, and the history of account requests shows it', async () => {
    const el = await render(html`<habil-pending-requests tab="accounts"></habil-pending-requests>`);
    decideButton(rowOf(el, 'HOUARI'), 'refuse').click();
    await refuseWith(el, 'Adresse à confirmer par le service RH.');
    await announced(el, 'Demande de compte de Yanis HOUARI refusée.');
    expect(server().store.accountRequests.get('dcc-1')).to.include({ status: 'refusee', reason: 'Adresse à confirmer par le service RH.' });
    expect(server().store.findAccountByEmail('y.houari@lassuranceretraite.fr')).to.equal(undefined);

    viewChoice(el, 'Historique').click();
    await el.updateComplete;
    await rowsBecome(el, (shown) => shown.length === 1, 'no account history');
    expect(el.accountView).to.equal('history');
    expect(caption(el)).to.equal('Demandes de création de compte : Historique');
    const houari = cells(rows(el)[0]!);
    expect(houari[0]).to.equal('HOUARI Yanis y.houari@lassuranceretraite.fr');
    expect(houari.slice(3, 5)).to.deep.equal(['Refusée', 'Émilie BENGA']);
    expect(houari[6]).to.equal('Adresse à confirmer par le service RH.');
    await expect(el).to.be.accessible();
  });

  it('explains why an account cannot be created when the address is taken (R7), and keeps the request', async () => {
    server().store.addAccount({
      id: 'acc-houari',
      identifier: 'y.houari@lassuranceretraite.fr',
      nom: 'HOUARI',
      prenom: 'Yanis',
      emailPro: 'y.houari@lassuranceretraite.fr',
      organismeId: 'carsat-am',
      add: false,
      status: 'actif',
      space: 'ucanss',
      createdAt: '2025-06-01T08:00:00.000Z',
    });
    const el = await render(html`<habil-pending-requests tab="accounts"></habil-pending-requests>`);
    decideButton(rowOf(el, 'HOUARI'), 'accept').click();
    await confirm(el);
    await waitUntil(() => noticeText(el).includes('existe déjà'), 'no duplicate-email message');
    expect(noticeText(el)).to.contain('Un compte existe déjà avec cette adresse e-mail professionnelle.');
    expect(noticeText(el)).to.contain("La demande de compte de Yanis HOUARI n'a pas été traitée.");
    expect(shadow(shadow(el).querySelector('[part~="notice"]')!).querySelector('[part="retry-button"]')).to.equal(null);
    expect(rows(el).some((row) => text(row).includes('HOUARI'))).to.equal(true);
    expect(server().store.accountRequests.get('dcc-1')!.status).to.equal('en_attente');
    await expect(el).to.be.accessible();
  });

  it('has no account requests tab when the server does not let the person decide them', async () => {
    const { client } = recordingClient((name, _args, send) =>
      name === 'getMe'
        ? send().then((me) => ({ ...(me as Me), actions: (me as Me).actions.filter((action) => action !== 'decide-account-requests') }))
        : undefined,
    );
    const el = await render(html`<habil-pending-requests tab="accounts" .client=${client}></habil-pending-requests>`);
    expect(tab(el, 'accounts')).to.equal(null);
    expect(tab(el, 'pending')!.getAttribute('aria-selected')).to.equal('true');
    expect(rows(el)).to.have.length(5);
    expect(el.pendingCount).to.equal(5);
  });
});

describe('habil-pending-requests: history', () => {
  it('lists decisions latest first, with the status, who decided, when and why', async () => {
    const el = await render(html`<habil-pending-requests tab="history"></habil-pending-requests>`);
    const sortedBy = [...shadow(table(el)).querySelectorAll('thead th')].find((th) => th.getAttribute('aria-sort'))!;
    expect([text(sortedBy), sortedBy.getAttribute('aria-sort')]).to.deep.equal(['Date de la décision', 'descending']);
    const shown = rows(el).map((row) => cells(row));
    expect(shown.map((row) => row[0]!.split(' ').slice(0, 2).join(' '))).to.deep.equal(['WEBER Thomas', 'DONA Carole']);
    expect(shown[0]!.slice(4, 6)).to.deep.equal(['Refusée', 'Émilie BENGA']);
    expect(shown[0]![7]).to.equal('Le rôle est réservé au service immobilier du siège.');
    expect(shown[1]!.slice(3, 6)).to.deep.equal(['03/12/2024', 'Acceptée tacitement', 'Délai de 10 jours écoulé']);
    const status = rowOf(el, 'DONA Carole').querySelector('[part~="status"]')!;
    expect(status.querySelector('svg[part="status-icon"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows at once a decision just made in « En cours »', async () => {
    const el = await render();
    decideButton(rowOf(el, 'AHOVA Emma'), 'refuse').click();
    await refuseWith(el, 'Déjà couvert par le service juridique.');
    await announced(el, "Demande d'Emma AHOVA refusée");
    await showTab(el, 'history');
    const latest = cells(rows(el)[0]!);
    expect(latest[0]).to.contain('AHOVA Emma');
    expect([latest[4], latest[5], latest[7]]).to.deep.equal(['Refusée', 'Émilie BENGA', 'Déjà couvert par le service juridique.']);
  });

  it('filters by status and by days of decision, and keeps an impossible range as typed, with its error', async () => {
    const el = await render(html`<habil-pending-requests tab="history"></habil-pending-requests>`);
    await typeInto(field(el, 'Statut'), 'acceptee_tacitement');
    await rowsBecome(el, (shown) => shown.length === 1, 'status filter not applied');
    expect(cells(rows(el)[0]!)[0]).to.contain('DONA Carole');

    await typeInto(field(el, 'Statut'), '');
    await typeInto(field(el, 'Décidée du'), '2025-01-01');
    await rowsBecome(el, (shown) => shown.length === 1 && text(shown[0]).includes('WEBER'), 'date filter not applied');

    await typeInto(field(el, 'au'), '2024-12-31');
    await el.updateComplete;
    expect(field(el, 'au').error).to.equal('La date de fin doit suivre la date de début.');
    expect(field(el, 'au').value).to.equal('2024-12-31');
    expect(rows(el)).to.have.length(1);
    await expect(el).to.be.accessible();

    await typeInto(field(el, 'Décidée du'), '2024-12-01');
    await rowsBecome(el, (shown) => shown.length === 1 && text(shown[0]).includes('DONA'), 'range not applied once valid');
    expect(field(el, 'au').error).to.equal('');

    await typeInto(field(el, 'Statut'), 'refusee');
    await rowsBecome(el, (shown) => shown.length === 0, 'no empty result');
    expect(emptyMessage(el)).to.equal('Aucune demande traitée ne correspond à ces critères.');
  });

  it('speaks English, with the statuses of the domain', async () => {
    const el = await render(html`<habil-pending-requests lang="en" tab="history"></habil-pending-requests>`);
    expect(headers(el)).to.deep.equal(['Name First name E-mail', 'Organisme', 'Role requested', 'Request date', 'Status', 'Decided by', 'Decision date', 'Reason']);
    expect(cells(rowOf(el, 'DONA Carole')).slice(3, 6)).to.deep.equal(['2024-12-03', 'Tacitly accepted', '10-day deadline passed']);
    expect(field(el, 'Status').options.map((o) => o.label)).to.deep.equal(['Accepted', 'Refused', 'Tacitly accepted']);
  });
});
