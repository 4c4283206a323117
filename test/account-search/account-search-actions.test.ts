/**
 * `<habil-account-search>`: the actions of a row, by keyboard and by mouse, each checked in the
 * reference server's state and in the event the host page gets, and the words of each rule
 * (R1 scope, R2 ADD accounts, R6 deactivation, R9 attach, R15 stale write).
 */
import { expect, html } from '@open-wc/testing';
import '../../src/account-search/define.js';
import type { AccountRef, AccountsReactivatedDetail, RoleChangedDetail } from '../../src/account-search/define.js';
import { TODAY, useReferenceServer } from '../support/api.js';
import {
  $,
  alertText,
  answerDeactivation,
  chooseAction,
  confirm,
  confirmPart,
  deactivationText,
  closingDateError,
  deepFocus,
  details,
  hasFocus,
  inTable,
  menu,
  menuItems,
  menuLabels,
  notice,
  offeredRoles,
  openMenu,
  pickRole,
  press,
  rowButton,
  rowNames,
  rowText,
  searchWidget,
  typeInto,
  untilConfirmOpen,
  untilDeactivationOpen,
  untilSettled,
  until,
} from './account-search-helpers.js';

const server = useReferenceServer();
const account = (id: string) => server().store.accounts.get(id)!;
const ref = (id: string): AccountRef => ({ id, identifier: account(id).identifier, name: `${account(id).nom} ${account(id).prenom}` });

describe('habil-account-search: the menu of a row', () => {
  it('works with the keyboard alone: search, open the menu, move, Escape, act, confirm, focus back', async () => {
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    const events = details<AccountsReactivatedDetail>(el, 'habil-account-reactivated');
    await typeInto(el, 'nom', "d'art");
    await press('Enter');
    await untilSettled(el);
    expect(rowNames(el)).to.deep.equal(["D'ARTAGNAN Louis"]);

    const button = rowButton(el, "D'ARTAGNAN Louis");
    for (let i = 0; i < 30 && deepFocus() !== button; i += 1) await press('Tab');
    expect(hasFocus(button)).to.equal(true);
    expect(button.getAttribute('aria-label')).to.equal("Actions pour D'ARTAGNAN Louis");
    expect(button.getAttribute('aria-expanded')).to.equal('false');

    await press('Enter');
    await until(() => menu(el).matches(':popover-open'), 'the menu opened');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(menuLabels(el)).to.deep.equal([
      'Détails – accéder à la fiche',
      'Supprimer un rôle',
      "Consulter l'historique des actions sur le compte",
      'Modifier',
      'Désactiver le compte',
      'Activer le compte',
    ]);
    expect(hasFocus(menuItems(el)[0])).to.equal(true);
    await press('ArrowDown');
    expect(hasFocus(menuItems(el)[1])).to.equal(true);
    await press('ArrowUp');
    await press('ArrowUp');
    expect(hasFocus(menuItems(el)[5])).to.equal(true);
    await expect(el).to.be.accessible();

    await press('Escape');
    expect(menu(el).matches(':popover-open')).to.equal(false);
    expect(hasFocus(button)).to.equal(true);

    await press('Enter');
    await until(() => menu(el).matches(':popover-open'), 'the menu opened again');
    await press('End');
    expect(deepFocus()!.textContent!.trim()).to.equal('Activer le compte');
    await press('Enter');
    await untilConfirmOpen(el);
    expect(confirmPart(el, 'heading').textContent).to.equal("Activer le compte de D'ARTAGNAN Louis ?");
    expect(hasFocus(confirmPart(el, 'confirm-button'))).to.equal(true);
    await press('Enter');

    await until(() => account('l-dartagnan').status === 'actif', 'reactivated on the server');
    await until(() => notice(el) === "Le compte de D'ARTAGNAN Louis est activé.", 'said so');
    expect(events).to.deep.equal([{ accounts: [ref('l-dartagnan')], bulk: false }]);
    await untilSettled(el);
    expect(hasFocus(rowButton(el, "D'ARTAGNAN Louis"))).to.equal(true);
    expect(rowText(el, "D'ARTAGNAN Louis")).to.contain('Actif');
  });

  it('closes when the user clicks elsewhere or tabs away', async () => {
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    await openMenu(el, 'DONA Carole');
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(menu(el).matches(':popover-open')).to.equal(false);

    await openMenu(el, 'DONA Carole');
    menuItems(el)[0]!.focus();
    await press('Tab');
    expect(menu(el).matches(':popover-open')).to.equal(false);
  });

  it('offers only what the account allows: an ADD account is read-only and says why (R2)', async () => {
    const el = await searchWidget(html`<habil-account-search add="true"></habil-account-search>`);
    expect(rowText(el, 'RAYMOND Pierre')).to.contain('Lecture seule : compte ADD');
    expect(inTable(el, '[part~="add-marker"]').map((marker) => marker.textContent!.trim())).to.deep.equal(['ADD', 'ADD']);
    await openMenu(el, 'RAYMOND Pierre');
    expect(menuLabels(el)).to.deep.equal(['Détails – accéder à la fiche', "Consulter l'historique des actions sur le compte"]);
    expect($(el, '.menu-reason').textContent).to.equal(
      "Compte d'Agent de Direction : il est géré par le Référentiel des ADD et ne peut pas être modifié ici. Écrivez à labdd@ucanss.fr.",
    );
    await expect(el).to.be.accessible();
  });
});

