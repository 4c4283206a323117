/**
 * `<habil-account-search>`: what a bulk action asks and leaves out (the role the result is
 * filtered on chosen in advance; « Tout » without the accounts the action is not possible on,
 * said before and in the report), final decisions that start on the safe choice and give focus
 * back where the user was, words that agree with the civilité, and what assistive technologies
 * are told of the widget (no landmark of the page's name, a menu button).
 */
import { expect, html } from '@open-wc/testing';
import '../../src/account-search/define.js';
import type { HabilAccountSearch } from '../../src/account-search/define.js';
import { generateAccounts } from '../../mocks/seed/generator.js';
import { useReferenceServer } from '../support/api.js';
import { text } from '../support/dom.js';
import { accessibleName, landmarksIn, roleOf } from '../account-parts/accessibility.js';
import {
  $,
  bulkButton,
  confirmPart,
  deactivationDialog,
  deepFocus,
  hasFocus,
  inTable,
  menu,
  menuItems,
  notice,
  press,
  rolePicker,
  rowButton,
  rowNames,
  searchWidget,
  until,
  untilConfirmOpen,
  untilDeactivationOpen,
  untilSettled,
} from './account-search-helpers.js';

const server = useReferenceServer();
const account = (id: string) => server().store.accounts.get(id)!;

const report = (el: HabilAccountSearch) => $(el, '[part~="bulk-report"]');
const leftOutRows = (el: HabilAccountSearch) => [...(report(el)?.querySelectorAll('.left-out li') ?? [])].map(text);

async function selectAll(el: HabilAccountSearch): Promise<void> {
  inTable<HTMLInputElement>(el, '[part~="select-all"]')[0]!.click();
  await el.updateComplete;
}

// The picker is rendered once its module has loaded, on first use: absent until then.
const pickerPart = (el: HabilAccountSearch, part: string) => rolePicker(el)?.shadowRoot?.querySelector<HTMLElement>(`[part~="${part}"]`) as HTMLElement;
const pickerRadio = (el: HabilAccountSearch, roleId: string) => rolePicker(el).shadowRoot!.querySelector<HTMLInputElement>(`input[name="role"][value="${roleId}"]`)!;

