/**
 * `<habil-my-profile>` loads up front its heading, its loading state and the read-only view; the
 * form, its checks and its save come with the details. A form whose code could not be loaded
 * says so, in French and in English, and shows on « Réessayer ».
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { HabilMyProfile } from '../../src/my-profile/define.js';
import '../../src/my-profile/define.js';
import { DEFAULTS } from '../support/api.js';
import { moduleNetwork } from '../support/module-network.js';
import { waitUntil } from '../support/wait.js';
import { control, shadow, text } from './support.js';

const OPTIONS = { ...DEFAULTS, persona: 'user-carsat' as const };
const { dropModule } = moduleNetwork(OPTIONS);

const failedAlert = (el: HabilMyProfile) => shadow(el).querySelector('habil-alert.filled');

// First of the file: the form's code has not been loaded in this page yet.
describe('habil-my-profile: the form loaded with the details', () => {
  it('says so, in English, when the form cannot be loaded, and shows it on « Try again »', async () => {
    const networkBack = dropModule(/\/src\/my-profile\/profile-form-part\.(js|ts)/);
    const el = await fixture<HabilMyProfile>(html`<habil-my-profile lang="en"></habil-my-profile>`);
    await waitUntil(() => failedAlert(el), 'never said the form could not be loaded', { timeout: 4000 });
    const alert = failedAlert(el)!;
    expect(text(shadow(alert).querySelector('[part~="base"]'))).to.include('This part of the page could not be loaded.');
    expect(shadow(el).querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();

    networkBack();
    shadow(alert).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await waitUntil(() => shadow(el).querySelector('form'), 'the form never showed after « Try again »', { timeout: 4000 });
    await el.updateComplete;
    expect(control(el, 'prenom').value).to.equal('Coralie');
    expect(text(shadow(el).querySelector('[part~="submit-button"]'))).to.equal('Save the changes');
    expect(failedAlert(el), 'what said the form could not be loaded goes once it came').to.equal(null);
  });

  it('shows the loading state, not an empty page, until both the details and the form have come', async () => {
    const el = await fixture<HabilMyProfile>(html`<habil-my-profile></habil-my-profile>`);
    expect(shadow(el).querySelector('[part~="loading"]'), 'loading at first').not.to.equal(null);
    await waitUntil(() => shadow(el).querySelector('form'), 'the form never showed', { timeout: 4000 });
    expect(shadow(el).querySelector('[part~="loading"]')).to.equal(null);
    expect(text(shadow(el).querySelector('[part~="heading"]'))).to.equal('Mes coordonnées');
  });
});
