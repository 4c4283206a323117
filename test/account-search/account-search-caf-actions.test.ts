/**
 * `<habil-account-search>` on CAF: the actions of a user's row from the guide's « Autres
 * actions » — « Ajouter à un groupe », « Gérer l'appartenance de l'utilisateur » — and
 * « Désactiver un responsable habilitations » (his groups get another responsable before his
 * account is closed, R11), by keyboard and mouse, in French and English, each checked in the
 * reference server's state, in the events the page gets and in what is said; only what the server
 * allows is offered (R1, R12), and what it still refuses is said in words, nothing typed lost.
 */
import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/account-search/define.js';
import type { AccountsDeactivatedDetail, HabilAccountSearch } from '../../src/account-search/define.js';
import type { GroupUpdatedDetail } from '../../src/user-groups/user-groups.js';
import type { MemberChangeDetail } from '../../src/user-groups/group-members.js';
import type { HabilField } from '../../src/ui/field/field.js';
import type { HabilAccountForm } from '../../src/account-parts/account-form.js';
import { api, expectOk, TODAY, useReferenceServer } from '../support/api.js';
import {
  $,
  $$,
  alertText,
  bulkButton,
  chooseAction,
  confirmDeactivation,
  deactivationText,
  deepFocus,
  details,
  hasFocus,
  menu,
  menuItems,
  menuLabels,
  notice,
  openAccountForm,
  openMenu,
  press,
  rowButton,
  rowText,
  searchWidget,
  selectRows,
  until,
  untilDeactivationOpen,
  untilSettled,
} from './account-search-helpers.js';

const server = useReferenceServer();
const store = () => server().store;
const membership = (groupId: string, accountId: string) => store().memberships.get(store().membershipKey(groupId, accountId));

/** The account search as the partner administrator, who manages every user of conv-cd83. */
function searchAsPartnerAdmin(template: TemplateResult): Promise<HabilAccountSearch> {
  server().actAs('partner-admin');
  return searchWidget(template);
}

// ---- the parts of the dialogs -------------------------------------------------------------

const shadow = (element: Element) => element.shadowRoot!;
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const membershipsPart = (el: HabilAccountSearch) => $<HTMLElement & { updateComplete: Promise<unknown> }>(el, '#memberships');
// The CAF dialogs are rendered once their module has loaded, on first use: absent until then.
const inMemberships = <E extends Element = HTMLElement>(el: HabilAccountSearch, selector: string) => membershipsPart(el)?.shadowRoot?.querySelector<E>(selector) as E;
const membershipsDialog = (el: HabilAccountSearch) => inMemberships<HTMLDialogElement>(el, '#memberships-dialog');
const responsablePart = (el: HabilAccountSearch) => $<HTMLElement & { updateComplete: Promise<unknown> }>(el, '#responsable');
const responsableDialog = (el: HabilAccountSearch) => responsablePart(el)?.shadowRoot?.querySelector<HTMLDialogElement>('dialog') as HTMLDialogElement;

const fieldIn = (root: ParentNode, name: string) => root.querySelector<HabilField>(`habil-field[name="${name}"]`)!;
const control = (field: HabilField) => shadow(field).querySelector<HTMLInputElement | HTMLSelectElement>('input, select')!;

/** Chooses `value` in a `<habil-field type="select">`, as a user does. */
async function select(field: HabilField, value: string): Promise<void> {
  const element = control(field) as HTMLSelectElement;
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
  await field.updateComplete;
}

/** Sets a date field (the browser's date picker is not typed into). */
async function setDate(field: HabilField, value: string): Promise<void> {
  const input = control(field);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await field.updateComplete;
}

async function untilMembershipsOpen(el: HabilAccountSearch): Promise<ShadowRoot> {
  await until(() => membershipsDialog(el)?.open, 'the memberships dialog did not open');
  await membershipsPart(el).updateComplete;
  return shadow(membershipsPart(el));
}

async function untilResponsableOpen(el: HabilAccountSearch): Promise<ShadowRoot> {
  await until(() => responsableDialog(el)?.open, 'the responsable dialog did not open');
  await responsablePart(el).updateComplete;
  return shadow(responsablePart(el));
}

/** Chooses `label` (« Ajouter à un groupe », « Gérer l'appartenance… ») on the row `name`, and gives the memberships dialog once open. */
async function chooseMemberships(el: HabilAccountSearch, name: string, label: string): Promise<ShadowRoot> {
  await chooseAction(el, name, label);
  return untilMembershipsOpen(el);
}

