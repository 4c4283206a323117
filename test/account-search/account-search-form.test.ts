/**
 * `<habil-account-search>`: "Nouveau" and "Modifier" through the account form in a dialog,
 * checked in the reference server's state and in the events; the server's refusals land on
 * the fields and nothing typed is lost (R7 duplicate e-mail, R15 stale write).
 */
import { expect, html } from '@open-wc/testing';
import '../../src/account-search/define.js';
import type { AccountCreatedDetail, AccountUpdatedDetail, HabilAccountSearch } from '../../src/account-search/define.js';
import type { HabilAccountForm } from '../../src/account-parts/account-form.js';
import type { HabilField } from '../../src/ui/field/field.js';
import { useReferenceServer } from '../support/api.js';
import { $, chooseAction, details, hasFocus, notice, searchWidget, untilSettled, until } from './account-search-helpers.js';

const server = useReferenceServer();

const formDialog = (el: HabilAccountSearch) => $<HTMLDialogElement>(el, '#form-dialog');
const form = (el: HabilAccountSearch) => $<HabilAccountForm>(el, 'habil-account-form');
const formField = (el: HabilAccountSearch, name: string) => form(el).shadowRoot!.querySelector<HabilField>(`habil-field[name="${name}"]`)!;
const formAlert = (el: HabilAccountSearch) => {
  const alert = formDialog(el).querySelector('habil-alert')!;
  return `${alert.shadowRoot!.querySelector('[part="base"]')!.textContent} ${alert.textContent}`.replace(/\s+/g, ' ').trim();
};

async function untilFormOpen(el: HabilAccountSearch): Promise<void> {
  // The dialogs are drawn once the actions' code has come.
  await until(() => el.shadowRoot!.querySelector<HTMLDialogElement>('#form-dialog')?.open && form(el)?.shadowRoot?.querySelector('habil-field'), 'the form did not open');
}

/** Types a value the way the browser reports it: the control's value, then `input`. */
async function fill(el: HabilAccountSearch, name: string, value: string): Promise<void> {
  const field = formField(el, name);
  const input = field.shadowRoot!.querySelector<HTMLInputElement>('input')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await field.updateComplete;
}

/** Chooses the civilité of a new account, then types each value in its field, in the order given. */
async function fillDraft(el: HabilAccountSearch, civilite: 'M.' | 'Mme', values: Record<string, string>): Promise<void> {
  form(el).shadowRoot!.querySelector<HTMLInputElement>(`input[name="civilite"][value="${civilite}"]`)!.click();
  for (const [name, value] of Object.entries(values)) await fill(el, name, value);
}

/** The search for AHOVA Emma with her « Modifier » form open, and the `habil-account-updated` events from then on. */
async function editAhova(): Promise<{ el: HabilAccountSearch; events: AccountUpdatedDetail[] }> {
  const el = await searchWidget(html`<habil-account-search nom="ahova"></habil-account-search>`);
  const events = details<AccountUpdatedDetail>(el, 'habil-account-updated');
  await chooseAction(el, 'AHOVA Emma', 'Modifier');
  await untilFormOpen(el);
  return { el, events };
}

async function submit(el: HabilAccountSearch): Promise<void> {
  form(el).shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
}

