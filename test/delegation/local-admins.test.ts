/**
 * `<habil-delegation>` on the UCANSS side (guide §4, R13, R14): "Vos administrateurs locaux",
 * naming a person (existing, or created on the spot), revoking, the last administrator of an
 * organisme, "Tous les administrateurs locaux", a plain user's contacts, the states of the page,
 * keyboard, French and English.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { HabilDelegation, LocalAdminAddedDetail, LocalAdminRevokedDetail } from '../../src/delegation/define.js';
import type { HabilField } from '../../src/ui/field/field.js';
import { api, expectOk, TODAY, useReferenceServer } from '../support/api.js';
import { focusedElement, press, recordEvents, tabTo } from '../ui/support.js';
import { accountForm, announced, button, caption, cells, chooseButton, chooseCivilite, confirm, confirmByKeyboard, confirmDialog, confirmSaying, dataRows, dialogOpened, dialogText, emptyMessage, failingOnceClient, formField, headers, heading, hints, historyButtons, holdingClient, noticeSays, openHistory, openNameFlow, openPanelByKeyboard, pickerField, pickerTable, recordingClient, render, rowButton, rowOf, rows, searchPicker, settled, shadow, submitAccountForm, tab, table, tabNames, text, typeInto } from './support.js';

const server = useReferenceServer();

/** The director withdraws himself meanwhile, in another window: Émilie Benga is then the last local administrator. */
async function directorWithdrawsMeanwhile(): Promise<void> {
  server().actAs('director-carsat');
  expectOk(await api('DELETE', '/local-admins/p-raymond'), 204);
  server().actAs('admin-carsat');
}

const names = (el: HabilDelegation) => rows(el).map((row) => text(row.querySelector('th')));

/** « Nouveau » in the panel that names a local administrator: the account form, once it shows. */
async function openNewAccount(el: HabilDelegation): Promise<void> {
  await openNameFlow(el);
  button(el, '#new-account').click();
  await waitUntil(() => accountForm(el), 'the account form never showed');
  await accountForm(el).updateComplete;
}