/** Chooses « Désactiver un responsable habilitations » (in the page's language: `label`) on the row `name`, and gives its dialog once open. */
async function chooseResponsable(el: HabilAccountSearch, name: string, label: string): Promise<ShadowRoot> {
  await chooseAction(el, name, label);
  return untilResponsableOpen(el);
}

/** « Modifier » on the row `name`, a closing date typed: the form's dialog and the form. */
async function editClosingDate(el: HabilAccountSearch, name: string, date: string): Promise<{ dialog: HTMLDialogElement; form: HabilAccountForm }> {
  const opened = await openAccountForm(el, name);
  await setDate(fieldIn(shadow(opened.form), 'closingDate'), date);
  return opened;
}

const submitForm = (form: HabilAccountForm) => shadow(form).querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();

/** The account `id` was not closed, and the form stays open with the closing date typed, `date`. */
function expectNotClosed(id: string, { dialog, form }: { dialog: HTMLDialogElement; form: HabilAccountForm }, date: string): void {
  expect(store().accounts.get(id)!.closingDate).to.equal(undefined);
  expect(dialog.open).to.equal(true);
  expect(fieldIn(shadow(form), 'closingDate').value).to.equal(date);
}

/** Ticks the rows `names`, then « Désactiver » of the bulk actions, and waits for its dialog. */
async function bulkDeactivate(el: HabilAccountSearch, names: readonly string[]): Promise<void> {
  selectRows(el, names);
  await el.updateComplete;
  bulkButton(el, 'Désactiver').click();
  await untilDeactivationOpen(el);
}

/** The rows of « Gérer l'appartenance », as [code, libellé, ouverture, clôture, appartenance, actions]. */
function membershipRows(root: ShadowRoot): string[][] {
  const table = root.querySelector('habil-data-table')!;
  return [...shadow(table).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => text(cell)));
}

function memberButton(root: ShadowRoot, label: string): HTMLButtonElement {
  const table = root.querySelector('habil-data-table')!;
  const found = [...shadow(table).querySelectorAll<HTMLButtonElement>('[part~="member-action"]')].find((button) => button.getAttribute('aria-label') === label);
  if (!found) throw new Error(`No button "${label}"`);
  return found;
}

async function tabTo(target: Element, limit = 40): Promise<void> {
  for (let i = 0; i < limit && deepFocus() !== target; i += 1) await press('Tab');
  expect(hasFocus(target), `focus on ${text(target) || target.getAttribute('aria-label')}`).to.equal(true);
}

/** With the keyboard: Tab to the « Actions » button of the row `name`, Enter, and its menu opens; gives the menu's labels. */
async function openMenuByKeyboard(el: HabilAccountSearch, name: string): Promise<string[]> {
  await tabTo(rowButton(el, name));
  await press('Enter');
  await until(() => menu(el).matches(':popover-open'), 'the menu opened');
  return menuLabels(el);
}

