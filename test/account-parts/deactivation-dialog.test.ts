import { expect, html } from '@open-wc/testing';
import { HabilDeactivationDialog } from '../../src/account-parts/deactivation-dialog.js';
import type { AccountDetail, AccountSummary } from '../../src/domain/index.js';
import { defineElement } from '../../src/internal/define.js';
import '../../src/ui/field/define.js';
import type { HabilField } from '../../src/ui/field/define.js';
import { api, expectOk, TODAY, useReferenceServer } from '../support/api.js';
import { afterAttributeChange, focusedElement, press, tabTo } from '../ui/support.js';
import { dialogBesideTrigger } from '../support/dialogs.js';
import { text } from '../support/dom.js';

defineElement('habil-deactivation-dialog', HabilDeactivationDialog);

const page = () => dialogBesideTrigger<HabilDeactivationDialog>('Désactiver', html`<habil-deactivation-dialog></habil-deactivation-dialog>`);

/** The dialog in its page, asking `question` once drawn; `answer`, its answer to come. */
async function asking(question: Parameters<HabilDeactivationDialog['ask']>[0]) {
  const { trigger, dialog } = await page();
  const answer = dialog.ask(question);
  await dialog.updateComplete;
  return { trigger, dialog, answer };
}

const inside = <E extends Element = HTMLElement>(dialog: HabilDeactivationDialog, selector: string) =>
  dialog.shadowRoot!.querySelector<E>(selector);
const native = (dialog: HabilDeactivationDialog) => inside<HTMLDialogElement>(dialog, 'dialog')!;
const radio = (dialog: HabilDeactivationDialog, mode: string) => inside<HTMLInputElement>(dialog, `input[value="${mode}"]`)!;
const confirmButton = (dialog: HabilDeactivationDialog) => inside<HTMLButtonElement>(dialog, '[part="confirm-button"]')!;
const cancelButton = (dialog: HabilDeactivationDialog) => inside<HTMLButtonElement>(dialog, '[part="cancel-button"]')!;

/** Sets a date the way the browser does when the user picks one: the control's value, then `input`. */
async function pickDate(field: HabilField, value: string): Promise<void> {
  const input = field.shadowRoot!.querySelector<HTMLInputElement>('input')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await field.updateComplete;
}

/** Picks `date` as the closing date of the CAF dialog and presses its confirm button; gives the date's field. */
async function confirmClosingOn(dialog: HabilDeactivationDialog, date: string): Promise<HabilField> {
  const field = inside<HabilField>(dialog, 'habil-field')!;
  await pickDate(field, date);
  confirmButton(dialog).click();
  await dialog.updateComplete;
  return field;
}

/** Compares identities: a failed comparison of two DOM nodes makes the runner serialise them, and it never finishes. */
function expectFocusOn(element: Element | null | undefined): void {
  const focused = focusedElement();
  expect(focused === element, `focus is on ${focused?.outerHTML.slice(0, 120) ?? 'nothing'}`).to.equal(true);
}

