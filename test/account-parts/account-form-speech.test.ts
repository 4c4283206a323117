/**
 * `<habil-account-form>` as assistive technologies hear it (#14): the required fields named once
 * with « (obligatoire) », the star left out, and a submit with fields to correct announced, not
 * only shown — in French and English. The parts are registered as a host page does, with their
 * live region (`habil/account-search` or `src/account-parts/define.ts`).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/account-parts/define.js';
import type { HabilAccountForm } from '../../src/account-parts/define.js';
import type { HabilField } from '../../src/ui/field/field.js';
import type { HabilLiveRegion } from '../../src/ui/live-region/live-region.js';
import { TODAY, useReferenceServer } from '../support/api.js';
import { text } from '../support/dom.js';
import { waitUntil } from '../support/wait.js';
import { focusedElement, press } from '../ui/support.js';
import { accessibleName } from './accessibility.js';

const inside = <E extends Element = HTMLElement>(form: HabilAccountForm, selector: string) => form.shadowRoot!.querySelector<E>(selector)!;
const control = (form: HabilAccountForm, name: string) => inside<HabilField>(form, `habil-field[name="${name}"]`).shadowRoot!.querySelector('input')!;
const region = (form: HabilAccountForm) => inside<HabilLiveRegion>(form, 'habil-live-region');
const civilite = (form: HabilAccountForm) => inside(form, 'input[name="civilite"]').closest('fieldset')!;

async function form(space: 'ucanss' | 'caf' = 'ucanss', lang = 'fr'): Promise<HabilAccountForm> {
  return fixture<HabilAccountForm>(html`<habil-account-form lang=${lang} mode="create" space=${space} today=${TODAY}></habil-account-form>`);
}

describe('habil-account-form: what assistive technologies hear', () => {
  useReferenceServer();

  it('names each required field once with « (obligatoire) », the star shown but left out of the name', async () => {
    const el = await form();
    expect(await accessibleName(civilite(el))).to.equal('Civilité (obligatoire)');
    expect(await accessibleName(control(el, 'nom'))).to.equal('Nom (obligatoire)');
    expect(await accessibleName(control(el, 'emailPro'))).to.equal('Email professionnel (obligatoire)');
    expect(await accessibleName(control(el, 'nomNaissance'))).to.equal('Nom de naissance');
    expect(text(civilite(el).querySelector('legend'))).to.equal('Civilité* (obligatoire)');
    expect(civilite(el).querySelector('.required')!.getAttribute('aria-hidden')).to.equal('true');

    const caf = await form('caf', 'en');
    expect(await accessibleName(control(caf, 'emailProConfirmation'))).to.equal('Confirm the e-mail address (required)');
    expect(await accessibleName(civilite(caf))).to.equal('Title (required)');
  });

  it('announces an empty submit: how many fields are to correct and which, in a live region that was there before', async () => {
    const el = await form();
    expect(region(el).message).to.equal('');
    inside<HTMLButtonElement>(el, '[part="submit-button"]').click();
    await waitUntil(() => region(el).message !== '', 'the submit was not announced');
    expect(region(el).message).to.equal('4 champs sont à corriger : Civilité, Nom, Prénom, Email professionnel.');
    // Focus shows the first of them; the list above the form links to each.
    expect(focusedElement()).to.equal(inside(el, 'input[name="civilite"]'));
    expect([...el.shadowRoot!.querySelectorAll('[part="summary"] button')].map(text)).to.have.length(4);
    await expect(el).to.be.accessible();

    // Sent again with the keyboard, with fewer mistakes: said again, with what is left.
    inside<HTMLInputElement>(el, 'input[name="civilite"][value="Mme"]').click();
    const first = region(el).message;
    control(el, 'nom').focus();
    await press('D');
    await press('Enter');
    await waitUntil(() => region(el).message !== first && region(el).message !== '', 'the second submit was not announced');
    expect(region(el).message).to.equal('2 champs sont à corriger : Prénom, Email professionnel.');
  });

  it('announces it in English', async () => {
    const el = await form('ucanss', 'en');
    inside<HTMLButtonElement>(el, '[part="submit-button"]').click();
    await waitUntil(() => region(el).message !== '', 'the submit was not announced');
    expect(region(el).message).to.equal('4 fields need correcting: Title, Last name, First name, Professional e-mail.');
    expect(text(inside(el, '[part="summary"] .summary-heading'))).to.equal('Some fields need correcting:');
  });
});
