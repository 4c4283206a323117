import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HabilRolePicker, type RolePickerCloseDetail } from '../../src/account-parts/role-picker.js';
import type { AccountDetail, Application } from '../../src/domain/index.js';
import { defineElement } from '../../src/internal/define.js';
import '../../src/ui/field/define.js';
import { api, expectOk, useReferenceServer } from '../support/api.js';
import { afterAttributeChange, focusedElement, press, recordEvents, tabTo } from '../ui/support.js';
import { dialogBesideTrigger } from '../support/dialogs.js';
import { text } from '../support/dom.js';

defineElement('habil-role-picker', HabilRolePicker);

async function page(applications: Application[]): Promise<{ trigger: HTMLButtonElement; picker: HabilRolePicker }> {
  const { trigger, dialog } = await dialogBesideTrigger<HabilRolePicker>('Affecter un rôle', html`<habil-role-picker .applications=${applications}></habil-role-picker>`);
  return { trigger, picker: dialog };
}

const inside = <E extends Element = HTMLElement>(picker: HabilRolePicker, selector: string) => picker.shadowRoot!.querySelector<E>(selector);
const all = <E extends Element = HTMLElement>(picker: HabilRolePicker, selector: string) => [...picker.shadowRoot!.querySelectorAll<E>(selector)];
const native = (picker: HabilRolePicker) => inside<HTMLDialogElement>(picker, 'dialog')!;
const searchInput = (picker: HabilRolePicker) => inside(picker, 'habil-field')!.shadowRoot!.querySelector('input')!;
const radios = (picker: HabilRolePicker) => all<HTMLInputElement>(picker, 'input[name="role"]');
const radioLabels = (picker: HabilRolePicker) => radios(picker).map((radio) => text(radio.closest('label')));
/** The names of the applications the roles are grouped under (each group named by its heading). */
const legends = (picker: HabilRolePicker) => all(picker, '[role="group"].application > .application-name').map(text);
const confirmButton = (picker: HabilRolePicker) => inside<HTMLButtonElement>(picker, '[part="confirm-button"]')!;

async function typeSearch(picker: HabilRolePicker, value: string): Promise<void> {
  await sendKeys({ type: value });
  await picker.updateComplete;
}

/** Compares identities: a failed comparison of two DOM nodes makes the runner serialise them, and it never finishes. */
function expectFocusOn(element: Element | null | undefined): void {
  const focused = focusedElement();
  expect(focused === element, `focus is on ${focused?.outerHTML.slice(0, 120) ?? 'nothing'}`).to.equal(true);
}