describe('habil-account-search (CAF): « Ajouter à un groupe »', () => {
  it('by keyboard: the menu has the guide’s « Autres actions », the dialog offers the open groups he is not in from today, and he is attached', async () => {
    const el = await searchAsPartnerAdmin(html`<habil-account-search nom="benali"></habil-account-search>`);
    const events = details<MemberChangeDetail>(el, 'habil-member-added');
    expect(await openMenuByKeyboard(el, 'BENALI')).to.deep.equal([
      'Détails – accéder à la fiche',
      'Affecter un rôle',
      "Consulter l'historique des actions sur le compte",
      'Modifier',
      "Désactiver l'utilisateur (date de clôture)",
      "Renvoyer l'identifiant par mail",
      'Ajouter à un groupe',
      "Gérer l'appartenance de l'utilisateur",
    ]);
    await press('End');
    await press('ArrowUp');
    expect(text(deepFocus())).to.equal('Ajouter à un groupe');
    await press('Enter');

    const root = await untilMembershipsOpen(el);
    expect(text(root.querySelector('h2'))).to.equal('Ajouter Karim BENALI à un groupe');
    expect(text(membershipsDialog(el))).to.contain('Utilisateur : BENALI Karim (AAE3390CAU)');
    expect(text(membershipsDialog(el))).to.contain('Groupes actuels de Karim BENALI : CDAP T2 (depuis le 27/03/2018), CDAP T6 (depuis le 27/03/2018).');
    const group = fieldIn(root, 'groupId');
    await until(() => hasFocus(control(group)), 'focus on the group');
    // Every open group of the convention but his own two: the partner administrator manages them all.
    expect(group.options.map((option) => option.label)).to.deep.equal([
      'AFAS-DEC – Afas Declarer',
      'AFAS-HAB – AFAS-HABILITER',
      'BAILLEURS – Bailleur',
      'CDAP T1 – Cdap T1',
      'CDAP T1-NORD – Cdap T1 - Territoire Nord',
      'DGFIP – Controleurs publics',
    ]);
    expect(fieldIn(root, 'openingDate').value).to.equal(TODAY);
    await expect(el).to.be.accessible();

    // Sent without a group: said on the field, which keeps the focus; nothing is sent.
    await press('Enter');
    await until(() => group.error !== '', 'the missing group was not said');
    expect(group.error).to.equal('Choisissez le groupe auquel rattacher l’utilisateur.');
    expect(hasFocus(control(group))).to.equal(true);
    expect(store().membersOf('g-cdap-t1').some((m) => m.accountId === 'k-benali')).to.equal(false);

    await select(group, 'g-cdap-t1-nord');
    await membershipsPart(el).updateComplete;
    expect(text(membershipsDialog(el))).to.contain('Groupe parent : CDAP T1.');
    await press('Enter');

    await until(() => membership('g-cdap-t1-nord', 'k-benali'), 'not attached on the server');
    expect(membership('g-cdap-t1-nord', 'k-benali')!.openingDate).to.equal(TODAY);
    await until(() => notice(el) === 'Karim BENALI rattaché au groupe CDAP T1-NORD à compter du 02/06/2025.', 'the outcome was not said');
    expect(events.map((event) => [event.group.code, event.membership.accountId, event.membership.openingDate])).to.deep.equal([['CDAP T1-NORD', 'k-benali', TODAY]]);
    expect(membershipsDialog(el).open).to.equal(false);
    await untilSettled(el);
    expect(hasFocus(rowButton(el, 'BENALI'))).to.equal(true);
  });

  it('keeps the dates typed when another group is chosen, and says a refusal of the server in words (already a member meanwhile)', async () => {
    const el = await searchAsPartnerAdmin(html`<habil-account-search nom="benali"></habil-account-search>`);
    const root = await chooseMemberships(el, 'BENALI', 'Ajouter à un groupe');
    await select(fieldIn(root, 'groupId'), 'g-dgfip');
    await setDate(fieldIn(root, 'closingDate'), '2025-12-31');
    await select(fieldIn(root, 'groupId'), 'g-bailleurs');
    await membershipsPart(el).updateComplete;
    expect(fieldIn(root, 'closingDate').value).to.equal('2025-12-31');

    // A closing date before the opening is said before anything is sent.
    await setDate(fieldIn(root, 'openingDate'), '2026-01-15');
    inMemberships<HTMLButtonElement>(el, '#attach-form button[type="submit"]').click();
    await until(() => fieldIn(root, 'closingDate').error !== '', 'the order of the dates was not checked');
    expect(fieldIn(root, 'closingDate').error).to.equal("La date de clôture doit suivre la date d'ouverture.");
    await setDate(fieldIn(root, 'openingDate'), TODAY);

    // Another administrator attaches him meanwhile.
    expectOk(await api('POST', '/groups/g-bailleurs/members', { body: { accountId: 'k-benali' } }), 201);
    inMemberships<HTMLButtonElement>(el, '#attach-form button[type="submit"]').click();
    const alert = () => inMemberships(el, '#attach-form habil-alert');
    await until(() => text(shadow(alert()).querySelector('[part="base"]')) !== '', 'the refusal was not said');
    expect(`${text(shadow(alert()).querySelector('[part="base"]'))} ${text(alert())}`).to.contain("Le rattachement au groupe BAILLEURS n'a pas été fait.");
    expect(text(shadow(alert()).querySelector('[part="base"]'))).to.contain('déjà membre');
    expect(membershipsDialog(el).open).to.equal(true);
    expect(fieldIn(root, 'groupId').value).to.equal('g-bailleurs');
    expect(fieldIn(root, 'closingDate').value).to.equal('2025-12-31');
    await expect(el).to.be.accessible();
  });

  it('speaks English on an English page', async () => {
    const el = await searchAsPartnerAdmin(html`<habil-account-search lang="en" nom="benali"></habil-account-search>`);
    await openMenu(el, 'BENALI');
    expect(menuLabels(el).slice(-2)).to.deep.equal(['Add to a group', 'Manage the user’s memberships']);
    menuItems(el).find((item) => text(item) === 'Add to a group')!.click();
    const root = await untilMembershipsOpen(el);
    expect(text(root.querySelector('h2'))).to.equal('Add Karim BENALI to a group');
    expect(fieldIn(root, 'groupId').label).to.equal('Group');
    expect(text(inMemberships(el, '#attach-form button[type="submit"]'))).to.equal('Add to the group');
    await select(fieldIn(root, 'groupId'), 'g-dgfip');
    inMemberships<HTMLButtonElement>(el, '#attach-form button[type="submit"]').click();
    await until(() => notice(el) === 'Karim BENALI attached to group DGFIP from 2025-06-02.', 'the outcome was not said in English');
  });

  it('as a responsable habilitations: only his groups, and not the Afas group he may not manage without « Afas - Habiliter » (R12)', async () => {
    server().actAs('responsable');
    const el = await searchWidget(html`<habil-account-search nom="benali"></habil-account-search>`);
    const root = await chooseMemberships(el, 'BENALI', 'Ajouter à un groupe');
    expect(fieldIn(root, 'groupId').options.map((option) => option.label)).to.deep.equal(['CDAP T1 – Cdap T1', 'CDAP T1-NORD – Cdap T1 - Territoire Nord']);
  });
});

