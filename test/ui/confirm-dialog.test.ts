import { expect, fixture, html } from '@open-wc/testing';
import '../../src/ui/confirm-dialog/define.js';
import type { DialogCloseDetail, HabilConfirmDialog } from '../../src/ui/confirm-dialog/define.js';
import { dialogBesideTrigger } from '../support/dialogs.js';
import { afterAttributeChange, focusedElement, press, recordEvents } from './support.js';

const page = () => dialogBesideTrigger<HabilConfirmDialog>('Désactiver le compte', html`<habil-confirm-dialog></habil-confirm-dialog>`);

const part = (dialog: HabilConfirmDialog, name: string) => dialog.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const nativeDialog = (dialog: HabilConfirmDialog) => part(dialog, 'dialog') as HTMLDialogElement;

const DEACTIVATE = {
  heading: 'Désactiver le compte de Durand Mathieu ?',
  message: "Il ne pourra plus se connecter jusqu'à sa réactivation.",
  confirmLabel: 'Désactiver',
  danger: true,
};

/** The page with the dialog open on DEACTIVATE: its answer to come, and the close events it sends. */
async function asked() {
  const { trigger, dialog } = await page();
  const events = recordEvents<CustomEvent<DialogCloseDetail>>(dialog, 'habil-dialog-close');
  const answer = dialog.ask(DEACTIVATE);
  await dialog.updateComplete;
  return { trigger, dialog, events, answer };
}

/** A widget that asks for confirmation from a button of its own shadow root. */
class AskingWidget extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<button type="button">Refuser</button><habil-confirm-dialog></habil-confirm-dialog>';
  }
}
customElements.define('asking-widget', AskingWidget);