describe('habil-delegation: "Vos administrateurs locaux" (R13)', () => {
  it('shows the local administrators of my organisme with the columns of the guide; the director is one by default', async () => {
    for (const persona of ['admin-carsat', 'director-carsat'] as const) {
      server().actAs(persona);
      const el = await render();
      expect(tabNames(el), persona).to.deep.equal(['Vos administrateurs locaux', 'Tous les administrateurs locaux']);
      expect(heading(el)).to.equal('Vos administrateurs locaux');
      expect(caption(table(el))).to.equal('Liste des administrateurs locaux de votre organisme');
      expect(headers(table(el))).to.deep.equal(['Nom', 'Prénom', 'E-mail', 'Téléphone', 'Depuis le', 'Nommé par', 'Action']);
      expect(rows(el).map(cells), persona).to.deep.equal([
        ['BENGA', 'Émilie', 'e.benga@lassuranceretraite.fr', '03 88 25 26 14', '01/06/2018', 'Pierre RAYMOND', 'Retirer'],
        ['RAYMOND', 'Pierre', 'p.raymond@lassuranceretraite.fr', '03 88 25 26 00', '01/06/2018', 'Directeur (par défaut)', 'Retirer'],
      ]);
      expect(hints(el)).to.include('Un organisme garde toujours au moins un administrateur local.');
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('shows a UCANSS administrator that his own organisme has none (empty state)', async () => {
    server().actAs('admin-ucanss');
    const el = await render();
    expect(tabNames(el)).to.deep.equal(['Vos administrateurs locaux', 'Tous les administrateurs locaux']);
    expect(rows(el)).to.have.length(0);
    expect(emptyMessage(table(el))).to.equal("Votre organisme n'a aucun administrateur local.");
    await expect(el).to.be.accessible();
  });

  it('names a person of my organisme found by a search on the server, after a confirmation that names him, and records it (R14)', async () => {
    const { client, calls } = recordingClient();
    const el = await render(html`<habil-delegation .client=${client}></habil-delegation>`);
    const added = recordEvents<CustomEvent<LocalAdminAddedDetail>>(el, 'habil-local-admin-added');
    await openNameFlow(el);
    expect(focusedElement()).to.equal(shadow(el).querySelector('#flow-heading'));
    const flow = text(shadow(el).querySelector('#flow'));
    expect(flow).to.include('Délégation');
    expect(flow).to.include("Vous êtes connectée en tant qu'administrateur local.");
    expect(flow).to.include('vous pouvez créer sa fiche via le bouton « Nouveau » ci-dessus, puis la sélectionner ensuite comme titulaire de délégation');
    expect(caption(pickerTable(el))).to.equal('Personnes de CARSAT ALSACE-MOSELLE');
    expect(headers(pickerTable(el))).to.deep.equal(['Nom', 'Action']);
    // Already local administrators cannot be chosen twice; the inactive Louis D'Artagnan is not offered.
    expect(cells(rowOf(pickerTable(el), 'BENGA Émilie'))[1]).to.equal('Déjà administrateur local');
    expect(dataRows(pickerTable(el)).some((row) => text(row).includes("D'ARTAGNAN"))).to.equal(false);
    await expect(el).to.be.accessible();

    await searchPicker(el, 'aho');
    expect(dataRows(pickerTable(el)).map(cells)).to.deep.equal([['AHOVA Emma e.ahova@lassuranceretraite.fr', 'Choisir']]);
    const search = calls.filter((c) => c.name === 'searchAccounts').at(-1)!;
    expect(search.args.query).to.deep.include({ nom: 'aho', inMyOrganisme: true, active: true, page: 1, pageSize: 10 });

    await confirmSaying(
      el,
      chooseButton(el, 'e-ahova'),
      [
        'Nommer Emma AHOVA administrateur local ?',
        'Emma AHOVA (e.ahova@lassuranceretraite.fr) pourra gérer les comptes et les habilitations des personnes de CARSAT ALSACE-MOSELLE',
        'Elle reçoit le rôle « Administration locale »',
      ],
      // Naming is final, not destructive: the confirm button keeps its colour.
      { danger: false, startsOn: 'Annuler' },
    );
    await announced(el, 'Emma AHOVA est désormais administrateur local de CARSAT ALSACE-MOSELLE.');
    await settled(el);

    expect(shadow(el).querySelector('#flow')).to.equal(null);
    const revokeAhova = () => shadow(table(el)).querySelector('[data-account-id="e-ahova"]');
    await waitUntil(() => focusedElement() === revokeAhova(), 'focus never went to the row of the person named');
    expect(text(revokeAhova())).to.equal('Retirer');
    expect(cells(rowOf(table(el), 'AHOVA'))).to.deep.equal(['AHOVA', 'Emma', 'e.ahova@lassuranceretraite.fr', '', '02/06/2025', 'Émilie BENGA', 'Retirer']);
    expect(added).to.have.length(1);
    expect(added[0]!.detail.person).to.deep.equal({ id: 'e-ahova', name: 'Emma AHOVA' });
    expect(added[0]!.detail.organisme).to.deep.equal({ id: 'carsat-am', name: 'CARSAT ALSACE-MOSELLE' });
    expect(added[0]!.detail.localAdmin).to.deep.include({ accountId: 'e-ahova', since: '2025-06-02' });
    expect(added[0]!.bubbles && added[0]!.composed).to.equal(true);

    expect(historyButtons(el).map((b) => text(b))).to.deep.equal(["Voir l'historique du compte d'Emma AHOVA"]);
    const entries = await openHistory(el, 'e-ahova');
    expect(entries[0]).to.include("Délégation d'administration locale pour CARSAT ALSACE-MOSELLE");
    expect(entries[0]).to.include('par Émilie BENGA');
    expect(server().store.history.filter((h) => h.accountId === 'e-ahova' && h.action === 'delegation.granted')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('creates the account of a person who has none on the spot ("Nouveau"), then lets the user choose him', async () => {
    const el = await render();
    await openNewAccount(el);
    expect(text(shadow(el).querySelector('#flow-heading'))).to.equal('Création d’un compte');
    expect(focusedElement()).to.equal(shadow(el).querySelector('#flow-heading'));
    expect(shadow(el).querySelector('habil-person-picker')!.hidden).to.equal(true);
    expect(accountForm(el)).to.include({ mode: 'create', space: 'ucanss', today: TODAY });

    // Nothing typed yet: the starred fields say so.
    submitAccountForm(el);
    await accountForm(el).updateComplete;
    expect(formField(el, 'nom').error).to.equal('Ce champ est obligatoire.');
    expect(server().store.history.filter((h) => h.action === 'account.created')).to.have.length(0);
    await expect(el).to.be.accessible();

    chooseCivilite(el, 'Mme');
    await typeInto(formField(el, 'nom'), 'Petitjean');
    await typeInto(formField(el, 'prenom'), 'Noémie');
    await typeInto(formField(el, 'emailPro'), 'n.petitjean@lassuranceretraite.fr');
    await typeInto(formField(el, 'fonction'), 'Chargée de mission RH');
    submitAccountForm(el);
    await announced(el, 'Le compte de Noémie Petitjean est créé. Choisissez cette personne dans la liste pour la nommer administrateur local.');

    const created = [...server().store.accounts.values()].find((a) => a.emailPro === 'n.petitjean@lassuranceretraite.fr')!;
    expect(created).to.deep.include({ organismeId: 'carsat-am', status: 'actif', civilite: 'Mme', fonction: 'Chargée de mission RH' });
    expect(dataRows(pickerTable(el)).map((row) => cells(row)[0])).to.deep.equal(['Petitjean Noémie n.petitjean@lassuranceretraite.fr']);
    await waitUntil(() => focusedElement() === chooseButton(el, created.id), 'focus never went to the new person’s "Choisir"');

    chooseButton(el, created.id).click();
    await confirm(el);
    await announced(el, 'Noémie Petitjean est désormais administrateur local de CARSAT ALSACE-MOSELLE.');
    expect(server().store.localAdmins.get(created.id)).to.deep.include({ organismeId: 'carsat-am', namedBy: 'e-benga' });
    expect(server().store.history.filter((h) => h.accountId === created.id).map((h) => h.action)).to.deep.equal(['account.created', 'delegation.granted']);
  });

  it('shows the server’s refusal of the new account on its field, keeping what was typed (R7)', async () => {
    const el = await render();
    await openNewAccount(el);
    chooseCivilite(el, 'Mme');
    await typeInto(formField(el, 'nom'), 'Ahova');
    await typeInto(formField(el, 'prenom'), 'Emma');
    await typeInto(formField(el, 'emailPro'), 'e.ahova@lassuranceretraite.fr');
    submitAccountForm(el);
    await noticeSays(el, "Le compte n'a pas été créé");
    await noticeSays(el, 'Un compte existe déjà avec cette adresse e-mail professionnelle.');
    await accountForm(el).updateComplete;
    expect(formField(el, 'emailPro').error).to.equal('Un compte existe déjà avec cette adresse e-mail professionnelle.');
    expect(formField(el, 'nom').value).to.equal('Ahova');
    await waitUntil(() => focusedElement() === shadow(formField(el, 'emailPro')).querySelector('#control'), 'focus never went to the e-mail');
    await expect(el).to.be.accessible();
  });

  it('revokes a delegation after a confirmation, records it (R14), and says why the last one stays (R13)', async () => {
    const el = await render();
    const revoked = recordEvents<CustomEvent<LocalAdminRevokedDetail>>(el, 'habil-local-admin-revoked');
    await confirmSaying(
      el,
      rowButton(el, 'p-raymond'),
      ['Retirer la délégation de Pierre RAYMOND ?', "Pierre RAYMOND ne sera plus administrateur local de CARSAT ALSACE-MOSELLE et perdra le rôle « Administration locale »."],
      { danger: true },
    );
    await announced(el, "Pierre RAYMOND n'est plus administrateur local de CARSAT ALSACE-MOSELLE.");
    await settled(el);

    expect(rows(el).map(cells)).to.deep.equal([
      ['BENGA', 'Émilie', 'e.benga@lassuranceretraite.fr', '03 88 25 26 14', '01/06/2018', 'Pierre RAYMOND', 'Dernier administrateur local'],
    ]);
    expect(hints(el)).to.include('Un organisme garde au moins un administrateur local : désignez-en un autre avant de retirer celui-ci.');
    expect(revoked.map((e) => e.detail)).to.deep.equal([{ person: { id: 'p-raymond', name: 'Pierre RAYMOND' }, organisme: { id: 'carsat-am', name: 'CARSAT ALSACE-MOSELLE' } }]);
    await waitUntil(() => focusedElement() === shadow(el).querySelector('#heading'), 'focus was lost with the row');
    const [entry] = expectOk(await api('GET', '/accounts/p-raymond/history'));
    expect(entry).to.deep.include({ action: 'delegation.revoked', accountId: 'p-raymond' });
    const entries = await openHistory(el, 'p-raymond');
    expect(entries[0]).to.include("Retrait de la délégation d'administration locale pour CARSAT ALSACE-MOSELLE");
    await expect(el).to.be.accessible();
  });

  it('explains the refusal of the server when the revocation would leave the organisme without a local administrator (R13)', async () => {
    const el = await render();
    await directorWithdrawsMeanwhile();

    await confirmSaying(el, rowButton(el, 'e-benga'), ['Vous ne serez plus administrateur local de CARSAT ALSACE-MOSELLE']);
    await noticeSays(el, "La délégation d'Émilie BENGA n'a pas été retirée");
    await noticeSays(el, 'Un organisme garde au moins un administrateur local : désignez-en un autre avant de retirer celui-ci.');
    await settled(el);
    expect(rows(el).map((row) => cells(row)[0])).to.deep.equal(['BENGA']);
    expect(cells(rows(el)[0]!).at(-1)).to.equal('Dernier administrateur local');
    expect(server().store.localAdmins.has('e-benga')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('takes the management away from a person who revoked his own delegation, and shows him his contacts', async () => {
    const el = await render();
    rowButton(el, 'e-benga').click();
    await confirm(el);
    await announced(el, "Émilie BENGA n'est plus administrateur local de CARSAT ALSACE-MOSELLE.");
    await waitUntil(() => text(shadow(el).querySelector('#contacts-heading')) === 'Vos contacts', 'the contacts never showed');
    await settled(el);
    expect(tabNames(el)).to.deep.equal([]);
    expect(rows(el).map(cells)).to.deep.equal([['RAYMOND', 'Pierre', 'p.raymond@lassuranceretraite.fr', '03 88 25 26 00']]);
  });

  it('says what happened when a person revoked his own delegation, with focus on it rather than lost on the page', async () => {
    const el = await render();
    const revokeOwn = rowButton(el, 'e-benga');
    await tabTo(revokeOwn, 40);
    await press('Enter');
    await dialogOpened(el);
    expect(dialogText(el)).to.include('Vous ne serez plus administrateur local de CARSAT ALSACE-MOSELLE');
    await press('Tab');
    await press('Enter');
    const message = () => shadow(el).querySelector<HTMLElement>('#self-revoked');
    await waitUntil(() => focusedElement() === message(), 'focus never went to what happened');
    expect(document.activeElement).not.to.equal(document.body);
    expect(text(message())).to.equal('Vous avez retiré votre propre délégation');
    expect(text(shadow(el).querySelector('[part~="self-revoked"]'))).to.include(
      "Vous avez retiré votre propre délégation Vous n'êtes plus administrateur local de CARSAT ALSACE-MOSELLE : vous ne gérez plus les comptes, les habilitations ni les délégations de votre organisme.",
    );
    // It says why the section went, instead of a bare « Accès réservé aux administrateurs ».
    expect(shadow(el).querySelector('habil-alert.filled[variant="warning"]')).to.equal(null);
    await settled(el);
    expect(text(shadow(el).querySelector('#contacts-heading'))).to.equal('Vos contacts');
    expect(server().store.localAdmins.has('e-benga')).to.equal(false);
    await expect(el).to.be.accessible();
  });
});

describe('habil-delegation: "Tous les administrateurs locaux" (R13)', () => {
  it('lists the local administrators of every organisme, read-only, and filters them by organisme', async () => {
    const el = await render();
    tab(el, 'all-local-admins')!.click();
    await waitUntil(() => heading(el) === 'Tous les administrateurs locaux', 'the tab never opened');
    await settled(el);
    expect(headers(table(el))).to.deep.equal(['Organisme', 'Nom', 'Prénom', 'E-mail', 'Téléphone', 'Depuis le', 'Nommé par']);
    expect(rows(el).map((row) => `${cells(row)[0]}:${cells(row)[1]}`)).to.deep.equal([
      'CARSAT ALSACE-MOSELLE:BENGA',
      'CARSAT ALSACE-MOSELLE:RAYMOND',
      'CARSAT RHONE-ALPES:ROUSSEAU',
      'CPAM DU BAS-RHIN:LEFORT',
    ]);
    expect(shadow(table(el)).querySelector('button')).to.equal(null);
    const filter = shadow(el).querySelector<HabilField>('habil-field')!;
    expect(filter.label).to.equal('Organisme');
    // The organismes are a request of their own, which may answer after the list.
    await waitUntil(() => filter.options.length > 0, 'the organismes of the filter never came');
    expect(filter.options.map((o) => o.label)).to.include.members(['CARSAT ALSACE-MOSELLE', 'CPAM DU BAS-RHIN', 'CAF DE LA MEUSE']);
    expect(filter.options.map((o) => o.label)).not.to.include('CONSEIL DEPARTEMENTAL DU VAR');
    await expect(el).to.be.accessible();

    await typeInto(filter, 'cpam-67');
    await waitUntil(() => rows(el).length === 1, 'the filter never applied');
    expect(cells(rows(el)[0]!)).to.deep.equal(['CPAM DU BAS-RHIN', 'LEFORT', 'Bruno', 'b.lefort@assurance-maladie.fr', '', '01/06/2018', 'Directeur (par défaut)']);
    expect(el.organismeId).to.equal('cpam-67');

    await typeInto(filter, 'caf-55');
    await waitUntil(() => rows(el).length === 0 && !table(el).loading, 'the filter never applied');
    expect(emptyMessage(table(el))).to.equal("Aucun administrateur local : les demandes de cet organisme sont traitées par l'Ucanss.");
  });

  it('shows that section alone with view="all-local-admins", filtered by organisme-id', async () => {
    server().actAs('admin-ucanss');
    const el = await render(html`<habil-delegation view="all-local-admins" organisme-id="carsat-ra"></habil-delegation>`);
    expect(tabNames(el)).to.deep.equal([]);
    expect(heading(el)).to.equal('Tous les administrateurs locaux');
    expect(names(el)).to.deep.equal(['ROUSSEAU']);
  });
});

describe('habil-delegation: people who may not manage delegations', () => {
  it('tells a plain user that delegations are for administrators, and shows his contacts (forbidden)', async () => {
    server().actAs('user-carsat');
    const el = await render();
    expect(text(shadow(el).querySelector('habil-alert.filled'))).to.include('Votre profil ne permet pas de les consulter.');
    expect(text(shadow(shadow(el).querySelector('habil-alert.filled')!).querySelector('[part="heading"]'))).to.equal('Accès réservé aux administrateurs');
    expect(text(shadow(el).querySelector('#contacts-heading'))).to.equal('Vos contacts');
    expect(hints(el)).to.include("Les administrateurs locaux de CARSAT ALSACE-MOSELLE traitent vos demandes d'habilitation : adressez-vous à eux.");
    expect(rows(el).map(cells)).to.deep.equal([
      ['BENGA', 'Émilie', 'e.benga@lassuranceretraite.fr', '03 88 25 26 14'],
      ['RAYMOND', 'Pierre', 'p.raymond@lassuranceretraite.fr', '03 88 25 26 00'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('says so when view names a section the person may not see', async () => {
    const el = await render(html`<habil-delegation view="partner-admins"></habil-delegation>`);
    expect(text(shadow(el).querySelector('habil-alert.filled'))).to.include('Votre profil ne permet pas de consulter « Administrateurs partenaires ».');
    expect(shadow(el).querySelector('habil-data-table')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('habil-delegation: states', () => {
  it('says it is loading while the server has not said who is connected', async () => {
    const { client, release } = holdingClient('getMe');
    const el = await fixture<HabilDelegation>(html`<habil-delegation .client=${client}></habil-delegation>`);
    expect(text(shadow(el).querySelector('.loading'))).to.equal('Chargement des délégations…');
    await expect(el).to.be.accessible();
    release();
    await settled(el);
    expect(rows(el)).to.have.length(2);
  });

  it('shows the server’s reason when the list fails, and loads it again on "Recharger la liste"', async () => {
    const { client } = failingOnceClient('listLocalAdmins', 'Maintenance du service jusqu’à 10 h 30.');
    const el = await render(html`<habil-delegation .client=${client}></habil-delegation>`);
    const alert = shadow(el).querySelector('habil-alert.filled')!;
    expect(text(shadow(alert).querySelector('[part="base"]'))).to.include('Maintenance du service jusqu’à 10 h 30.');
    // No table that would say "aucun administrateur local" when the list could not be read.
    expect(shadow(el).querySelector('habil-data-table')).to.equal(null);
    await expect(el).to.be.accessible();
    const retry = shadow(alert).querySelector<HTMLButtonElement>('[part="retry-button"]')!;
    expect(text(retry)).to.equal('Recharger la liste');
    retry.click();
    await waitUntil(() => rows(el).length === 2, 'the list never came back');
    expect(shadow(el).querySelector('habil-alert.filled')).to.equal(null);
  });
});

describe('habil-delegation: keyboard', () => {
  it('names a local administrator with the keyboard only', async () => {
    const el = await render();
    const added = oneEvent(el, 'habil-local-admin-added');
    const firstTab = tab(el, 'local-admins')!;
    await tabTo(firstTab);
    await press('ArrowRight');
    await waitUntil(() => heading(el) === 'Tous les administrateurs locaux' && focusedElement() === tab(el, 'all-local-admins'), 'the arrow never moved');
    await press('ArrowLeft');
    await waitUntil(() => heading(el) === 'Vos administrateurs locaux', 'the arrow never came back');
    await settled(el);

    await openPanelByKeyboard(el, button(el, '#new-local-admin'));
    const nom = shadow(pickerField(el, 'Nom')).querySelector('#control')!;
    await tabTo(nom);
    await sendKeys({ type: 'dona' });
    await waitUntil(() => dataRows(pickerTable(el)).length === 1 && !pickerTable(el).loading, 'the search never answered');
    await pickerTable(el).updateComplete;
    await tabTo(chooseButton(el, 'c-dona'));
    await press('Enter');
    const dialog = await dialogOpened(el);
    // « Nommer » is final: the dialog starts on « Annuler », so Enter pressed once too often names nobody.
    expect(focusedElement()).to.equal(shadow(confirmDialog(el)).querySelector('[part~="cancel-button"]'));
    await press('Enter');
    await waitUntil(() => !dialog.open && focusedElement() === chooseButton(el, 'c-dona'), 'Enter on « Annuler » never gave focus back to « Choisir »');
    expect(server().store.localAdmins.has('c-dona')).to.equal(false);

    await press('Enter');
    await dialogOpened(el);
    await press('Tab');
    expect(focusedElement()).to.equal(shadow(confirmDialog(el)).querySelector('[part~="confirm-button"]'));
    expect(text(focusedElement())).to.equal('Nommer');
    await press('Enter');
    expect((await added).detail.person).to.deep.equal({ id: 'c-dona', name: 'Carole DONA' });
    await waitUntil(
      () => focusedElement() === shadow(table(el)).querySelector('[data-account-id="c-dona"]'),
      'focus never went to the row of the person named',
    );
  });

  it('revokes with the keyboard: Escape cancels and gives focus back, the dialog starts on "Annuler"', async () => {
    const el = await render();
    const revokeRaymond = () => rowButton(el, 'p-raymond');
    await tabTo(revokeRaymond());
    await press('Enter');
    await dialogOpened(el);
    expect(text(focusedElement())).to.equal('Annuler');
    await press('Escape');
    await waitUntil(() => focusedElement() === revokeRaymond(), 'focus never came back to "Retirer"');
    expect(server().store.localAdmins.has('p-raymond')).to.equal(true);

    await press('Enter');
    await dialogOpened(el);
    await confirmByKeyboard('Annuler', 'Retirer');
    await announced(el, "Pierre RAYMOND n'est plus administrateur local");
    expect(server().store.localAdmins.has('p-raymond')).to.equal(false);
  });
});

describe('habil-delegation: English', () => {
  it('says in English that the person revoked his own delegation', async () => {
    const el = await render(html`<habil-delegation lang="en"></habil-delegation>`);
    rowButton(el, 'e-benga').click();
    await confirm(el);
    await waitUntil(() => focusedElement() === shadow(el).querySelector('#self-revoked'), 'focus never went to what happened');
    expect(text(shadow(el).querySelector('[part~="self-revoked"]'))).to.include(
      'You revoked your own delegation You are no longer a local administrator of CARSAT ALSACE-MOSELLE',
    );
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('speaks English, the refusal of R13 included', async () => {
    const el = await render(html`<habil-delegation lang="en"></habil-delegation>`);
    expect(tabNames(el)).to.deep.equal(['Your local administrators', 'All local administrators']);
    expect(headers(table(el))).to.deep.equal(['Last name', 'First name', 'E-mail', 'Phone', 'Since', 'Named by', 'Action']);
    expect(cells(rowOf(table(el), 'p.raymond@')).slice(4)).to.deep.equal(['2018-06-01', 'Director (by default)', 'Revoke']);
    expect(button(el, '#new-local-admin').textContent!.trim()).to.equal('New local administrator');

    await directorWithdrawsMeanwhile();
    await confirmSaying(el, rowButton(el, 'e-benga'), ['Revoke the delegation of Émilie BENGA?']);
    await noticeSays(el, 'The delegation of Émilie BENGA was not revoked');
    await noticeSays(el, 'An organisme keeps at least one local administrator: name another one before revoking this one.');
    await settled(el);
    expect(cells(rows(el)[0]!).at(-1)).to.equal('Last local administrator');
    await expect(el).to.be.accessible();
  });
});