async function untilPickerOpen(el: HabilAccountSearch): Promise<void> {
  await until(() => (pickerPart(el, 'dialog') as HTMLDialogElement | null)?.open, 'the role picker did not open');
  await (rolePicker(el) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** Tabs to the row's « Actions » button, as a keyboard user reaches it. */
async function tabToRow(el: HabilAccountSearch, name: string): Promise<HTMLButtonElement> {
  const button = rowButton(el, name);
  for (let i = 0; i < 40 && deepFocus() !== button; i += 1) await press('Tab');
  expect(hasFocus(button), `Tab never reached the actions of ${name}`).to.equal(true);
  return button;
}

describe('habil-account-search: a bulk role removal chooses the role the result is filtered on (#14)', () => {
  it('« Rôle sélectionné » + « Personnes ayant le rôle : Oui », then « Supprimer un rôle »: the role is chosen and focused, Enter goes on, the ADD accounts are left out', async () => {
    server().store.accounts.get('c-dona')!.grants.set('contentieux-organisme', { roleId: 'contentieux-organisme', source: 'direct', grantedAt: '2025-01-06T09:00:00Z' });
    const el = await searchWidget(html`<habil-account-search role-id="contentieux-organisme" has-role="oui"></habil-account-search>`);
    // The two ADD accounts hold it by default (UCANSS FAQ), read-only (R2).
    expect(rowNames(el)).to.deep.equal(['AHOVA Emma', 'DONA Carole', 'MULLER Jean-François', 'RAYMOND Pierre']);
    await selectAll(el);
    bulkButton(el, 'Supprimer un rôle').focus();
    await press('Enter');
    await untilPickerOpen(el);
    expect(pickerRadio(el, 'contentieux-organisme').checked).to.equal(true);
    expect(hasFocus(pickerRadio(el, 'contentieux-organisme'))).to.equal(true);
    expect(text(pickerPart(el, 'chosen'))).to.equal('Rôle choisi : Contentieux - organisme');
    await expect(el).to.be.accessible();

    await press('Enter');
    await untilConfirmOpen(el);
    expect(confirmPart(el, 'heading').textContent).to.equal('Supprimer le rôle « Contentieux - organisme » de 4 comptes ?');
    expect(confirmPart(el, 'message').textContent).to.contain(
      '2 comptes du résultat ne permettent pas cette action (comptes en lecture seule, par exemple) : ils seront laissés de côté.',
    );
    // Removing is a final decision: the confirmation starts on « Annuler ».
    expect(hasFocus(confirmPart(el, 'cancel-button'))).to.equal(true);
    await press('Tab');
    await press('Enter');
    await until(() => report(el), 'the bulk action did not finish');
    expect(['e-ahova', 'c-dona', 'jf-muller', 'p-raymond'].map((id) => server().store.hasDirectGrant(id, 'contentieux-organisme'))).to.deep.equal([false, false, true, true]);
    expect(text(report(el))).to.contain('Suppression de rôle terminée : 2 réussis, 0 refusé.');
    expect(leftOutRows(el).map((row) => row.split(' : ')[0])).to.deep.equal(['MULLER Jean-François', 'RAYMOND Pierre']);
  });

  it('« Personnes ayant le rôle : Non », then « Affecter un rôle »: that role is chosen; without a role criterion none is (in English too)', async () => {
    const el = await searchWidget(html`<habil-account-search lang="en" role-id="greve-declaration" has-role="non" nom="ahova"></habil-account-search>`);
    await selectAll(el);
    bulkButton(el, 'Assign a role').click();
    await untilPickerOpen(el);
    expect(pickerRadio(el, 'greve-declaration').checked).to.equal(true);
    expect(text(pickerPart(el, 'chosen'))).to.equal('Chosen role: Grève - Déclaration des mouvements');
    await press('Escape');
    await until(() => !(pickerPart(el, 'dialog') as HTMLDialogElement).open, 'the picker did not close');

    // The removal is not of a role those people do not hold: nothing is chosen for it.
    bulkButton(el, 'Remove a role').click();
    await untilPickerOpen(el);
    expect(rolePicker(el).shadowRoot!.querySelector('input[name="role"]:checked')).to.equal(null);
    expect(text(pickerPart(el, 'chosen'))).to.equal('');
  });
});

describe('habil-account-search: « Tout » leaves out the accounts the action is not possible on (#14)', () => {
  it('says how many before the action when the page holds the whole result, sends none of them, and lists them in the report', async () => {
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    const readOnly = inTable(el, '[part~="read-only-reason"]').length;
    expect(readOnly, 'the result holds read-only accounts').to.be.greaterThan(0);
    await selectAll(el);
    bulkButton(el, 'Désactiver').click();
    const dialog = await untilDeactivationOpen(el);
    const note = dialog.shadowRoot!.querySelector('[part="note"]')!;
    expect(text(note)).to.match(/^\d+ comptes du résultat ne permettent pas cette action \(comptes en lecture seule, par exemple\) : ils seront laissés de côté\.$/);
    const announced = Number(text(note).split(' ')[0]);
    expect(dialog.shadowRoot!.querySelector('dialog')!.getAttribute('aria-describedby')).to.equal('consequence note');

    dialog.shadowRoot!.querySelector<HTMLInputElement>('input[name="mode"][value="temporary"]')!.click();
    await (dialog as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
    await until(() => report(el), 'the bulk action did not finish');

    expect(leftOutRows(el)).to.have.length(announced);
    expect(leftOutRows(el)).to.include(
      "RAYMOND Pierre : Compte d'Agent de Direction : il est géré par le Référentiel des ADD et ne peut pas être modifié ici. Écrivez à labdd@ucanss.fr.",
    );
    expect(text(report(el))).to.contain(`${announced} comptes laissés de côté : cette action n’y est pas possible.`);
    const refused = [...report(el).querySelectorAll('tbody th')].map(text);
    expect(refused, 'no read-only account was sent only to be refused').not.to.include.members(['RAYMOND Pierre', 'MULLER Jean-François']);
    expect(account('p-raymond').status).to.equal('actif');
    expect(account('c-dona').status).to.equal('inactif');
    await until(() => notice(el).includes('laissés de côté'), 'the outcome says it');
    await expect(el).to.be.accessible();
  });

  it('says so before the action when the result is longer than the page (in English)', async () => {
    generateAccounts(server().store, 40, 3, ['carsat-am']);
    const el = await searchWidget(html`<habil-account-search lang="en"></habil-account-search>`);
    await selectAll(el);
    bulkButton(el, 'Deactivate').click();
    const dialog = await untilDeactivationOpen(el);
    expect(text(dialog.shadowRoot!.querySelector('[part="note"]'))).to.equal(
      'The accounts of the result this action is not possible on (read-only ADD accounts, for instance) will be left out; the report will say how many.',
    );
    await press('Escape');
    await until(() => !(dialog.shadowRoot!.querySelector('dialog') as HTMLDialogElement).open, 'the dialog did not close');
    expect(report(el)).to.equal(null);
  });
});

describe('habil-account-search: « Rattacher » starts on the safe choice and ends on the row (#14)', () => {
  it('by keyboard: the confirmation opens on « Annuler », Enter there changes nothing; Tab, Enter attaches, and focus stays in the widget', async () => {
    const el = await searchWidget(html`<habil-account-search in-my-organisme="false" nom="tologue"></habil-account-search>`);
    const button = await tabToRow(el, 'TOLOGUE Déon');
    await press('Enter');
    await until(() => menu(el).matches(':popover-open'), 'the menu opened');
    expect(menuItems(el).map(text)).to.deep.equal(['Rattacher à mon organisme']);
    await press('Enter');
    await untilConfirmOpen(el);
    expect(hasFocus(confirmPart(el, 'cancel-button'))).to.equal(true);
    // Final, not destructive: the confirm button keeps its colour; only the focus is on the safe side.
    expect(confirmPart(el, 'confirm-button').classList.contains('button--primary')).to.equal(true);
    await press('Enter');
    await until(() => !(confirmPart(el, 'dialog') as HTMLDialogElement).open, 'the confirmation did not close');
    expect(account('d-tologue').organismeId).to.equal('urssaf-cn');
    expect(hasFocus(button)).to.equal(true);

    await press('Enter');
    await until(() => menu(el).matches(':popover-open'), 'the menu opened again');
    await press('Enter');
    await untilConfirmOpen(el);
    await press('Tab');
    expect(hasFocus(confirmPart(el, 'confirm-button'))).to.equal(true);
    await press('Enter');
    await until(() => account('d-tologue').organismeId === 'carsat-am', 'attached on the server');
    await until(() => notice(el) === 'TOLOGUE Déon est rattaché à CARSAT ALSACE-MOSELLE et conserve ses droits.', 'said so');
    await untilSettled(el);
    // The row left the search « hors de mon organisme »: focus goes to the results, not to the page.
    expect(rowNames(el)).to.deep.equal([]);
    expect(hasFocus($(el, '#results-heading'))).to.equal(true);
  });

  it('agrees with the civilité: « rattachée » for a woman, a neutral sentence when it is not known, and English pronouns', async () => {
    const el = await searchWidget(html`<habil-account-search in-my-organisme="false" nom="koenig"></habil-account-search>`);
    rowButton(el, 'KOENIG Sophie').click();
    await until(() => menuItems(el).length > 0, 'the menu opened');
    menuItems(el).find((item) => text(item) === 'Rattacher à mon organisme')!.click();
    await untilConfirmOpen(el);
    confirmPart(el, 'confirm-button').click();
    await until(() => notice(el) === 'KOENIG Sophie est rattachée à CARSAT ALSACE-MOSELLE et conserve ses droits.', 'said so for a woman');

    delete account('d-tologue').civilite;
    const unknown = await searchWidget(html`<habil-account-search in-my-organisme="false" nom="tologue"></habil-account-search>`);
    rowButton(unknown, 'TOLOGUE Déon').click();
    await until(() => menuItems(unknown).length > 0, 'the menu opened');
    menuItems(unknown)[0]!.click();
    await untilConfirmOpen(unknown);
    confirmPart(unknown, 'confirm-button').click();
    await until(() => notice(unknown) === 'Rattachement de TOLOGUE Déon à CARSAT ALSACE-MOSELLE effectué : ses droits sont conservés.', 'said so, neutrally');
  });

  it('speaks English with the pronoun of the civilité', async () => {
    const el = await searchWidget(html`<habil-account-search lang="en" in-my-organisme="false" nom="tologue"></habil-account-search>`);
    rowButton(el, 'TOLOGUE Déon').click();
    await until(() => menuItems(el).length > 0, 'the menu opened');
    menuItems(el)[0]!.click();
    await untilConfirmOpen(el);
    expect(confirmPart(el, 'message').textContent!.trim()).to.equal(
      'Confirm the attachment? By choosing this person, you attach him to your organisme; the person keeps his former rights, which you can then change from the record.',
    );
    expect(hasFocus(confirmPart(el, 'cancel-button'))).to.equal(true);
    confirmPart(el, 'confirm-button').click();
    await until(() => notice(el) === 'TOLOGUE Déon is attached to CARSAT ALSACE-MOSELLE and keeps his rights.', 'said so');
  });
});

describe('habil-account-search: what assistive technologies are told (#14)', () => {
  it('makes no landmark of its heading: the page names its own region « Gestion des comptes » (French and English)', async () => {
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    const landmarks = () => landmarksIn(el.shadowRoot!);
    expect(await roleOf($(el, '[part~="base"]'))).to.equal(null);
    expect(text($(el, 'h2'))).to.equal('Gestion des comptes');
    const named = await landmarks();
    expect(named).to.include('search: Critères de recherche');
    expect(named.filter((landmark) => landmark.endsWith(': Gestion des comptes'))).to.deep.equal([]);

    el.lang = 'en';
    await until(() => text($(el, 'h2')) === 'Account management', 'the heading never spoke English');
    expect((await landmarks()).filter((landmark) => landmark.endsWith(': Account management'))).to.deep.equal([]);
  });

  it('says that « Actions » opens a menu, whose items are menu items, and whether it is open (French and English)', async () => {
    const el = await searchWidget(html`<habil-account-search nom="dona"></habil-account-search>`);
    const button = await tabToRow(el, 'DONA Carole');
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(await accessibleName(button)).to.equal('Actions pour DONA Carole');
    await press('Enter');
    await until(() => menu(el).matches(':popover-open'), 'the menu opened');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const list = $(el, '#row-menu [role="menu"]');
    expect(await accessibleName(list)).to.equal('DONA Carole');
    expect(menuItems(el).every((item) => item.getAttribute('role') === 'menuitem')).to.equal(true);
    expect([...list.children].every((li) => li.getAttribute('role') === 'none')).to.equal(true);
    expect(hasFocus(menuItems(el)[0])).to.equal(true);
    await press('End');
    expect(hasFocus(menuItems(el).at(-1))).to.equal(true);
    await press('Home');
    expect(hasFocus(menuItems(el)[0])).to.equal(true);
    await expect(el).to.be.accessible();
    await press('Escape');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(hasFocus(button)).to.equal(true);

    el.lang = 'en';
    await until(async () => (await accessibleName(rowButton(el, 'DONA Carole'))) === 'Actions for DONA Carole', 'the button never spoke English');
  });
});

describe('habil-account-search: the deactivation starts on the safe choice (#14)', () => {
  it('opens on « Annuler »; Enter there deletes nothing and focus goes back to the row', async () => {
    const el = await searchWidget(html`<habil-account-search nom="weber"></habil-account-search>`);
    const button = await tabToRow(el, 'WEBER Thomas');
    await press('Enter');
    await until(() => menu(el).matches(':popover-open'), 'the menu opened');
    await press('End');
    for (let i = 0; i < 10 && text(deepFocus()) !== 'Désactiver le compte'; i += 1) await press('ArrowUp');
    expect(text(deepFocus())).to.equal('Désactiver le compte');
    await press('Enter');
    const dialog = await untilDeactivationOpen(el);
    expect(hasFocus(dialog.shadowRoot!.querySelector('[part="cancel-button"]'))).to.equal(true);
    await press('Enter');
    await until(() => !(deactivationDialog(el).shadowRoot!.querySelector('dialog') as HTMLDialogElement).open, 'the dialog did not close');
    expect(account('t-weber').status).to.equal('actif');
    expect(hasFocus(button)).to.equal(true);
  });
});