describe('habil-confirm-dialog', () => {
  it('opens as a modal, named by its heading and described by its message, with focus on cancel for a dangerous action', async () => {
    const { dialog } = await page();
    void dialog.ask(DEACTIVATE);
    await dialog.updateComplete;
    const native = nativeDialog(dialog);
    expect(native.open).to.equal(true);
    expect(native.matches(':modal')).to.equal(true);
    expect(dialog.shadowRoot!.getElementById(native.getAttribute('aria-labelledby')!)!.textContent).to.equal(DEACTIVATE.heading);
    expect(dialog.shadowRoot!.getElementById(native.getAttribute('aria-describedby')!)!.textContent!.trim()).to.equal(DEACTIVATE.message);
    expect(focusedElement()).to.equal(part(dialog, 'cancel-button'));
    expect(part(dialog, 'confirm-button').textContent!.trim()).to.equal('Désactiver');
    expect(part(dialog, 'confirm-button').classList.contains('button--danger')).to.equal(true);
    await expect(dialog).to.be.accessible();
  });

  it('Escape cancels: the answer is false, the event says so, and focus returns to the trigger', async () => {
    const { trigger, dialog, events, answer } = await asked();

    await press('Escape');
    expect(await answer).to.equal(false);
    expect(nativeDialog(dialog).open).to.equal(false);
    expect(dialog.open).to.equal(false);
    expect(events.map((e) => e.detail)).to.deep.equal([{ confirmed: false }]);
    expect(focusedElement()).to.equal(trigger);
  });

  it('confirms from the keyboard (Tab, then Enter), and returns focus to the trigger', async () => {
    const { trigger, dialog, events, answer } = await asked();

    await press('Tab');
    expect(focusedElement()).to.equal(part(dialog, 'confirm-button'));
    await press('Enter');
    expect(await answer).to.equal(true);
    expect(events.map((e) => e.detail)).to.deep.equal([{ confirmed: true }]);
    expect(focusedElement()).to.equal(trigger);
  });

  it('returns focus to a trigger inside a widget’s shadow root', async () => {
    const widget = await fixture<AskingWidget>(html`<asking-widget></asking-widget>`);
    const trigger = widget.shadowRoot!.querySelector('button')!;
    const dialog = widget.shadowRoot!.querySelector('habil-confirm-dialog')!;
    trigger.focus();
    const answer = dialog.ask(DEACTIVATE);
    await dialog.updateComplete;
    expect(focusedElement()).to.equal(part(dialog, 'cancel-button'));
    await press('Escape');
    await answer;
    expect(focusedElement()).to.equal(trigger);
  });

  it('cancels with Space on the cancel button', async () => {
    const { dialog } = await page();
    const answer = dialog.ask(DEACTIVATE);
    await dialog.updateComplete;
    await press('Space');
    expect(await answer).to.equal(false);
  });

  it('keeps Tab inside the dialog while it is open', async () => {
    const { trigger, dialog } = await page();
    void dialog.ask(DEACTIVATE);
    await dialog.updateComplete;
    for (let i = 0; i < 4; i += 1) {
      await press('Tab');
      expect(focusedElement()).not.to.equal(trigger);
    }
  });

  it('puts focus on confirm when the action is harmless, and uses the default labels', async () => {
    const { dialog } = await page();
    void dialog.ask({ heading: 'Renvoyer l’identifiant par e-mail ?' });
    await dialog.updateComplete;
    expect(focusedElement()).to.equal(part(dialog, 'confirm-button'));
    expect(part(dialog, 'confirm-button').textContent!.trim()).to.equal('Confirmer');
    expect(part(dialog, 'cancel-button').textContent!.trim()).to.equal('Annuler');
    expect(part(dialog, 'confirm-button').classList.contains('button--primary')).to.equal(true);
  });

  it('starts on cancel for a final decision that is not destructive, so that Enter decides nothing', async () => {
    const { trigger, dialog } = await page();
    const answer = dialog.ask({ heading: 'Accepter la demande de Coralie LIVING ?', message: 'La décision est définitive.', confirmLabel: 'Accepter', initialFocus: 'cancel' });
    await dialog.updateComplete;
    expect(focusedElement()).to.equal(part(dialog, 'cancel-button'));
    expect(part(dialog, 'confirm-button').classList.contains('button--primary')).to.equal(true);
    expect(part(dialog, 'confirm-button').classList.contains('button--danger')).to.equal(false);
    await expect(dialog).to.be.accessible();
    await press('Enter');
    expect(await answer).to.equal(false);
    expect(focusedElement()).to.equal(trigger);

    // The next question without the option is back to the default: confirm for a harmless action.
    void dialog.ask({ heading: 'Renvoyer l’identifiant par e-mail ?' });
    await dialog.updateComplete;
    expect(focusedElement()).to.equal(part(dialog, 'confirm-button'));
  });

  it('takes the starting button from its initial-focus attribute too, and can start on confirm for a dangerous action', async () => {
    const dialog = await fixture<HabilConfirmDialog>(html`<habil-confirm-dialog heading="Accepter ?" initial-focus="cancel" open></habil-confirm-dialog>`);
    expect(focusedElement()).to.equal(part(dialog, 'cancel-button'));
    const { dialog: other } = await page();
    void other.ask({ ...DEACTIVATE, initialFocus: 'confirm' });
    await other.updateComplete;
    expect(focusedElement()).to.equal(part(other, 'confirm-button'));
  });

  it('closed by the host, answers false without an event (not a user action)', async () => {
    const { dialog, events, answer } = await asked();
    dialog.open = false;
    expect(await answer).to.equal(false);
    expect(events).to.have.length(0);
  });

  it('shows rich content from its slot instead of the message', async () => {
    const dialog = await fixture<HabilConfirmDialog>(html`
      <habil-confirm-dialog heading="Refuser 3 demandes ?" open>
        <ul>
          <li>Accords locaux - Accès organisme</li>
        </ul>
      </habil-confirm-dialog>
    `);
    expect(nativeDialog(dialog).open).to.equal(true);
    const slot = dialog.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.tagName).to.equal('UL');
    await expect(dialog).to.be.accessible();
  });

  it('speaks English on an English page', async () => {
    const { dialog } = await page();
    dialog.lang = 'en';
    await afterAttributeChange(dialog);
    void dialog.ask({ heading: 'Resend the identifier?' });
    await dialog.updateComplete;
    expect(part(dialog, 'confirm-button').textContent!.trim()).to.equal('Confirm');
    expect(part(dialog, 'cancel-button').textContent!.trim()).to.equal('Cancel');
  });
});
