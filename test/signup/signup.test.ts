/**
 * `<habil-signup>` (user's guide §1 "Inscrivez-vous"; R3, R7, R8): the form with no one
 * connected, client-side checks, the server's field errors, the organisme search by keyboard,
 * where the request went, the event, French and English.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { ProblemError } from '../../src/client/errors.js';
import { createFetchClient } from '../../src/client/index.js';
import type { CallOptions, HabilClient, RouteArgs, RouteResult } from '../../src/client/types.js';
import type { RouteName } from '../../src/contract/routes.js';
import type { AccountRequest } from '../../src/domain/index.js';
import '../../src/signup/define.js';
import type { HabilSignup } from '../../src/signup/define.js';
import type { HabilField } from '../../src/ui/field/field.js';
import { useReferenceServer } from '../support/api.js';
import { focusedElement, recordEvents } from '../ui/support.js';
import { shadow, text } from '../support/dom.js';
import { accessibleName } from '../account-parts/accessibility.js';

const server = useReferenceServer();

async function render(template = html`<habil-signup></habil-signup>`): Promise<HabilSignup> {
  server().actAs(undefined);
  const el = await fixture<HabilSignup>(template);
  await waitUntil(() => shadow(el).querySelectorAll('#organisme option').length > 0 || shadow(el).querySelector('habil-alert.filled'), 'the organismes never loaded', {
    timeout: 4000,
  });
  return el;
}

function field(el: HabilSignup, name: string): HabilField {
  return shadow(el).querySelector<HabilField>(`habil-field[name="${name}"]`)!;
}

async function typeInto(el: HabilSignup, name: string, value: string): Promise<void> {
  const control = shadow(field(el, name)).querySelector<HTMLInputElement>('#control')!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

function radio(el: HabilSignup, name: string, value: string): HTMLInputElement {
  return shadow(el).querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
}

async function searchOrganisme(el: HabilSignup, words: string): Promise<void> {
  const search = shadow(el).querySelector<HTMLInputElement>('#organisme-search')!;
  search.value = words;
  search.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

async function chooseOrganisme(el: HabilSignup, id: string): Promise<void> {
  const list = shadow(el).querySelector<HTMLSelectElement>('#organisme')!;
  list.value = id;
  list.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

function options(el: HabilSignup): string[] {
  return [...shadow(el).querySelectorAll('#organisme option')].map((o) => text(o));
}

async function fill(el: HabilSignup, values: { email: string; organismeId?: string; external?: boolean }): Promise<void> {
  radio(el, 'civilite', 'Mme').click();
  await typeInto(el, 'nom', 'Martin-Lefèvre');
  await typeInto(el, 'prenom', 'Élodie');
  await typeInto(el, 'emailPro', values.email);
  if (values.external) radio(el, 'worksForInstitution', 'no').click();
  await chooseOrganisme(el, values.organismeId ?? 'carsat-am');
  shadow(el).querySelector<HTMLInputElement>('#terms')!.click();
  await el.updateComplete;
}

function submit(el: HabilSignup): void {
  shadow(el).querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
}

function errorOf(el: HabilSignup, name: string): string {
  const habilField = field(el, name);
  if (habilField) return habilField.error;
  return text(shadow(el).querySelector(`#${name}-error`));
}

async function sent(el: HabilSignup): Promise<string> {
  await waitUntil(() => shadow(el).querySelector('[part~="sent"]'), 'the request was never sent', { timeout: 4000 });
  return text(shadow(el).querySelector('[part~="sent"]'));
}

describe('habil-signup: the form of the guide', () => {
  it('shows the fields of the guide with no one connected', async () => {
    const el = await render();
    expect(text(shadow(el).querySelector('h2'))).to.equal('Inscrivez-vous');
    expect([...shadow(el).querySelectorAll('legend')].map((l) => text(l))).to.deep.equal(['Civilité* (obligatoire)', 'Je travaille à la Sécu ?']);
    expect(['nom', 'prenom', 'emailPro'].map((name) => field(el, name).label)).to.deep.equal(['Nom', 'Prénom', 'Email professionnel']);
    expect(field(el, 'emailPro').hint).to.include('@urssaf.fr, @assurance-maladie.fr');
    expect(text(shadow(el).querySelector('.choice:nth-of-type(2)'))).to.include('« Oui » pour un salarié de l’Institution, « Non » pour un compte externe.');
    expect(options(el)).to.include('CAF DE LA MEUSE (551200)');
    expect(options(el), 'CAF partners do not sign up here').not.to.include('VAR HABITAT (P83002)');
    expect(text(shadow(el).querySelector('[part~="terms"]'))).to.include("J'accepte les conditions générales d'utilisation");
    expect(text(shadow(el).querySelector('[part~="submit-button"]'))).to.equal('Envoyer la demande');
    await expect(el).to.be.accessible();
  });

  it('checks the form before sending and keeps what was typed', async () => {
    const calls: RouteName[] = [];
    const real = createFetchClient({ retry: 0 });
    const client: HabilClient = {
      call<K extends RouteName>(name: K, args: RouteArgs<K>, opts?: CallOptions): Promise<RouteResult<K>> {
        calls.push(name);
        return real.call(name, args, opts);
      },
    };
    const el = await render(html`<habil-signup .client=${client}></habil-signup>`);
    await typeInto(el, 'nom', 'Durand');
    submit(el);
    await el.updateComplete;
    expect(calls).to.deep.equal(['listOrganismes']);
    expect(errorOf(el, 'civilite')).to.equal('Ce champ est obligatoire.');
    expect(errorOf(el, 'prenom')).to.equal('Ce champ est obligatoire.');
    expect(errorOf(el, 'organismeId')).to.equal('Ce champ est obligatoire.');
    expect(errorOf(el, 'acceptsTerms')).to.equal("Vous devez accepter les conditions générales d'utilisation.");
    expect(errorOf(el, 'nom')).to.equal('');
    expect(field(el, 'nom').value).to.equal('Durand');
    expect(focusedElement()).to.equal(radio(el, 'civilite', 'M.'));
    await expect(el).to.be.accessible();
  });

  it('refuses an e-mail outside the institution unless the person answers "Non" (R8)', async () => {
    const el = await render();
    await fill(el, { email: 'elodie@gmail.com' });
    submit(el);
    await el.updateComplete;
    expect(errorOf(el, 'emailPro')).to.equal(
      "Utilisez une adresse d'un domaine de l'Institution (@urssaf.fr, @assurance-maladie.fr…) ou indiquez un compte externe.",
    );
    radio(el, 'worksForInstitution', 'no').click();
    await el.updateComplete;
    expect(errorOf(el, 'emailPro'), 'the answer "Non" lifts the check').to.equal('');
    const event = oneEvent(el, 'habil-signup-sent');
    submit(el);
    const request = (await event).detail as AccountRequest;
    expect(request.external).to.equal(true);
    expect(server().store.accountRequests.get(request.id)?.emailPro).to.equal('elodie@gmail.com');
  });

  it('shows on the field the server\'s refusal of an e-mail that already has an account (R7)', async () => {
    const el = await render();
    await fill(el, { email: 'co.living@lassuranceretraite.fr' });
    const events = recordEvents(el, 'habil-signup-sent');
    submit(el);
    await waitUntil(() => errorOf(el, 'emailPro') !== '', 'the server error never showed');
    expect(errorOf(el, 'emailPro')).to.equal('Un compte existe déjà avec cette adresse.');
    expect(text(shadow(shadow(el).querySelector('habil-alert[part~="notice"]')!).querySelector('[part="base"]'))).to.include(
      "Votre demande n'a pas été envoyée",
    );
    expect(field(el, 'prenom').value).to.equal('Élodie');
    expect(focusedElement()).to.equal(shadow(field(el, 'emailPro')).querySelector('#control'));
    expect(events).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('sends the request to a local correspondent of the organisme (R3) and fires habil-signup-sent', async () => {
    const el = await render();
    await fill(el, { email: 'elodie.martin@lassuranceretraite.fr' });
    const event = oneEvent(el, 'habil-signup-sent');
    submit(el);
    const request = (await event).detail as AccountRequest;
    expect(request.routedTo).to.equal('local');
    expect(server().store.accountRequests.get(request.id)?.routedTo).to.equal('local');
    expect(await sent(el)).to.include(
      'Votre demande de création de compte a été adressée pour validation à un correspondant local de votre organisme (CARSAT ALSACE-MOSELLE).',
    );
    expect(focusedElement()?.id).to.equal('sent-heading');
    await expect(el).to.be.accessible();
  });

  it('sends it to UCANSS when the organisme has no local correspondent (CAF DE LA MEUSE)', async () => {
    const el = await render();
    await fill(el, { email: 'elodie.martin@caf.fr', organismeId: 'caf-55' });
    submit(el);
    expect(await sent(el)).to.include(
      "CAF DE LA MEUSE ne dispose pas de correspondant local : votre demande de création de compte a été adressée pour validation à un administrateur de l'Ucanss.",
    );
    const stored = [...server().store.accountRequests.values()].find((r) => r.emailPro === 'elodie.martin@caf.fr');
    expect(stored?.routedTo).to.equal('central');
  });
});

describe('habil-signup: the organisme search', () => {
  it('filters the list as one types, without accents or case, by name or code', async () => {
    const el = await render();
    await searchOrganisme(el, 'meuse');
    expect(options(el)).to.deep.equal(['CAF DE LA MEUSE (551200)']);
    await searchOrganisme(el, 'rhone alpes');
    expect(options(el)).to.deep.equal(['CARSAT RHONE-ALPES (690000)']);
    await searchOrganisme(el, '6711');
    expect(options(el)).to.deep.equal(['CPAM DU BAS-RHIN (671100)']);
    await searchOrganisme(el, 'zzz');
    expect(options(el)).to.deep.equal([]);
    expect(text(shadow(el).querySelector('#organisme-count'))).to.equal('Aucun organisme ne correspond à cette recherche.');
  });

  it('is chosen by keyboard: type, Down Arrow into the list, arrows to choose', async () => {
    const el = await render();
    shadow(el).querySelector<HTMLInputElement>('#organisme-search')!.focus();
    await sendKeys({ type: 'caf' });
    await el.updateComplete;
    expect(options(el)).to.deep.equal(['CAF DE LA MEUSE (551200)', 'CAF DU BAS-RHIN (671200)', 'CAF DU VAR (831200)']);
    expect(text(shadow(el).querySelector('#organisme-count'))).to.equal('3 organismes sur 11');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focusedElement()?.id).to.equal('organisme');
    expect(text(shadow(el).querySelector('#organisme-chosen'))).to.equal('Organisme choisi : CAF DE LA MEUSE');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(text(shadow(el).querySelector('#organisme-chosen'))).to.equal('Organisme choisi : CAF DU BAS-RHIN');
    await expect(el).to.be.accessible();
  });
});

describe('habil-signup: states and languages', () => {
  it('says why the organismes cannot be listed, and tries again', async () => {
    let failures = 1;
    const real = createFetchClient({ retry: 0 });
    const client: HabilClient = {
      call<K extends RouteName>(name: K, args: RouteArgs<K>, opts?: CallOptions): Promise<RouteResult<K>> {
        if (failures-- > 0) return Promise.reject(ProblemError.fromResponse(503, undefined));
        return real.call(name, args, opts);
      },
    };
    const el = await render(html`<habil-signup .client=${client}></habil-signup>`);
    const alert = shadow(el).querySelector('habil-alert.filled')!;
    expect(text(shadow(alert).querySelector('[part="base"]'))).to.include('La liste des organismes ne peut pas être affichée.');
    await expect(el).to.be.accessible();
    shadow(alert).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => options(el).length > 0, 'the retry never listed the organismes');
  });

  it('speaks English', async () => {
    const el = await render(html`<habil-signup lang="en"></habil-signup>`);
    expect(text(shadow(el).querySelector('h2'))).to.equal('Sign up');
    expect(field(el, 'emailPro').label).to.equal('Professional e-mail');
    submit(el);
    await el.updateComplete;
    expect(errorOf(el, 'acceptsTerms')).to.equal('You must accept the terms of use.');
    await expect(el).to.be.accessible();
  });
});

describe('habil-signup: what assistive technologies are told', () => {
  const controls = (el: HabilSignup) => ({
    civilite: radio(el, 'civilite', 'M.').closest('fieldset')!,
    organisme: shadow(el).querySelector<HTMLSelectElement>('#organisme')!,
    terms: shadow(el).querySelector<HTMLInputElement>('#terms')!,
  });
  const links = (el: HabilSignup) => [...shadow(el).querySelectorAll<HTMLButtonElement>('habil-alert[part~="notice"] .error-links button')];

  it('calls nothing invalid before the user tries to send, then each wrong control until it is put right', async () => {
    const el = await render();
    const { civilite, organisme, terms } = controls(el);
    expect(civilite.getAttribute('role')).to.equal('radiogroup');
    expect(civilite.getAttribute('aria-required')).to.equal('true');
    // No native `required` on the radios: the browser would call the group invalid on load.
    expect([...civilite.querySelectorAll('input')].some((input) => input.required)).to.equal(false);
    expect(organisme.required && terms.required).to.equal(true);
    expect([civilite, organisme, terms].map((control) => control.getAttribute('aria-invalid'))).to.deep.equal(['false', 'false', 'false']);
    expect(shadow(el).querySelectorAll('[aria-invalid="true"]')).to.have.length(0);

    submit(el);
    await el.updateComplete;
    expect([civilite, organisme, terms].map((control) => control.getAttribute('aria-invalid'))).to.deep.equal(['true', 'true', 'true']);
    expect(field(el, 'nom').error).to.equal('Ce champ est obligatoire.');
    await expect(el).to.be.accessible();

    radio(el, 'civilite', 'Mme').click();
    await chooseOrganisme(el, 'carsat-am');
    terms.click();
    await el.updateComplete;
    expect([civilite, organisme, terms].map((control) => control.getAttribute('aria-invalid'))).to.deep.equal(['false', 'false', 'false']);
  });

  it('names each required control once with « (obligatoire) », the star left out', async () => {
    const el = await render();
    const { civilite, organisme, terms } = controls(el);
    const input = (name: string) => shadow(field(el, name)).querySelector('#control')!;
    expect(await accessibleName(civilite)).to.equal('Civilité (obligatoire)');
    expect(await accessibleName(input('nom'))).to.equal('Nom (obligatoire)');
    expect(await accessibleName(input('emailPro'))).to.equal('Email professionnel (obligatoire)');
    expect(await accessibleName(organisme)).to.equal('Sélectionner un organisme dans cette liste (obligatoire)');
    expect(await accessibleName(terms)).to.equal("J'accepte les conditions générales d'utilisation (obligatoire)");
    expect(await accessibleName(radio(el, 'worksForInstitution', 'yes').closest('fieldset')!)).to.equal('Je travaille à la Sécu ?');
    // The star is still shown, for the eye only.
    expect(text(organisme.labels![0])).to.equal('Sélectionner un organisme dans cette liste* (obligatoire)');
    expect(organisme.labels![0]!.querySelector('.required')!.getAttribute('aria-hidden')).to.equal('true');

    el.lang = 'en';
    await waitUntil(async () => (await accessibleName(terms)) === 'I accept the terms of use (required)', 'the names never spoke English');
    expect(await accessibleName(civilite)).to.equal('Title (required)');
    expect(await accessibleName(organisme)).to.equal('Choose an organisme in this list (required)');
  });

  it('lists, above the button, each field to correct with a link that leads to it (by keyboard too), and speaks English', async () => {
    const el = await render();
    await typeInto(el, 'nom', 'Durand');
    await typeInto(el, 'emailPro', 'elodie@gmail.com');
    submit(el);
    await el.updateComplete;
    const notice = shadow(el).querySelector('habil-alert[part~="notice"]')!;
    expect(text(shadow(notice).querySelector('[part="heading"]'))).to.equal('Certains champs sont à corriger');
    expect(links(el).map(text)).to.deep.equal([
      'Civilité : Ce champ est obligatoire.',
      'Prénom : Ce champ est obligatoire.',
      "Email professionnel : Utilisez une adresse d'un domaine de l'Institution (@urssaf.fr, @assurance-maladie.fr…) ou indiquez un compte externe.",
      'Organisme : Ce champ est obligatoire.',
      "Conditions générales d'utilisation : Vous devez accepter les conditions générales d'utilisation.",
    ]);
    await expect(el).to.be.accessible();

    links(el)[3]!.click();
    expect(focusedElement()).to.equal(shadow(el).querySelector('#organisme'));
    links(el)[4]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(focusedElement()).to.equal(shadow(el).querySelector('#terms'));
    links(el)[2]!.focus();
    await sendKeys({ press: 'Space' });
    expect(focusedElement()).to.equal(shadow(field(el, 'emailPro')).querySelector('#control'));

    // A field put right leaves the list.
    await typeInto(el, 'prenom', 'Élodie');
    expect(links(el).map(text)).not.to.include('Prénom : Ce champ est obligatoire.');

    el.lang = 'en';
    await waitUntil(() => links(el).length > 0 && text(links(el)[0]) === 'Title: This field is required.', 'the list never spoke English');
    expect(links(el).map(text).slice(-2)).to.deep.equal(['Organisme: This field is required.', 'Terms of use: You must accept the terms of use.']);
    expect(text(shadow(notice).querySelector('[part="heading"]'))).to.equal('Some fields need correcting');
  });
});