describe("habil-account-search (CAF): « Gérer l'appartenance de l'utilisateur »", () => {
  it('lists his groups with their dates; changes the dates with the group page’s dialog and detaches after a confirmation that starts on « Annuler », by keyboard', async () => {
    const el = await searchAsPartnerAdmin(html`<habil-account-search nom="benali"></habil-account-search>`);
    const updated = details<MemberChangeDetail>(el, 'habil-member-updated');
    const removed = details<MemberChangeDetail>(el, 'habil-member-removed');
    await openMenuByKeyboard(el, 'BENALI');
    await press('End');
    expect(text(deepFocus())).to.equal("Gérer l'appartenance de l'utilisateur");
    await press('Enter');

    const root = await untilMembershipsOpen(el);
    expect(text(root.querySelector('h2'))).to.equal("Gérer l'appartenance de Karim BENALI aux groupes");
    await until(() => root.querySelector('habil-data-table') && membershipRows(root).every((row) => row[5] !== 'Chargement…'), 'the memberships were not read');
    expect(membershipRows(root)).to.deep.equal([
      ['CDAP T2', 'Cdap T2', '27/03/2018', '', 'En cours', 'Modifier les dates Détacher'],
      ['CDAP T6', 'Cdap T6', '27/03/2018', '', 'En cours', 'Modifier les dates Détacher'],
    ]);
    await expect(el).to.be.accessible();

    // « Modifier les dates » of CDAP T6: the group page's dialog, with his other group.
    await tabTo(memberButton(root, "Modifier les dates d'appartenance au groupe CDAP T6"));
    await press('Enter');
    const editDialog = () => root.querySelector<HTMLDialogElement>('#edit-dialog')!;
    await until(() => editDialog()?.open, 'the dates dialog did not open');
    expect(text(editDialog().querySelector('h2'))).to.equal("Modifier l'appartenance de Karim BENALI au groupe CDAP T6");
    expect(text(editDialog())).to.contain('Groupes actuels de Karim BENALI : CDAP T2 (depuis le 27/03/2018).');
    await setDate(fieldIn(editDialog(), 'closingDate'), '2025-12-31');
    control(fieldIn(editDialog(), 'closingDate')).focus();
    await press('Enter');
    await until(() => membership('g-cdap-t6', 'k-benali')?.closingDate === '2025-12-31', 'the dates were not saved');
    const spoken = () => text(shadow(root.querySelector('habil-live-region')!).querySelector('[part="region"]'));
    await until(() => spoken() === 'Appartenance de Karim BENALI au groupe CDAP T6 modifiée : du 27/03/2018 au 31/12/2025.', 'the change was not said in the dialog');
    expect(updated.map((event) => [event.group.code, event.membership.closingDate])).to.deep.equal([['CDAP T6', '2025-12-31']]);
    await until(() => membershipRows(root)[1]?.[3] === '31/12/2025', 'his groups were not read again');

    // « Détacher » CDAP T2: the confirmation starts on « Annuler ».
    await tabTo(memberButton(root, 'Détacher du groupe CDAP T2'));
    await press('Enter');
    const confirmDialog = root.querySelector('habil-confirm-dialog')!;
    const confirmPart = (part: string) => shadow(confirmDialog).querySelector<HTMLElement>(`[part~="${part}"]`)!;
    await until(() => (confirmPart('dialog') as HTMLDialogElement).open, 'the confirmation did not open');
    expect(text(confirmPart('heading'))).to.equal('Détacher Karim BENALI du groupe CDAP T2 ?');
    expect(hasFocus(confirmPart('cancel-button'))).to.equal(true);
    await tabTo(confirmPart('confirm-button'), 3);
    await press('Enter');
    await until(() => membership('g-cdap-t2', 'k-benali')?.closingDate === TODAY, 'not detached on the server');
    await until(() => spoken() === 'Karim BENALI détaché du groupe CDAP T2 ; son compte reste ouvert.', 'the detachment was not said');
    expect(removed.map((event) => event.group.code)).to.deep.equal(['CDAP T2']);
    await until(() => membershipRows(root)[0]?.[4] === 'Terminée', 'his groups were not read again');
    expect(hasFocus(root.querySelector('h2'))).to.equal(true);

    await press('Escape');
    await until(() => !membershipsDialog(el).open, 'the dialog did not close');
    await untilSettled(el);
    expect(hasFocus(rowButton(el, 'BENALI'))).to.equal(true);
  });

  it('as a responsable habilitations: a group of his tree he may change; one outside, and the Afas group without « Afas - Habiliter », only read, saying why', async () => {
    server().actAs('responsable');
    expectOk(await api('POST', '/groups/g-cdap-t1/members', { body: { accountId: 'a-roux' } }), 201);
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    const root = await chooseMemberships(el, 'ROUX', "Gérer l'appartenance de l'utilisateur");
    await until(() => membershipRows(root).every((row) => row[5] !== 'Chargement…'), 'the memberships were not read');
    expect(membershipRows(root).map((row) => [row[0], row[5]])).to.deep.equal([
      ['AFAS-DEC', 'Groupe Afas : réservé à qui dispose de « Afas - Habiliter »'],
      ['CDAP T1', 'Modifier les dates Détacher'],
    ]);
    await press('Escape');
    await until(() => !membershipsDialog(el).open, 'the dialog did not close');

    const other = await chooseMemberships(el, 'BENALI', "Gérer l'appartenance de l'utilisateur");
    await until(() => membershipRows(other)[0]?.[0] === 'CDAP T2', 'his groups were not shown');
    expect(membershipRows(other).map((row) => [row[0], row[5]])).to.deep.equal([
      ['CDAP T2', 'Groupe que vous ne gérez pas'],
      ['CDAP T6', 'Groupe que vous ne gérez pas'],
    ]);
    await expect(el).to.be.accessible();
  });
});