describe('habil-account-search: Nouveau', () => {
  it('creates an account with roles at creation, says so, tells the page, and gives focus back to "Nouveau"', async () => {
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    const events = details<AccountCreatedDetail>(el, 'habil-account-created');
    const button = $<HTMLButtonElement>(el, '[part~="new-button"]');
    button.focus();
    button.click();
    await untilFormOpen(el);
    expect($(el, '#form-heading').textContent).to.equal('Nouveau compte');
    await expect(el).to.be.accessible();

    await fillDraft(el, 'Mme', { nom: 'NOUVELLE', prenom: 'Agnès', emailPro: 'agnes.nouvelle@lassuranceretraite.fr' });
    form(el).shadowRoot!.querySelector<HTMLInputElement>('input[name="roleIds"][value="egap-guides"]')!.click();
    await submit(el);

    await until(() => !formDialog(el).open, 'the dialog closed');
    const created = server().store.findAccountByEmail('agnes.nouvelle@lassuranceretraite.fr')!;
    expect(created.organismeId).to.equal('carsat-am');
    expect(server().store.hasDirectGrant(created.id, 'egap-guides')).to.equal(true);
    expect(server().store.sentMail.some((m) => m.to === 'agnes.nouvelle@lassuranceretraite.fr')).to.equal(true);
    await until(() => notice(el) === 'Compte de NOUVELLE Agnès créé. Un message de confirmation lui est envoyé par mail.', 'said so');
    expect(events.map((e) => e.account.id)).to.deep.equal([created.id]);
    expect(hasFocus(button)).to.equal(true);
    await untilSettled(el);
  });

  it('R7: a professional e-mail already used is refused on the field, with everything typed kept', async () => {
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    const events = details(el, 'habil-account-created');
    const count = server().store.accounts.size;
    $<HTMLButtonElement>(el, '[part~="new-button"]').click();
    await untilFormOpen(el);
    await fillDraft(el, 'M.', { nom: 'BENGA', prenom: 'Paul', fonction: 'Comptable', emailPro: 'E.Benga@lassuranceretraite.fr' });
    await submit(el);

    await until(() => formAlert(el) !== '', 'refused');
    expect(formAlert(el)).to.equal('Action impossible Un compte existe déjà avec cette adresse e-mail professionnelle.');
    await until(() => formField(el, 'emailPro').error !== '', 'the field says so');
    expect(formField(el, 'emailPro').error).to.equal('Un compte existe déjà avec cette adresse e-mail professionnelle.');
    expect(formDialog(el).open).to.equal(true);
    expect(['nom', 'prenom', 'fonction', 'emailPro'].map((name) => formField(el, name).value)).to.deep.equal([
      'BENGA',
      'Paul',
      'Comptable',
      'E.Benga@lassuranceretraite.fr',
    ]);
    expect(server().store.accounts.size).to.equal(count);
    expect(events).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('creates a CAF partner user under the convention', async () => {
    server().actAs('partner-admin');
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    $<HTMLButtonElement>(el, '[part~="new-button"]').click();
    await untilFormOpen(el);
    expect($(el, '#form-heading').textContent).to.equal('Créer un utilisateur partenaire');
    await fillDraft(el, 'M.', { nom: 'FABRE', prenom: 'Louis', emailPro: 'louis.fabre@cd-83.fr', emailProConfirmation: 'louis.fabre@cd-83.fr' });
    await submit(el);
    await until(() => !!server().store.findAccountByEmail('louis.fabre@cd-83.fr'), 'created');
    const created = server().store.findAccountByEmail('louis.fabre@cd-83.fr')!;
    expect(created.conventionId).to.equal('conv-cd83');
    expect(created.openingDate).to.equal('2025-06-02');
    expect(created.workstyle).to.equal('sedentaire');
  });

  it('stores and lists the nom of a CAF user in capitals, as the seeded ones, whatever was typed', async () => {
    server().actAs('partner-admin');
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    $<HTMLButtonElement>(el, '[part~="new-button"]').click();
    await untilFormOpen(el);
    await fillDraft(el, 'Mme', { nom: 'Fabre-Estève', prenom: 'Lucie', emailPro: 'lucie.fabre@cd-83.fr', emailProConfirmation: 'lucie.fabre@cd-83.fr' });
    await submit(el);
    await until(() => !!server().store.findAccountByEmail('lucie.fabre@cd-83.fr'), 'not created');
    expect(server().store.findAccountByEmail('lucie.fabre@cd-83.fr')!.nom).to.equal('FABRE-ESTÈVE');
    await until(() => notice(el).startsWith('Compte de FABRE-ESTÈVE Lucie créé.'), 'the creation was not said');
    await untilSettled(el);
    const names = [...$(el, 'habil-data-table').shadowRoot!.querySelectorAll('tbody th[scope="row"] [part~="name"]')].map((name) => name.textContent!.trim());
    expect(names).to.include('FABRE-ESTÈVE');
  });
});

describe('habil-account-search: Modifier', () => {
  it('saves the fields changed and tells the page what changed', async () => {
    const { el, events } = await editAhova();
    expect($(el, '#form-heading').textContent).to.equal("Modifier le compte d'AHOVA Emma");
    await fill(el, 'fonction', 'Juriste principale');
    await submit(el);
    await until(() => !formDialog(el).open, 'saved');
    expect(server().store.accounts.get('e-ahova')!.fonction).to.equal('Juriste principale');
    expect(events.map((e) => [e.account.id, e.changes])).to.deep.equal([['e-ahova', { fonction: 'Juriste principale' }]]);
    await until(() => notice(el) === "Compte d'AHOVA Emma modifié.", 'said so');
  });

  it('R15: a change saved meanwhile by someone else is reloaded and shown; what the user typed stays', async () => {
    const { el, events } = await editAhova();
    const ahova = server().store.accounts.get('e-ahova')!;
    server().store.updateAccount(ahova, { phone: '03 88 11 22 33' });
    await fill(el, 'fonction', 'Juriste principale');
    await submit(el);

    await until(() => formAlert(el) !== '', 'refused');
    expect(formAlert(el)).to.equal(
      "Le compte d'AHOVA Emma a été rechargé. Quelqu'un d'autre a modifié cet élément entre-temps. Il a été rechargé : vérifiez puis recommencez. Valeurs enregistrées entre-temps : Téléphone : 03 88 11 22 33",
    );
    expect(ahova.fonction).to.equal('Juriste');
    await form(el).updateComplete;
    expect(formField(el, 'fonction').value).to.equal('Juriste principale');
    expect(formField(el, 'phone').value).to.equal('03 88 11 22 33');
    expect(events).to.deep.equal([]);

    await submit(el);
    await until(() => !formDialog(el).open, 'saved over the reloaded version');
    expect(ahova.fonction).to.equal('Juriste principale');
    expect(ahova.phone).to.equal('03 88 11 22 33');
  });
});

describe('habil-account-search: leaving the form', () => {
  it('asks before Escape or "Annuler" throws away what was typed, and keeps it when the user goes on', async () => {
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    const confirm = () => $<HTMLElement & { open: boolean }>(el, '#confirm');
    const confirmButton = (part: string) => confirm().shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;

    $<HTMLButtonElement>(el, '[part~="new-button"]').click();
    await untilFormOpen(el);
    await fill(el, 'nom', 'BROUILLON');
    formDialog(el).dispatchEvent(new Event('cancel', { cancelable: true }));
    await until(() => confirm().open, 'the question is asked');
    expect(confirm().shadowRoot!.textContent).to.contain('Abandonner la saisie ?');
    confirmButton('cancel-button').click();
    await until(() => !confirm().open, 'the question is answered');
    expect(formDialog(el).open).to.equal(true);
    expect(formField(el, 'nom').value).to.equal('BROUILLON');

    form(el).shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel-button"]')!.click();
    await until(() => confirm().open, 'asked again for "Annuler"');
    confirmButton('confirm-button').click();
    await until(() => !formDialog(el).open, 'the form closed once the user agreed');
  });

  it('closes at once when nothing was typed', async () => {
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    $<HTMLButtonElement>(el, '[part~="new-button"]').click();
    await untilFormOpen(el);
    form(el).shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel-button"]')!.click();
    await until(() => !formDialog(el).open, 'closed without a question');
  });
});

describe('habil-account-search: R17 limits of the contract', () => {
  it('a name past 100 characters and a phone that is not one are refused on their fields, before sending, with the text kept', async () => {
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    const count = server().store.accounts.size;
    $<HTMLButtonElement>(el, '[part~="new-button"]').click();
    await untilFormOpen(el);
    const long = 'A'.repeat(101);
    await fillDraft(el, 'Mme', { nom: long, prenom: 'Anne', emailPro: 'anne.a@lassuranceretraite.fr', phone: '03 88 25 26 00 poste 12' });
    await submit(el);
    await until(() => formField(el, 'nom').error, 'the name was refused');
    expect(formField(el, 'nom').error).to.equal('Ce texte est trop long.');
    expect(formField(el, 'phone').error).to.equal('Numéro de téléphone invalide (exemple : 03 88 25 26 00 ou +33 3 88 25 26 00).');
    expect(formField(el, 'nom').value).to.equal(long);
    expect(formDialog(el).open).to.equal(true);
    expect(server().store.accounts.size).to.equal(count);
  });
});