describe('habil-account-search: actions on one account', () => {
  it('Détails opens the record, and Historique the changes, newest first', async () => {
    const el = await searchWidget(html`<habil-account-search nom="benga"></habil-account-search>`);
    await chooseAction(el, 'BENGA Émilie', 'Détails – accéder à la fiche');
    await until(() => el.shadowRoot!.querySelector<HTMLDialogElement>('#details-dialog')?.open, 'the record opened');
    const dialog = $<HTMLDialogElement>(el, '#details-dialog');
    expect($(el, '#details-heading').textContent).to.equal('Fiche de BENGA Émilie');
    const part = $<HTMLElement & { account?: { id: string; grants: unknown[] }; history?: { at: string }[]; view: string }>(el, 'habil-account-details');
    await until(() => part.account?.id === 'e-benga', 'the record loaded');
    expect(part.account!.grants.length).to.be.greaterThan(0);
    expect(part.view).to.equal('details');

    const historyButton = [...dialog.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Historique')!;
    historyButton.click();
    await until(() => part.history !== undefined, 'the history loaded');
    expect(part.view).to.equal('history');
    expect(historyButton.getAttribute('aria-pressed')).to.equal('true');
    const times = part.history!.map((h) => h.at);
    expect(times).to.deep.equal([...times].sort().reverse());
    await expect(el).to.be.accessible();

    await press('Escape');
    await until(() => !dialog.open, 'closed');
    expect(hasFocus(rowButton(el, 'BENGA Émilie'))).to.equal(true);
  });

  it('Affecter un rôle offers the roles not held, assigns the one chosen, and tells the page', async () => {
    const el = await searchWidget(html`<habil-account-search nom="ahova"></habil-account-search>`);
    const events = details<RoleChangedDetail>(el, 'habil-role-granted');
    await chooseAction(el, 'AHOVA Emma', 'Affecter un rôle');
    const offered = await offeredRoles(el);
    expect(offered).to.include('greve-declaration');
    expect(offered).not.to.include('contentieux-organisme'); // held already
    expect(offered).not.to.include('administration-locale'); // given by delegation (R13)
    expect(offered).not.to.include('edrh-dires'); // another procedure
    await pickRole(el, 'greve-declaration');

    await until(() => server().store.hasDirectGrant('e-ahova', 'greve-declaration'), 'granted on the server');
    await until(() => notice(el) === 'Rôle « Grève - Déclaration des mouvements » affecté à AHOVA Emma.', 'said so');
    expect(events).to.deep.equal([{ accounts: [ref('e-ahova')], roleId: 'greve-declaration', roleLabel: 'Grève - Déclaration des mouvements', bulk: false }]);
  });

  it('Supprimer un rôle offers the roles held, removes the one chosen, and tells the page', async () => {
    const el = await searchWidget(html`<habil-account-search nom="ahova"></habil-account-search>`);
    const events = details<RoleChangedDetail>(el, 'habil-role-revoked');
    await chooseAction(el, 'AHOVA Emma', 'Supprimer un rôle');
    expect(await offeredRoles(el)).to.deep.equal(['contentieux-organisme']);
    await pickRole(el, 'contentieux-organisme');

    await until(() => !server().store.hasDirectGrant('e-ahova', 'contentieux-organisme'), 'revoked on the server');
    await until(() => notice(el) === "Rôle « Contentieux - organisme » supprimé d'AHOVA Emma.", 'said so');
    expect(events).to.deep.equal([{ accounts: [ref('e-ahova')], roleId: 'contentieux-organisme', roleLabel: 'Contentieux - organisme', bulk: false }]);
  });

  it('Désactiver temporarily makes the account inactive, and permanently deletes it', async () => {
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    const events = details(el, 'habil-account-deactivated');
    await chooseAction(el, 'DONA Carole', 'Désactiver le compte');
    await untilDeactivationOpen(el);
    expect(deactivationText(el)).to.contain("La désactivation bloque l'accès connecté au site de l'UCANSS.");
    await answerDeactivation(el, { mode: 'temporary' });
    await until(() => account('c-dona').status === 'inactif', 'inactive on the server');
    await until(() => notice(el) === 'Le compte de DONA Carole est désactivé (statut « inactif », réactivable).', 'said so');
    await untilSettled(el);
    expect(rowText(el, 'DONA Carole')).to.contain('Inactif');

    await chooseAction(el, 'WEBER Thomas', 'Désactiver le compte');
    await answerDeactivation(el, { mode: 'permanent' });
    await until(() => account('t-weber').status === 'supprime', 'deleted on the server');
    await until(() => events.length === 2, 'told the page');
    expect(events).to.deep.equal([
      { accounts: [ref('c-dona')], mode: 'temporary', bulk: false },
      { accounts: [ref('t-weber')], mode: 'permanent', bulk: false },
    ]);
  });

  it('Rattacher à mon organisme asks with the words of the guide, attaches, and the person keeps the roles (R9)', async () => {
    const el = await searchWidget(html`<habil-account-search in-my-organisme="false" nom="tologue"></habil-account-search>`);
    const events = details(el, 'habil-account-attached');
    const rolesBefore = [...server().store.directGrants('d-tologue').keys()].sort();
    await openMenu(el, 'TOLOGUE Déon');
    expect(menuLabels(el)).to.deep.equal(['Rattacher à mon organisme']);
    menuItems(el)[0]!.click();
    await untilConfirmOpen(el);
    expect(confirmPart(el, 'heading').textContent).to.equal('Rattacher TOLOGUE Déon à mon organisme ?');
    expect(confirmPart(el, 'message').textContent!.trim()).to.equal(
      'Confirmation du rattachement ? En choisissant cette personne, vous la rattachez à votre organisme, celle-ci conservera ses anciens droits, vous pourrez alors les modifier via sa fiche.',
    );
    await confirm(el);

    await until(() => account('d-tologue').organismeId === 'carsat-am', 'attached on the server');
    expect([...server().store.directGrants('d-tologue').keys()].sort()).to.deep.equal(rolesBefore);
    expect(server().store.history.some((h) => h.accountId === 'd-tologue' && h.action === 'account.attached')).to.equal(true);
    await until(() => notice(el) === 'TOLOGUE Déon est rattaché à CARSAT ALSACE-MOSELLE et conserve ses droits.', 'said so');
    expect(events).to.have.length(1);
    expect(events[0]).to.include({ fromOrganisme: 'URSSAF CN', toOrganisme: 'CARSAT ALSACE-MOSELLE' });
    // Attached, he is no longer outside my organisme: the row goes, and focus stays in the widget.
    await untilSettled(el);
    expect(rowNames(el)).to.deep.equal([]);
    expect(hasFocus($(el, '#results-heading'))).to.equal(true);
  });

  it("Renvoyer l'identifiant par mail (CAF) says where it goes, sends it, and tells the page", async () => {
    server().actAs('partner-admin');
    const el = await searchWidget(html`<habil-account-search nom="durand"></habil-account-search>`);
    const events = details(el, 'habil-identifier-sent');
    await chooseAction(el, 'DURAND', "Renvoyer l'identifiant par mail");
    await untilConfirmOpen(el);
    expect(confirmPart(el, 'message').textContent!.trim()).to.equal("L'identifiant AAA2930CAU sera envoyé à l'adresse mathieu.durand@gmail.com.");
    await confirm(el);
    await until(() => server().store.sentMail.some((m) => m.to === 'mathieu.durand@gmail.com' && m.subject.includes('AAA2930CAU')), 'mail sent');
    await until(() => notice(el) === 'Identifiant de DURAND Mathieu renvoyé à mathieu.durand@gmail.com.', 'said so');
    expect(events).to.deep.equal([{ accounts: [ref('m-durand')], bulk: false }]);
  });
});

describe('habil-account-search: the rules in words', () => {
  it('R1: an account that left my scope meanwhile is refused, and the refusal is explained', async () => {
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    server().store.updateAccount(account('c-dona'), { organismeId: 'carsat-ra' });
    await chooseAction(el, 'DONA Carole', 'Désactiver le compte');
    await answerDeactivation(el, { mode: 'temporary' });
    await until(() => alertText(el, 'action-alert') !== '', 'refused');
    expect(alertText(el, 'action-alert')).to.equal(
      'Action non autorisée : DONA Carole Cette action sort de votre périmètre : vous ne gérez que les comptes de votre organisme (ou de vos groupes).',
    );
    expect(account('c-dona').status).to.equal('actif');
    await expect(el).to.be.accessible();
  });

  it('R6: a CAF user keeping an Afas profile is not closed, and the dialog and the refusal say why', async () => {
    server().actAs('partner-admin');
    const el = await searchWidget(html`<habil-account-search nom="roux"></habil-account-search>`);
    await chooseAction(el, 'ROUX', "Désactiver l'utilisateur (date de clôture)");
    await untilDeactivationOpen(el);
    expect(deactivationText(el)).to.contain('Profils Afas encore attribués : Afas - Déclarer');
    await answerDeactivation(el);
    await until(() => alertText(el, 'action-alert') !== '', 'refused');
    expect(alertText(el, 'action-alert')).to.equal(
      'Action impossible : ROUX Anaïs Retirez d’abord tous les profils Afas de cet utilisateur avant de le clôturer. Profils Afas à retirer : Afas - Déclarer.',
    );
    expect(account('a-roux').closingDate).to.equal(undefined);
  });

  it('R6: a closing date in the past is refused before anything is sent', async () => {
    server().actAs('partner-admin');
    // Grégoire LEMAÎTRE is responsable of no group: his account closes at once (a responsable's groups first get another one).
    const el = await searchWidget(html`<habil-account-search nom="lemaitre"></habil-account-search>`);
    await chooseAction(el, 'LEMAÎTRE', "Désactiver l'utilisateur (date de clôture)");
    await answerDeactivation(el, { closingDate: '2025-05-30' });
    expect(closingDateError(el)).to.equal('La date ne peut pas être rétroactive : choisissez aujourd’hui ou une date future.');
    expect(account('g-lemaitre').closingDate).to.equal(undefined);
    await answerDeactivation(el, { closingDate: TODAY });
    await until(() => account('g-lemaitre').closingDate === TODAY, 'closed today');
    await until(() => notice(el) === 'LEMAÎTRE Grégoire est désactivé : date de clôture au 02/06/2025.', 'said so');
  });

  it('R15: a change made meanwhile by someone else is not overwritten; the account is reloaded and the user told', async () => {
    const el = await searchWidget(html`<habil-account-search active="false"></habil-account-search>`);
    const events = details(el, 'habil-account-reactivated');
    await chooseAction(el, "D'ARTAGNAN Louis", 'Activer le compte');
    await untilConfirmOpen(el);
    // Another administrator saves a phone number while the confirmation is open.
    server().store.updateAccount(account('l-dartagnan'), { phone: '03 88 00 00 00' });
    await confirm(el);
    await until(() => alertText(el, 'action-alert') !== '', 'refused');
    expect(alertText(el, 'action-alert')).to.equal(
      "Action impossible : D'ARTAGNAN Louis Quelqu'un d'autre a modifié cet élément entre-temps. Il a été rechargé : vérifiez puis recommencez. Valeurs enregistrées entre-temps : Téléphone : 03 88 00 00 00",
    );
    expect(account('l-dartagnan').status).to.equal('inactif');
    expect(rowText(el, "D'ARTAGNAN Louis")).to.contain('03 88 00 00 00');
    expect(events).to.deep.equal([]);
    await expect(el).to.be.accessible();

    // Trying again acts on the version reloaded.
    await chooseAction(el, "D'ARTAGNAN Louis", 'Activer le compte');
    await confirm(el);
    await until(() => account('l-dartagnan').status === 'actif', 'reactivated');
    await until(() => events.length === 1, 'told the page');
  });
});