describe('habil-account-search (CAF): « Désactiver un responsable habilitations »', () => {
  it('names a new responsable for each of her groups, then the closing date, and only then changes the groups and closes the account (R11)', async () => {
    const el = await searchAsPartnerAdmin(html`<habil-account-search nom="garnier"></habil-account-search>`);
    const groupEvents = details<GroupUpdatedDetail>(el, 'habil-group-updated');
    const closed = details<AccountsDeactivatedDetail>(el, 'habil-account-deactivated');
    const labels = await openMenuByKeyboard(el, 'GARNIER');
    expect(labels).to.include('Désactiver un responsable habilitations');
    expect(labels).not.to.include("Désactiver l'utilisateur (date de clôture)");
    while (text(deepFocus()) !== 'Désactiver un responsable habilitations') await press('ArrowDown');
    await press('Enter');

    const root = await untilResponsableOpen(el);
    expect(text(root.querySelector('h2'))).to.equal('Désactiver le responsable habilitations Sylvie GARNIER ?');
    expect(text(root.querySelector('#consequence'))).to.contain('Sylvie GARNIER est responsable habilitations de 5 groupes.');
    expect(hasFocus(root.querySelector('[part~="cancel-button"]'))).to.equal(true);
    const groups = [...root.querySelectorAll<HabilField>('[part~="replacement"]')];
    expect(groups.map((field) => field.label)).to.deep.equal([
      'AFAS-HAB – AFAS-HABILITER',
      'BAILLEURS – Bailleur',
      'CDAP T2 – Cdap T2',
      'CDAP T6 – Cdap T6',
      'DGFIP – Controleurs publics',
    ]);
    // The open users of the convention, but her.
    expect(groups[0]!.options.map((option) => option.label)).to.deep.equal([
      'BENALI Karim (AAE3390CAU)',
      'BLANC Julie (AAD1207CAU)',
      'DURAND Mathieu (AAA2930CAU)',
      'LEMAÎTRE Grégoire (AAG0458CAU)',
      'MARTIN Pierre (AAB1842CAU)',
      'ROUX Anaïs (AAF7712CAU)',
    ]);
    await expect(el).to.be.accessible();

    // « Continuer » with choices missing: said on the first one, which takes focus; nothing sent.
    root.querySelector<HTMLButtonElement>('[part~="confirm-button"]')!.click();
    await until(() => groups[0]!.error !== '', 'the missing choice was not said');
    expect(groups[0]!.error).to.equal('Choisissez le nouveau responsable habilitations du groupe AFAS-HAB.');
    await until(() => hasFocus(control(groups[0]!)), 'focus on the first choice to make');

    await select(fieldIn(root, 'same-for-all'), 'j-blanc');
    await select(groups[3]!, 'm-durand');
    control(groups[3]!).focus();
    await press('Enter');

    const deactivation = await untilDeactivationOpen(el);
    expect(deactivationText(el)).to.contain(
      'Avant la clôture, les groupes changent de responsable habilitations : AFAS-HAB à Julie BLANC, BAILLEURS à Julie BLANC, CDAP T2 à Julie BLANC, CDAP T6 à Mathieu DURAND, DGFIP à Julie BLANC.',
    );
    // Nothing is saved before the last confirmation, which starts on « Annuler ».
    expect(store().groups.get('g-cdap-t2')!.responsableId).to.equal('s-garnier');
    expect(hasFocus(shadow(deactivation).querySelector('[part~="cancel-button"]'))).to.equal(true);
    confirmDeactivation(el);

    await until(() => store().accounts.get('s-garnier')!.closingDate === TODAY, 'her account was not closed');
    expect(['g-afas-hab', 'g-bailleurs', 'g-cdap-t2', 'g-cdap-t6', 'g-dgfip'].map((id) => store().groups.get(id)!.responsableId)).to.deep.equal([
      'j-blanc',
      'j-blanc',
      'j-blanc',
      'm-durand',
      'j-blanc',
    ]);
    await until(
      () =>
        notice(el) ===
        'GARNIER Sylvie est désactivée : date de clôture au 02/06/2025. Nouveaux responsables habilitations : AFAS-HAB à Julie BLANC, BAILLEURS à Julie BLANC, CDAP T2 à Julie BLANC, CDAP T6 à Mathieu DURAND, DGFIP à Julie BLANC.',
      'the outcome was not said',
    );
    expect(groupEvents.map((event) => [event.group.code, event.changes])).to.deep.equal([
      ['AFAS-HAB', { responsableId: 'j-blanc' }],
      ['BAILLEURS', { responsableId: 'j-blanc' }],
      ['CDAP T2', { responsableId: 'j-blanc' }],
      ['CDAP T6', { responsableId: 'm-durand' }],
      ['DGFIP', { responsableId: 'j-blanc' }],
    ]);
    expect(closed.map((event) => [event.accounts[0]!.id, event.closingDate])).to.deep.equal([['s-garnier', TODAY]]);
    await untilSettled(el);
    expect(rowText(el, 'GARNIER')).to.contain('Clôturé');
    expect(hasFocus(rowButton(el, 'GARNIER'))).to.equal(true);
  });

  it('says in English what it asks', async () => {
    const el = await searchAsPartnerAdmin(html`<habil-account-search lang="en" nom="blanc"></habil-account-search>`);
    const root = await chooseResponsable(el, 'BLANC', 'Deactivate a responsable habilitations');
    expect(text(root.querySelector('h2'))).to.equal('Deactivate the responsable habilitations Julie BLANC?');
    expect(text(root.querySelector('#consequence'))).to.contain('Julie BLANC is the responsable habilitations of one group.');
    expect([...root.querySelectorAll<HabilField>('[part~="replacement"]')].map((field) => field.label)).to.deep.equal(['CDAP T1-NORD – Cdap T1 - Territoire Nord']);
    expect(text(root.querySelector('[part~="confirm-button"]'))).to.equal('Continue');
  });

  it('a group changed meanwhile is refused in words, with what was saved before it; the account stays open', async () => {
    const el = await searchAsPartnerAdmin(html`<habil-account-search nom="garnier"></habil-account-search>`);
    const root = await chooseResponsable(el, 'GARNIER', 'Désactiver un responsable habilitations');
    await select(fieldIn(root, 'same-for-all'), 'j-blanc');
    root.querySelector<HTMLButtonElement>('[part~="confirm-button"]')!.click();
    await untilDeactivationOpen(el);
    // Another administrator renames CDAP T2 while the closing date is asked.
    expectOk(await api('PATCH', '/groups/g-cdap-t2', { body: { label: 'Cdap T2 - Social' }, ifMatch: 1 }));
    confirmDeactivation(el);

    await until(() => alertText(el, 'action-alert') !== '', 'the refusal was not said');
    expect(alertText(el, 'action-alert')).to.equal(
      "Le groupe CDAP T2 n'a pas été confié à Julie BLANC Quelqu'un d'autre a modifié cet élément entre-temps. Il a été rechargé : vérifiez puis recommencez. Déjà enregistré : AFAS-HAB à Julie BLANC, BAILLEURS à Julie BLANC. Le compte n'a pas été clôturé.",
    );
    expect(store().groups.get('g-cdap-t2')!.responsableId).to.equal('s-garnier');
    expect(store().accounts.get('s-garnier')!.closingDate).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('as a responsable habilitations: a user who is responsable of a group cannot be closed from here, and the menu says why', async () => {
    server().actAs('responsable');
    const el = await searchWidget(html`<habil-account-search nom="blanc"></habil-account-search>`);
    await openMenu(el, 'BLANC');
    expect(menuLabels(el).filter((label) => label.startsWith('Désactiver'))).to.deep.equal([]);
    expect($$(el, '.menu-reason').map((reason) => text(reason))).to.deep.equal([
      "BLANC Julie est responsable habilitations du groupe CDAP T1-NORD : seul l'administrateur partenaire peut désigner un autre responsable, ce qui doit précéder la clôture de son compte.",
    ]);
    await expect(el).to.be.accessible();
  });

  it('« Modifier » with a closing date does not close a responsable: the form says how, what was typed kept', async () => {
    const el = await searchAsPartnerAdmin(html`<habil-account-search nom="blanc"></habil-account-search>`);
    const edit = await editClosingDate(el, 'BLANC', '2025-12-31');
    submitForm(edit.form);
    const alert = edit.dialog.querySelector('habil-alert')!;
    await until(() => text(alert) !== '', 'the form did not say why');
    expect(text(shadow(alert).querySelector('[part="heading"]'))).to.equal('Compte de BLANC Julie non clôturé');
    expect(text(alert)).to.contain('BLANC Julie est responsable habilitations du groupe CDAP T1-NORD');
    expectNotClosed('j-blanc', edit, '2025-12-31');
  });

  it('a bulk closing leaves the responsables out, and the report says why', async () => {
    const el = await searchAsPartnerAdmin(html`<habil-account-search></habil-account-search>`);
    await bulkDeactivate(el, ['BENALI', 'GARNIER']);
    expect(deactivationText(el)).to.contain('1 compte du résultat ne permet pas cette action');
    confirmDeactivation(el);
    await until(() => $(el, '[part~="bulk-report"]'), 'the bulk action did not finish');
    expect(store().accounts.get('k-benali')!.closingDate).to.equal(TODAY);
    expect(store().accounts.get('s-garnier')!.closingDate).to.equal(undefined);
    expect([...$(el, '[part~="bulk-report"]').querySelectorAll('.left-out li')].map((li) => text(li))).to.deep.equal([
      "GARNIER Sylvie : Responsable habilitations des groupes AFAS-HAB, BAILLEURS, CDAP T2, CDAP T6, DGFIP : « Désactiver un responsable habilitations » désigne d'abord qui le ou la remplace.",
    ]);
  });
});

describe('habil-account-search (CAF): the server refuses to close a responsable habilitations the page did not know of (R11)', () => {
  const WORDS_FR =
    "Ce compte est responsable habilitations de groupes encore ouverts : désignez d'abord un autre responsable habilitations pour chacun de ces groupes, puis clôturez le compte.";

  /** Another administrator names Grégoire LEMAÎTRE responsable of DGFIP, behind the page's back. */
  const namedMeanwhile = async () => expectOk(await api('PATCH', '/groups/g-dgfip', { body: { responsableId: 'g-lemaitre' }, ifMatch: store().groups.get('g-dgfip')!.version }));

  it('« Désactiver l’utilisateur »: the refusal is said in words, with his group, and his account stays open', async () => {
    const el = await searchAsPartnerAdmin(html`<habil-account-search nom="lemaitre"></habil-account-search>`);
    await chooseAction(el, 'LEMAÎTRE', "Désactiver l'utilisateur (date de clôture)");
    await untilDeactivationOpen(el);
    await namedMeanwhile();
    confirmDeactivation(el);

    await until(() => alertText(el, 'action-alert') !== '', 'the refusal was not said');
    expect(alertText(el, 'action-alert')).to.equal(`Action impossible : LEMAÎTRE Grégoire ${WORDS_FR} Grégoire LEMAÎTRE est responsable habilitations du groupe DGFIP.`);
    expect(store().accounts.get('g-lemaitre')!.closingDate).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('says it in English on an English page', async () => {
    const el = await searchAsPartnerAdmin(html`<habil-account-search lang="en" nom="lemaitre"></habil-account-search>`);
    await chooseAction(el, 'LEMAÎTRE', 'Deactivate the user (closing date)');
    await untilDeactivationOpen(el);
    await namedMeanwhile();
    confirmDeactivation(el);

    await until(() => alertText(el, 'action-alert') !== '', 'the refusal was not said');
    expect(alertText(el, 'action-alert')).to.equal(
      'Action not possible: LEMAÎTRE Grégoire This account is the responsable habilitations of groups still open: first name another responsable habilitations for each of these groups, then close the account. Grégoire LEMAÎTRE is the responsable habilitations of group DGFIP.',
    );
    expect(store().accounts.get('g-lemaitre')!.closingDate).to.equal(undefined);
  });

  it('« Modifier » with a closing date: the form says the refusal in words, what was typed kept', async () => {
    const el = await searchAsPartnerAdmin(html`<habil-account-search nom="lemaitre"></habil-account-search>`);
    const edit = await editClosingDate(el, 'LEMAÎTRE', '2025-12-31');
    await namedMeanwhile();
    submitForm(edit.form);

    const alert = edit.dialog.querySelector('habil-alert')!;
    // What the alert says: its own words (the refusal's), then what the widget put in it.
    const said = () => `${text(shadow(alert).querySelector('[part="base"]'))} ${text(alert)}`.trim();
    await until(() => said().includes('DGFIP'), 'the form did not say why');
    expect(said()).to.equal(`Action impossible ${WORDS_FR} Grégoire LEMAÎTRE est responsable habilitations du groupe DGFIP.`);
    expectNotClosed('g-lemaitre', edit, '2025-12-31');
  });

  it('a bulk closing: his row is reported refused with the words, the others closed', async () => {
    const el = await searchAsPartnerAdmin(html`<habil-account-search></habil-account-search>`);
    await bulkDeactivate(el, ['BENALI', 'LEMAÎTRE']);
    await namedMeanwhile();
    confirmDeactivation(el);

    await until(() => $(el, '[part~="bulk-report"]'), 'the bulk action did not finish');
    expect(store().accounts.get('k-benali')!.closingDate).to.equal(TODAY);
    expect(store().accounts.get('g-lemaitre')!.closingDate).to.equal(undefined);
    const refused = [...$(el, '[part~="bulk-report"]').querySelectorAll('.report-table tbody tr')].map((tr) => text(tr));
    expect(refused).to.have.length(1);
    expect(refused[0]).to.contain('LEMAÎTRE').and.contain(WORDS_FR).and.contain('Grégoire LEMAÎTRE est responsable habilitations du groupe DGFIP.');
  });
});