describe('habil-role-picker', () => {
  useReferenceServer();

  /** The UCANSS catalogue of the reference server. */
  async function ucanssApplications(): Promise<Application[]> {
    const applications = expectOk<Application[]>(await api('GET', '/applications'));
    return applications.filter((application) => application.space === 'ucanss');
  }

  it('opens as a modal with the search box focused and the roles grouped by application', async () => {
    const applications = await ucanssApplications();
    const { picker } = await page(applications);
    void picker.choose({ heading: 'Affecter un rôle à Emma AHOVA', description: 'Le rôle est attribué aussitôt.', confirmLabel: 'Affecter' });
    await picker.updateComplete;

    expect(native(picker).matches(':modal')).to.equal(true);
    expect(text(picker.shadowRoot!.getElementById(native(picker).getAttribute('aria-labelledby')!))).to.equal('Affecter un rôle à Emma AHOVA');
    expect(text(picker.shadowRoot!.getElementById(native(picker).getAttribute('aria-describedby')!))).to.equal('Le rôle est attribué aussitôt.');
    expectFocusOn(searchInput(picker));
    expect(inside(picker, 'habil-field')!.getAttribute('label')).to.equal('Rechercher');

    const total = applications.reduce((n, application) => n + application.roles.length, 0);
    expect(radios(picker)).to.have.length(total);
    expect(text(inside(picker, '[part="count"]'))).to.equal(`${total} rôles`);
    expect(inside(picker, '[part="count"]')!.getAttribute('role')).to.equal('status');
    expect(legends(picker)).to.include.members(['Contentieux', 'Grèves', 'Guides juridiques Egap']);
    const egap = all(picker, '[role="group"].application').find((group) => text(group.querySelector('.application-name')) === 'Guides juridiques Egap')!;
    expect(egap.getAttribute('aria-labelledby')).to.equal(egap.querySelector('.application-name')!.id);
    expect([...egap.querySelectorAll('label')].map(text)).to.deep.equal(["Egap - Guides d'administration du personnel", 'EGAP_ Guide Paie Accès Lecteur']);
    expect(text(confirmButton(picker))).to.equal('Affecter');
    await expect(picker).to.be.accessible();
  });

  it('filters by role or application name, ignoring accents and case, and says how many roles are left', async () => {
    const applications = await ucanssApplications();
    const total = applications.reduce((n, application) => n + application.roles.length, 0);
    const { picker } = await page(applications);
    void picker.choose({ heading: 'Affecter un rôle' });
    await picker.updateComplete;

    await typeSearch(picker, 'GREVE');
    expect(legends(picker)).to.deep.equal(['Grèves']);
    expect(radioLabels(picker)).to.deep.equal(['Grève - Déclaration des mouvements']);
    expect(text(inside(picker, '[part="count"]'))).to.equal(`1 rôle sur ${total}`);

    await press('Backspace');
    await press('Backspace');
    await press('Backspace');
    await press('Backspace');
    await press('Backspace');
    await typeSearch(picker, 'egap paie');
    expect(radioLabels(picker)).to.deep.equal(['EGAP_ Guide Paie Accès Lecteur']);

    await typeSearch(picker, 'zzz');
    expect(radios(picker)).to.have.length(0);
    expect(text(inside(picker, '.empty'))).to.equal('Aucun rôle ne correspond à « egap paiezzz ».');
    await expect(picker).to.be.accessible();
  });

  it('is used with the keyboard alone: search, Arrow Down into the roles, arrows to choose, Enter to confirm; focus returns', async () => {
    const { trigger, picker } = await page(await ucanssApplications());
    const events = recordEvents<CustomEvent<RolePickerCloseDetail>>(picker, 'habil-role-picker-close');
    const answer = picker.choose({ heading: 'Affecter un rôle à Emma AHOVA', confirmLabel: 'Affecter' });
    await picker.updateComplete;

    await typeSearch(picker, 'egap');
    await press('ArrowDown');
    expectFocusOn(radios(picker)[0]);
    await press('ArrowDown');
    await picker.updateComplete;
    expect(radios(picker)[1]!.checked).to.equal(true);
    expect(text(inside(picker, '[part="chosen"]'))).to.equal('Rôle choisi : EGAP_ Guide Paie Accès Lecteur');

    await tabTo(confirmButton(picker));
    await press('Enter');
    expect(await answer).to.equal('egap-paie');
    expect(events.map((event) => event.detail)).to.deep.equal([{ roleId: 'egap-paie' }]);
    expect(native(picker).open).to.equal(false);
    expectFocusOn(trigger);
  });

  it('takes the only role left by the search when Enter is pressed in the search box', async () => {
    const { picker } = await page(await ucanssApplications());
    const answer = picker.choose({ heading: 'Affecter un rôle' });
    await picker.updateComplete;
    await typeSearch(picker, 'thesaurus');
    await press('Enter');
    expect(await answer).to.equal('thesaurus-lecteur');
  });

  it('keeps the role chosen when a new search hides it', async () => {
    const { picker } = await page(await ucanssApplications());
    const answer = picker.choose({ heading: 'Affecter un rôle' });
    await picker.updateComplete;
    await typeSearch(picker, 'greve');
    radios(picker)[0]!.click();
    await picker.updateComplete;
    searchInput(picker).focus();
    await typeSearch(picker, 'zzz');
    expect(text(inside(picker, '[part="chosen"]'))).to.equal('Rôle choisi : Grève - Déclaration des mouvements');
    confirmButton(picker).click();
    expect(await answer).to.equal('greve-declaration');
  });

  it('offers only the roles it is given, e.g. the removable roles held for "Supprimer rôle"', async () => {
    const applications = await ucanssApplications();
    const schneider = expectOk<AccountDetail>(await api('GET', '/accounts/h-schneider'));
    const held = schneider.grants.filter((grant) => grant.removable).map((grant) => grant.roleId);
    const { picker } = await page(applications);
    void picker.choose({ heading: "Supprimer un rôle d'Hélène SCHNEIDER-KLEIN", roleIds: held, confirmLabel: 'Supprimer le rôle', danger: true });
    await picker.updateComplete;
    expect(radioLabels(picker)).to.deep.equal(['Accords locaux - Accès organisme', 'Elections Professionnelles - Déposant Organisme']);
    expect(legends(picker)).to.deep.equal(['Accords locaux', 'Élections professionnelles']);
    expect(confirmButton(picker).classList.contains('button--danger')).to.equal(true);
    await expect(picker).to.be.accessible();
  });

  it('refuses to confirm without a role, with an error tied to the roles', async () => {
    const { picker } = await page(await ucanssApplications());
    void picker.choose({ heading: 'Affecter un rôle' });
    await picker.updateComplete;
    confirmButton(picker).click();
    await picker.updateComplete;
    const group = inside(picker, 'fieldset.roles')!;
    expect(group.getAttribute('aria-invalid')).to.equal('true');
    expect(text(picker.shadowRoot!.getElementById(group.getAttribute('aria-describedby')!))).to.equal('Choisissez un rôle.');
    expectFocusOn(radios(picker)[0]);
    expect(native(picker).open).to.equal(true);
    await expect(picker).to.be.accessible();
  });

  it('says so when there is no role to choose', async () => {
    const { picker } = await page(await ucanssApplications());
    void picker.choose({ heading: 'Supprimer un rôle de Carole DONA', roleIds: [] });
    await picker.updateComplete;
    expect(text(inside(picker, '[part="count"]'))).to.equal('Aucun rôle à choisir.');
    expect(inside(picker, 'habil-field')).to.equal(null);
    expect(confirmButton(picker).getAttribute('aria-disabled')).to.equal('true');
    await expect(picker).to.be.accessible();
  });

  it('Escape cancels with an event; closed by the host, it answers undefined without one', async () => {
    const { trigger, picker } = await page(await ucanssApplications());
    const events = recordEvents<CustomEvent<RolePickerCloseDetail>>(picker, 'habil-role-picker-close');
    const cancelled = picker.choose({ heading: 'Affecter un rôle' });
    await picker.updateComplete;
    await press('Escape');
    expect(await cancelled).to.equal(undefined);
    expect(events.map((event) => event.detail)).to.deep.equal([{ roleId: undefined }]);
    expectFocusOn(trigger);

    const closed = picker.choose({ heading: 'Affecter un rôle' });
    await picker.updateComplete;
    picker.open = false;
    expect(await closed).to.equal(undefined);
    expect(events).to.have.length(1);
  });

  it('starts afresh on each question', async () => {
    const { picker } = await page(await ucanssApplications());
    void picker.choose({ heading: 'Affecter un rôle' });
    await picker.updateComplete;
    await typeSearch(picker, 'greve');
    radios(picker)[0]!.click();
    await press('Escape');
    void picker.choose({ heading: 'Affecter un rôle' });
    await picker.updateComplete;
    expect(inside<HTMLElement & { value: string }>(picker, 'habil-field')!.value).to.equal('');
    expect(radios(picker).some((radio) => radio.checked)).to.equal(false);
  });

  it('opens on a role chosen in advance, checked and focused: Enter confirms it, the arrows change it (#14)', async () => {
    const { trigger, picker } = await page(await ucanssApplications());
    const answer = picker.choose({ heading: 'Supprimer un rôle de 4 comptes', chosen: 'contentieux-organisme', confirmLabel: 'Supprimer le rôle', danger: true });
    await picker.updateComplete;
    const chosen = inside<HTMLInputElement>(picker, 'input[name="role"][value="contentieux-organisme"]')!;
    expect(chosen.checked).to.equal(true);
    expectFocusOn(chosen);
    expect(text(inside(picker, '[part="chosen"]'))).to.equal('Rôle choisi : Contentieux - organisme');
    await expect(picker).to.be.accessible();
    await press('Enter');
    expect(await answer).to.equal('contentieux-organisme');
    expectFocusOn(trigger);

    // A role that is not offered is not chosen: the search box has focus, as without one.
    void picker.choose({ heading: 'Affecter un rôle', roleIds: ['greve-declaration'], chosen: 'contentieux-organisme' });
    await picker.updateComplete;
    expect(radios(picker).some((radio) => radio.checked)).to.equal(false);
    expectFocusOn(searchInput(picker));
    await press('Escape');
  });

  it('names the role chosen in advance in English', async () => {
    const { picker } = await page(await ucanssApplications());
    picker.lang = 'en';
    await afterAttributeChange(picker);
    void picker.choose({ heading: 'Remove a role from 4 accounts', chosen: 'greve-declaration' });
    await picker.updateComplete;
    expect(text(inside(picker, '[part="chosen"]'))).to.equal('Chosen role: Grève - Déclaration des mouvements');
    await press('ArrowDown');
    await picker.updateComplete;
    expect(inside<HTMLInputElement>(picker, 'input[name="role"][value="greve-declaration"]')!.checked, 'the arrows change the choice').to.equal(false);
  });

  it('speaks English', async () => {
    const { picker } = await page(await ucanssApplications());
    picker.lang = 'en';
    await afterAttributeChange(picker);
    void picker.choose({ heading: 'Assign a role to Emma AHOVA' });
    await picker.updateComplete;
    await typeSearch(picker, 'greve');
    expect(inside(picker, 'habil-field')!.getAttribute('label')).to.equal('Search');
    expect(text(inside(picker, '[part="count"]'))).to.match(/^1 role of \d+$/);
    expect(text(confirmButton(picker))).to.equal('Choose');
    await expect(picker).to.be.accessible();
  });
});