describe('habil-deactivation-dialog', () => {
  const server = useReferenceServer();

  const account = async (id: string) => expectOk<AccountDetail>(await api('GET', `/accounts/${id}`));

  /** The CAF accounts are read as the partner administrator: they are out of the CARSAT administrator's scope (R1). */
  async function asPartnerAdmin(id: string): Promise<AccountDetail> {
    server().actAs('partner-admin');
    return account(id);
  }

  describe('UCANSS (R6: temporary or permanent)', () => {
    it('asks in a modal dialog named by its question, says what deactivation does, and chooses nothing in advance', async () => {
      const ahova = await account('e-ahova');
      const { dialog } = await asking({ account: ahova, space: 'ucanss', today: TODAY });

      expect(native(dialog).matches(':modal')).to.equal(true);
      const heading = dialog.shadowRoot!.getElementById(native(dialog).getAttribute('aria-labelledby')!)!;
      expect(text(heading)).to.equal('Désactiver le compte d\'Emma AHOVA ?');
      const described = dialog.shadowRoot!.getElementById(native(dialog).getAttribute('aria-describedby')!)!;
      expect(text(described)).to.equal("La désactivation bloque l'accès connecté au site de l'UCANSS.");

      const group = inside<HTMLFieldSetElement>(dialog, 'fieldset')!;
      expect(text(group.querySelector('legend'))).to.equal('Type de désactivation* (obligatoire)');
      expect(text(radio(dialog, 'permanent').closest('label'))).to.contain('Supprimer définitivement').and.contain('retraite, fin de contrat');
      expect(text(radio(dialog, 'temporary').closest('label'))).to.contain('Désactiver temporairement').and.contain('« inactif »');
      expect(radio(dialog, 'permanent').checked || radio(dialog, 'temporary').checked).to.equal(false);
      // Deleting is final: focus starts on the safe choice.
      expectFocusOn(cancelButton(dialog));
      await expect(dialog).to.be.accessible();
    });

    it('refuses to confirm without a choice, with an error tied to the group', async () => {
      const { dialog, answer } = await asking({ account: await account('e-ahova'), space: 'ucanss', today: TODAY });

      confirmButton(dialog).click();
      await dialog.updateComplete;
      const group = inside(dialog, 'fieldset')!;
      expect(group.getAttribute('aria-invalid')).to.equal('true');
      const error = dialog.shadowRoot!.getElementById(group.getAttribute('aria-describedby')!)!;
      expect(text(error)).to.equal('Choisissez le type de désactivation.');
      expect(native(dialog).open).to.equal(true);
      await expect(dialog).to.be.accessible();

      await press('Escape');
      expect(await answer).to.equal(undefined);
    });

    it('is used with the keyboard alone: from « Annuler » back to the choice, arrows choose, the button names the choice, focus returns to the trigger', async () => {
      const { trigger, dialog, answer } = await asking({ account: await account('e-ahova'), space: 'ucanss', today: TODAY });
      expectFocusOn(cancelButton(dialog));
      await press('Shift+Tab');
      expectFocusOn(radio(dialog, 'permanent'));
      expect(radio(dialog, 'permanent').checked || radio(dialog, 'temporary').checked, 'reaching the choice chooses nothing').to.equal(false);

      await press('ArrowDown');
      await dialog.updateComplete;
      expect(radio(dialog, 'temporary').checked).to.equal(true);
      expect(text(confirmButton(dialog))).to.equal('Désactiver temporairement');
      await press('ArrowUp');
      await dialog.updateComplete;
      expect(text(confirmButton(dialog))).to.equal('Supprimer définitivement');
      await press('ArrowDown');
      await dialog.updateComplete;

      await tabTo(confirmButton(dialog));
      await press('Enter');
      expect(await answer).to.deep.equal({ mode: 'temporary' });
      expect(native(dialog).open).to.equal(false);
      expectFocusOn(trigger);
    });

    it('answers a permanent deletion', async () => {
      const { dialog, answer } = await asking({ account: await account('e-ahova'), space: 'ucanss', today: TODAY });
      radio(dialog, 'permanent').click();
      await dialog.updateComplete;
      expect(confirmButton(dialog).classList.contains('button--danger')).to.equal(true);
      confirmButton(dialog).click();
      expect(await answer).to.deep.equal({ mode: 'permanent' });
    });

    it('Escape cancels and gives focus back', async () => {
      const { trigger, answer } = await asking({ account: await account('e-ahova'), space: 'ucanss', today: TODAY });
      await press('Escape');
      expect(await answer).to.equal(undefined);
      expectFocusOn(trigger);
    });

    it('offers only the permanent deletion for an account already inactive', async () => {
      const dartagnan = await account('l-dartagnan');
      expect(dartagnan.status).to.equal('inactif');
      const { dialog } = await asking({ account: dartagnan, space: 'ucanss', today: TODAY });
      expect(radio(dialog, 'temporary').disabled).to.equal(true);
      expect(text(radio(dialog, 'temporary').closest('label'))).to.contain('déjà inactif');
      expectFocusOn(cancelButton(dialog));
      await expect(dialog).to.be.accessible();
    });

    it('asks for several accounts at once, saying how many', async () => {
      const { dialog, answer } = await asking({ count: 1250, space: 'ucanss', today: TODAY });
      expect(text(inside(dialog, 'h2'))).to.equal('Désactiver 1 250 comptes ?');
      expect(text(inside(dialog, '#consequence'))).to.contain('compte par compte');
      radio(dialog, 'temporary').click();
      confirmButton(dialog).click();
      expect(await answer).to.deep.equal({ mode: 'temporary' });
    });

    it('says the host’s note, e.g. the accounts a bulk action leaves out, as part of its description (#14)', async () => {
      const { dialog } = await asking({ count: 9, space: 'ucanss', today: TODAY, note: '2 comptes du résultat ne permettent pas cette action : ils seront laissés de côté.' });
      const described = native(dialog).getAttribute('aria-describedby')!.split(' ').map((id) => text(dialog.shadowRoot!.getElementById(id)));
      expect(described).to.deep.equal([
        "La désactivation bloque l'accès connecté au site de l'UCANSS. Le résultat sera indiqué compte par compte.",
        '2 comptes du résultat ne permettent pas cette action : ils seront laissés de côté.',
      ]);
      await expect(dialog).to.be.accessible();
      void dialog.ask({ count: 9, space: 'ucanss', today: TODAY });
      await dialog.updateComplete;
      expect(native(dialog).getAttribute('aria-describedby')).to.equal('consequence');
      expect(inside(dialog, '[part="note"]')).to.equal(null);
    });

    it('speaks English', async () => {
      const { dialog } = await page();
      dialog.lang = 'en';
      await afterAttributeChange(dialog);
      void dialog.ask({ account: await account('e-ahova'), space: 'ucanss', today: TODAY });
      await dialog.updateComplete;
      expect(text(inside(dialog, 'h2'))).to.equal('Deactivate the account of Emma AHOVA?');
      expect(text(inside(dialog, 'legend'))).to.equal('Kind of deactivation* (required)');
      expect(text(confirmButton(dialog))).to.equal('Deactivate');
      await expect(dialog).to.be.accessible();
    });
  });

  describe('CAF (R6: closing date, not in the past; Afas profiles first)', () => {
    it('proposes today as the closing date and lists the Afas profiles still held', async () => {
      const roux = await asPartnerAdmin('a-roux');
      const { dialog } = await asking({ account: roux, space: 'caf', today: TODAY });

      expect(text(inside(dialog, 'h2'))).to.equal('Clôturer le compte d\'Anaïs ROUX ?');
      const field = inside<HabilField>(dialog, 'habil-field')!;
      expect(field.label).to.equal('Date de clôture');
      expect(field.required).to.equal(true);
      expect(field.value).to.equal(TODAY);
      expect(text(inside(dialog, '.closing-on'))).to.equal('Le compte sera clôturé le 02/06/2025.');
      // Closing is final: focus starts on the safe choice; Shift+Tab reaches the date.
      expectFocusOn(cancelButton(dialog));
      await press('Shift+Tab');
      expectFocusOn(field.shadowRoot!.querySelector('input'));
      const warning = inside(dialog, '[part="afas-warning"]')!;
      expect(text(warning)).to.contain("Retirez d'abord tous les profils Afas").and.contain('Afas - Déclarer');
      await expect(dialog).to.be.accessible();
    });

    it('refuses a closing date in the past with the words of R6, then answers a later date on Enter', async () => {
      const { dialog, answer } = await asking({ account: await asPartnerAdmin('m-durand'), space: 'caf', today: TODAY });
      const field = await confirmClosingOn(dialog, '2025-06-01');
      expect(field.error).to.equal('La date ne peut pas être rétroactive : choisissez aujourd’hui ou une date future.');
      expect(inside(dialog, '.closing-on')).to.equal(null);
      expect(native(dialog).open).to.equal(true);
      await expect(dialog).to.be.accessible();

      await pickDate(field, '2025-06-30');
      await dialog.updateComplete;
      expect(field.error).to.equal('');
      field.focus();
      await press('Enter');
      expect(await answer).to.deep.equal({ mode: 'permanent', closingDate: '2025-06-30' });
    });

    it('requires a closing date', async () => {
      const { dialog } = await asking({ account: await asPartnerAdmin('m-durand'), space: 'caf', today: TODAY });
      const field = await confirmClosingOn(dialog, '');
      expect(field.error).to.equal('Ce champ est obligatoire.');
    });

    it('says nothing about Afas when the account is known to hold no Afas profile, and warns when it is not known', async () => {
      const durand = await asPartnerAdmin('m-durand');
      const { dialog } = await asking({ account: durand, space: 'caf', today: TODAY });
      expect(inside(dialog, '[part="afas-warning"]')).to.equal(null);

      const summary: AccountSummary = { ...durand };
      delete (summary as Partial<AccountDetail>).grants;
      void dialog.ask({ account: summary, space: 'caf', today: TODAY });
      await dialog.updateComplete;
      expect(text(inside(dialog, '[part="afas-warning"]'))).to.contain('Service Afas');
    });

    it('closes several accounts today, as the bulk action does, without a date to choose', async () => {
      const { dialog, answer } = await asking({ count: 3, space: 'caf', today: TODAY });
      expect(text(inside(dialog, 'h2'))).to.equal('Clôturer 3 comptes ?');
      expect(inside(dialog, 'habil-field')).to.equal(null);
      expect(text(inside(dialog, '.closing-today'))).to.contain('02/06/2025');
      expect(text(inside(dialog, '[part="afas-warning"]'))).to.contain('des utilisateurs');
      await expect(dialog).to.be.accessible();
      await press('Tab');
      expectFocusOn(confirmButton(dialog));
      await press('Enter');
      expect(await answer).to.deep.equal({ mode: 'permanent', closingDate: TODAY });
    });

    it('speaks English, with dates as the English pages write them', async () => {
      const { dialog } = await page();
      dialog.lang = 'en';
      await afterAttributeChange(dialog);
      void dialog.ask({ count: 2, space: 'caf', today: TODAY });
      await dialog.updateComplete;
      expect(text(inside(dialog, 'h2'))).to.equal('Close 2 accounts?');
      expect(text(inside(dialog, '.closing-today'))).to.contain('2025-06-02');
    });
  });
});
