import { expect, fixture, html } from '@open-wc/testing';
import { NetworkError, ProblemError } from '../../src/client/errors.js';
import { PROBLEMS } from '../../src/domain/problems.js';
import '../../src/ui/alert/define.js';
import type { HabilAlert } from '../../src/ui/alert/define.js';
import { afterAttributeChange, press, recordEvents, tabTo } from './support.js';

const part = (alert: HabilAlert, name: string) => alert.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);

const ALREADY_DECIDED = {
  type: '/problems/already-decided',
  code: 'already-decided',
  status: 409,
  title: 'Demande déjà traitée',
  detail: 'Refusée par Marie Dupont le 28/05/2025.',
};

describe('habil-alert', () => {
  it('is an empty alert region before anything goes wrong, then says why the server refused', async () => {
    const alert = await fixture<HabilAlert>(html`<habil-alert></habil-alert>`);
    const region = part(alert, 'base')!;
    expect(region.getAttribute('role')).to.equal('alert');
    expect(region.textContent!.trim()).to.equal('');
    await expect(alert).to.be.accessible();

    // The page's first refusal: the alert waits for the words of the refusals, and never shows others first.
    const shown: string[] = [];
    const observer = new MutationObserver(() => shown.push(region.textContent!));
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    alert.problem = ALREADY_DECIDED;
    await alert.updateComplete;
    observer.disconnect();
    expect(shown.some((text) => text.includes(ALREADY_DECIDED.title))).to.equal(false);
    expect(part(alert, 'base')).to.equal(region);
    expect(part(alert, 'heading')!.textContent).to.equal('Action impossible');
    expect(part(alert, 'message')!.textContent).to.equal(PROBLEMS['already-decided'].fr);
    expect(part(alert, 'detail')!.textContent).to.equal('Refusée par Marie Dupont le 28/05/2025.');
    await expect(alert).to.be.accessible();
  });

  it('explains what a client call rejected with', async () => {
    const alert = await fixture<HabilAlert>(html`<habil-alert .error=${new NetworkError()}></habil-alert>`);
    expect(part(alert, 'heading')!.textContent).to.equal('Serveur injoignable');

    alert.error = ProblemError.fromResponse(403, { type: '/problems/add-account-read-only', title: 'Compte ADD', status: 403 });
    await alert.updateComplete;
    expect(part(alert, 'heading')!.textContent).to.equal('Action non autorisée');
    expect(part(alert, 'message')!.textContent).to.equal(PROBLEMS['add-account-read-only'].fr);
  });

  it('offers to try again, from the keyboard', async () => {
    const alert = await fixture<HabilAlert>(html`<habil-alert retryable .error=${new NetworkError()}></habil-alert>`);
    const retries = recordEvents(alert, 'habil-retry');
    const button = part(alert, 'retry-button')!;
    expect(button.textContent!.trim()).to.equal('Réessayer');
    await tabTo(button);
    await press('Enter');
    await press('Space');
    expect(retries).to.have.length(2);
    expect(retries[0]!.bubbles && retries[0]!.composed).to.equal(true);
    await expect(alert).to.be.accessible();
  });

  it('has no retry button unless asked', async () => {
    const alert = await fixture<HabilAlert>(html`<habil-alert .problem=${ALREADY_DECIDED}></habil-alert>`);
    expect(part(alert, 'retry-button')).to.equal(null);
  });

  it('explains in English on an English page', async () => {
    const alert = await fixture<HabilAlert>(html`<habil-alert retryable .problem=${ALREADY_DECIDED}></habil-alert>`);
    alert.lang = 'en';
    await afterAttributeChange(alert);
    expect(part(alert, 'heading')!.textContent).to.equal('Action not possible');
    expect(part(alert, 'message')!.textContent).to.equal(PROBLEMS['already-decided'].en);
    expect(part(alert, 'retry-button')!.textContent!.trim()).to.equal('Try again');
  });

  it('is a polite status box for success, with a heading and slotted content', async () => {
    const alert = await fixture<HabilAlert>(html`
      <habil-alert variant="success" heading="Compte créé">Un e-mail de confirmation a été envoyé à emilie.lefevre@urssaf.fr.</habil-alert>
    `);
    expect(part(alert, 'base')!.getAttribute('role')).to.equal('status');
    expect(part(alert, 'heading')!.textContent).to.equal('Compte créé');
    expect(part(alert, 'base')!.classList.contains('filled')).to.equal(true);
    await expect(alert).to.be.accessible();
  });
});
