/**
 * `<habil-my-profile>` (user's guide §3 « Mes coordonnées », FAQ « Gérer mon profil personnel »;
 * R2, R15, R17): the form with my details, its checks and the server's in words under the fields
 * and above the form, saving by keyboard, « Annuler », a change made meanwhile by my local
 * administrator, an ADD's and a CAF partner user's read-only view with where to go, the loading
 * and error states, French and English, axe in every state.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ProblemError } from '../../src/client/errors.js';
import type { ProfileUpdatedDetail } from '../../src/my-profile/define.js';
import { api, expectOk, useReferenceServer } from '../support/api.js';
import { holdingClient, recordingClient, unavailable } from '../support/recording-client.js';
import { waitUntil } from '../support/wait.js';
import { focusedElement, press, recordEvents, tabTo } from '../ui/support.js';
import { alertText, button, control, field, fieldError, render, shadow, statusText, summaryLinks, text, typeInto } from './support.js';

const server = useReferenceServer({ persona: 'user-carsat' });
const stored = (id = 'c-living') => server().store.accounts.get(id)!;

const maintenance = () => unavailable('Le service des habilitations est en maintenance.');

describe('habil-my-profile: the form', () => {
  it('shows my details in the fields of the guide, the e-mail and the organisme read only', async () => {
    const el = await render();
    expect(text(shadow(el).querySelector('[part="heading"]'))).to.equal('Mes coordonnées');
    expect([...shadow(el).querySelectorAll('legend')].map((l) => text(l))).to.deep.equal(['Identité', 'Civilité* (obligatoire)', 'Me joindre', 'Organismes']);
    expect(shadow(el).querySelector<HTMLInputElement>('input[name="civilite"][value="Mme"]')!.checked).to.equal(true);
    expect(control(el, 'prenom').value).to.equal('Coralie');
    expect(control(el, 'nom').value).to.equal('LIVING');
    expect(control(el, 'emailPro').value).to.equal('co.living@lassuranceretraite.fr');
    expect((control(el, 'emailPro') as HTMLInputElement).readOnly).to.equal(true);
    expect(control(el, 'organisme').value).to.equal('CARSAT ALSACE-MOSELLE');
    expect((control(el, 'organisme') as HTMLInputElement).readOnly).to.equal(true);
    const secondary = [...(control(el, 'secondaryOrganismeId') as HTMLSelectElement).options].map((o) => o.text.trim());
    expect(secondary[0]).to.equal('— Aucun —');
    expect(secondary).to.include('CPAM DU BAS-RHIN (671100)');
    expect(secondary.join(), 'my own organisme is not a second one').not.to.include('CARSAT ALSACE-MOSELLE');
    expect(secondary.join(), 'only the organismes of the portal').not.to.include('CONSEIL DEPARTEMENTAL DU VAR');
    expect(text(button(el, 'submit-button'))).to.equal('Enregistrer les modifications');
    await expect(el).to.be.accessible();
  });

  it('saves by keyboard only the fields I changed, with the version read, and says so (R14, R15)', async () => {
    const { client, calls } = recordingClient();
    const el = await render(html`<habil-my-profile .client=${client}></habil-my-profile>`);
    const version = stored().version;
    await typeInto(el, 'phone', '0612345678');
    await typeInto(el, 'nomNaissance', 'MARTIN');
    const updated = oneEvent(el, 'habil-profile-updated') as Promise<CustomEvent<ProfileUpdatedDetail>>;
    await press('Enter');
    const event = await updated;
    expect(calls.filter((c) => c.name === 'updateMyProfile').map((c) => [c.args.body, c.args.ifMatch])).to.deep.equal([[{ nomNaissance: 'MARTIN', phone: '0612345678' }, version]]);
    expect(event.detail.changes).to.deep.equal({ nomNaissance: 'MARTIN', phone: '0612345678' });
    expect(event.detail.profile).to.deep.include({ phone: '06 12 34 56 78', nomNaissance: 'MARTIN', version: version + 1 });
    await waitUntil(() => alertText(el, 'saved').includes('enregistrées'), 'never said it was saved');
    expect(alertText(el, 'saved')).to.equal('Vos coordonnées ont été enregistrées. Modifié : nom de naissance, téléphone.');
    expect(control(el, 'phone').value, 'the phone as the guides write it').to.equal('06 12 34 56 78');
    expect(stored()).to.deep.include({ phone: '06 12 34 56 78', nomNaissance: 'MARTIN' });
    await expect(el).to.be.accessible();
  });

  it('chooses an organisme secondaire from the list by keyboard, and removes it', async () => {
    const el = await render();
    const select = control(el, 'secondaryOrganismeId') as HTMLSelectElement;
    field(el, 'secondaryOrganismeId').focus();
    for (let i = 0; i < select.options.length && select.value !== 'cpam-67'; i += 1) await press('ArrowDown');
    expect(select.value).to.equal('cpam-67');
    await tabTo(button(el, 'submit-button'));
    await press('Enter');
    await waitUntil(() => stored().secondaryOrganismeId === 'cpam-67', 'the organisme secondaire was never saved');
    await waitUntil(() => alertText(el, 'saved').includes('organisme secondaire'));
    field(el, 'secondaryOrganismeId').focus();
    await press('Home');
    expect(select.value).to.equal('');
    await press('Enter');
    await waitUntil(() => stored().secondaryOrganismeId === undefined, 'the organisme secondaire was never removed');
  });

  it('refuses before sending what the server would refuse, under the fields and above the form, and leads to them (R17)', async () => {
    const { client, calls } = recordingClient();
    const el = await render(html`<habil-my-profile .client=${client}></habil-my-profile>`);
    await typeInto(el, 'nom', '');
    await typeInto(el, 'phone', '+44 20 7946 0958');
    await typeInto(el, 'emailContact', 'coralie@');
    await press('Enter');
    await el.updateComplete;
    expect(calls.map((c) => c.name)).not.to.include('updateMyProfile');
    expect(fieldError(el, 'nom')).to.equal('Ce champ est obligatoire.');
    expect(fieldError(el, 'emailContact')).to.include("Cette adresse e-mail n'est pas valide");
    expect(fieldError(el, 'phone')).to.equal('Indiquez un numéro français : 10 chiffres commençant par 0 (03 88 25 26 00), ou +33 suivi de 9 chiffres (+33 3 88 25 26 00).');
    expect(summaryLinks(el).map((b) => text(b))).to.deep.equal([
      'Nom : Ce champ est obligatoire.',
      "Email de contact : Cette adresse e-mail n'est pas valide (exemple : prenom.nom@urssaf.fr).",
      'Téléphone : Indiquez un numéro français : 10 chiffres commençant par 0 (03 88 25 26 00), ou +33 suivi de 9 chiffres (+33 3 88 25 26 00).',
    ]);
    await waitUntil(() => focusedElement() === control(el, 'nom'), 'the first wrong field never took focus');
    summaryLinks(el)[2]!.focus();
    await press('Enter');
    expect(focusedElement()).to.equal(control(el, 'phone'));
    expect(control(el, 'phone').value, 'what I typed stays').to.equal('+44 20 7946 0958');
    await expect(el).to.be.accessible();
    // Corrected, the error goes as I type.
    await typeInto(el, 'phone', '03 88 25 26 30');
    expect(fieldError(el, 'phone')).to.equal('');
  });

  it('says in English what is wrong, in the language of the page', async () => {
    document.documentElement.lang = 'en';
    try {
      const el = await render();
      expect(text(shadow(el).querySelector('[part="heading"]'))).to.equal('My details');
      await typeInto(el, 'phone', '12');
      await typeInto(el, 'prenom', '');
      button(el, 'submit-button').click();
      await el.updateComplete;
      expect(fieldError(el, 'phone')).to.equal('Give a French number: 10 digits starting with 0 (03 88 25 26 00), or +33 followed by 9 digits (+33 3 88 25 26 00).');
      expect(fieldError(el, 'prenom')).to.equal('This field is required.');
      expect(summaryLinks(el).map((b) => text(b))[0]).to.equal('First name: This field is required.');
      expect(text(button(el, 'submit-button'))).to.equal('Save the changes');
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.lang = 'fr';
    }
  });

  it('shows the server\'s field errors on their fields, keeps what I typed, and sends again once corrected', async () => {
    let refuse = true;
    const { client, calls } = recordingClient((name) => {
      if (name !== 'updateMyProfile' || !refuse) return undefined;
      refuse = false;
      return Promise.reject(
        ProblemError.fromResponse(422, {
          type: '/problems/validation-failed',
          title: 'Certains champs sont à corriger.',
          status: 422,
          code: 'validation-failed',
          errors: [{ field: 'emailContact', code: 'domain-closed', message: 'Ce domaine de messagerie n’accepte plus de courrier.' }],
        }),
      );
    });
    const el = await render(html`<habil-my-profile .client=${client}></habil-my-profile>`);
    await typeInto(el, 'emailContact', 'coralie@ancien-domaine.fr');
    await press('Enter');
    await waitUntil(() => fieldError(el, 'emailContact') !== '', 'the server\'s error never showed on its field');
    expect(fieldError(el, 'emailContact')).to.equal('Ce domaine de messagerie n’accepte plus de courrier.');
    expect(alertText(el, 'notice')).to.include('Vos coordonnées n’ont pas été enregistrées');
    expect(control(el, 'emailContact').value).to.equal('coralie@ancien-domaine.fr');
    await waitUntil(() => focusedElement() === control(el, 'emailContact'), 'focus never went to the refused field');
    await expect(el).to.be.accessible();
    await typeInto(el, 'emailContact', 'coralie.living@gmail.com');
    expect(fieldError(el, 'emailContact'), 'a changed field loses the server\'s error').to.equal('');
    await press('Enter');
    await waitUntil(() => stored().emailContact === 'coralie.living@gmail.com', 'never sent again');
    expect(calls.filter((c) => c.name === 'updateMyProfile')).to.have.length(2);
  });

  it('says when nothing changed, and « Annuler » brings my details back', async () => {
    const { client, calls } = recordingClient();
    const el = await render(html`<habil-my-profile .client=${client}></habil-my-profile>`);
    await typeInto(el, 'nom', 'LIVING ');
    await press('Enter');
    await waitUntil(() => statusText(el) !== '');
    expect(statusText(el)).to.equal('Vous n’avez rien modifié : il n’y a rien à enregistrer.');
    expect(calls.map((c) => c.name)).not.to.include('updateMyProfile');
    await typeInto(el, 'prenom', 'Coco');
    await tabTo(button(el, 'cancel-button'));
    await press('Enter');
    await el.updateComplete;
    expect(control(el, 'prenom').value).to.equal('Coralie');
    expect(statusText(el)).to.equal('Vos modifications ont été annulées.');
    expect(calls.map((c) => c.name)).not.to.include('updateMyProfile');
  });

  it('refuses in words when my account became an ADD\'s meanwhile, and keeps what I typed (R2)', async () => {
    const el = await render();
    await typeInto(el, 'phone', '03 88 25 26 30');
    stored().add = true;
    await press('Enter');
    await waitUntil(() => alertText(el, 'notice') !== '', 'the refusal was never said');
    expect(alertText(el, 'notice')).to.include('Vos coordonnées n’ont pas été enregistrées').and.include('labdd@ucanss.fr');
    expect(control(el, 'phone').value).to.equal('03 88 25 26 30');
    await expect(el).to.be.accessible();
  });
});

describe('habil-my-profile: changed meanwhile (R15)', () => {
  it('reads my details again, keeps what I typed over them, says what changed, then saves against the new version', async () => {
    const el = await render();
    const read = stored().version;
    await typeInto(el, 'nomNaissance', 'MARTIN');
    // Meanwhile, my local administrator corrects my phone.
    server().actAs('admin-carsat');
    expectOk(await api('PATCH', '/accounts/c-living', { body: { phone: '03 88 25 26 30' }, ifMatch: read }));
    server().actAs('user-carsat');
    await press('Enter');
    await waitUntil(() => alertText(el, 'notice').includes('entre-temps'), 'the conflict was never said');
    expect(alertText(el, 'notice')).to.equal(
      'Vos coordonnées ont changé entre-temps Elles ont été modifiées pendant que vous les changiez (par exemple par votre administrateur local), et rechargées. Ce que vous avez saisi est conservé : vérifiez, puis enregistrez à nouveau. Modifié entre-temps : Téléphone : 03 88 25 26 30.',
    );
    expect(control(el, 'nomNaissance').value, 'what I typed is kept').to.equal('MARTIN');
    expect(control(el, 'phone').value, 'what changed meanwhile shows').to.equal('03 88 25 26 30');
    expect(stored().nomNaissance).to.equal(undefined);
    await expect(el).to.be.accessible();
    await press('Enter');
    await waitUntil(() => stored().nomNaissance === 'MARTIN', 'never saved against the new version');
    expect(stored()).to.deep.include({ phone: '03 88 25 26 30', version: read + 2 });
    await waitUntil(() => alertText(el, 'notice') === '' && alertText(el, 'saved').includes('nom de naissance'));
  });
});

describe('habil-my-profile: details not changed here', () => {
  it("shows an ADD his details read only, with the guide's reason, the « mon profil » page and labdd@ucanss.fr (R2)", async () => {
    server().actAs('director-carsat');
    const { client, calls } = recordingClient();
    const el = await render(html`<habil-my-profile .client=${client}></habil-my-profile>`);
    expect(shadow(el).querySelector('form')).to.equal(null);
    const reason = shadow(el).querySelector('[part~="read-only-reason"]')!;
    expect(text(reason)).to.include('Les données relatives aux Agents de Direction étant gérées dans le Référentiel des Agents de Direction');
    const [profilePage, mail] = [...reason.querySelectorAll('a')];
    expect(profilePage!.getAttribute('href')).to.equal('http://ucanss.fr/portail/auth/portal/default/Pcarriere');
    expect(text(mail)).to.equal('labdd@ucanss.fr');
    const mailto = new URL(mail!.getAttribute('href')!);
    expect(mailto.pathname).to.equal('labdd@ucanss.fr');
    expect(mailto.searchParams.get('subject')).to.equal('Mise à jour de mes informations — Pierre RAYMOND');
    expect(mailto.searchParams.get('body')).to.include('Nom / prénom : Pierre RAYMOND');
    const details = [...shadow(el).querySelectorAll('[part="details"] .detail')].map((d) => `${text(d.querySelector('dt'))} ${text(d.querySelector('dd'))}`);
    expect(details).to.include.members(['Nom RAYMOND', 'Téléphone 03 88 25 26 00', 'Organisme CARSAT ALSACE-MOSELLE', 'Email de contact aucun']);
    await tabTo(profilePage!);
    await press('Tab');
    expect(focusedElement()).to.equal(mail);
    expect(calls.map((c) => c.name)).not.to.include('updateMyProfile');
    await expect(el).to.be.accessible();
  });

  it('says it in English, with the page the portal gives', async () => {
    server().actAs('director-carsat');
    const el = await render(html`<habil-my-profile lang="en" add-profile-url="https://portail.example.fr/mon-profil"></habil-my-profile>`);
    const reason = shadow(el).querySelector('[part~="read-only-reason"]')!;
    expect(text(reason)).to.include('The details of Agents de Direction are kept in the ADD reference system');
    expect(reason.querySelector('a')!.getAttribute('href')).to.equal('https://portail.example.fr/mon-profil');
    expect(text(reason)).to.include('For any question about these updates, write to labdd@ucanss.fr');
    await expect(el).to.be.accessible();
  });

  it('shows a CAF partner user who keeps his details', async () => {
    server().actAs('responsable');
    const el = await render();
    expect(shadow(el).querySelector('form')).to.equal(null);
    expect(text(shadow(el).querySelector('[part~="read-only-reason"]'))).to.include('vos coordonnées sont tenues par votre administrateur partenaire');
    await expect(el).to.be.accessible();
  });
});

describe('habil-my-profile: loading and errors', () => {
  it('says it is loading, then shows the details', async () => {
    const { client, release } = holdingClient('getMyProfile');
    const el = await fixture(html`<habil-my-profile .client=${client}></habil-my-profile>`);
    await waitUntil(() => shadow(el).querySelector('[part="loading"] [role="status"]'), 'no loading state');
    expect(text(shadow(el).querySelector('[part="loading"]'))).to.equal('Chargement de vos coordonnées…');
    await expect(el).to.be.accessible();
    release();
    await waitUntil(() => shadow(el).querySelector('form'), 'the form never came');
  });

  it('says why the details cannot be shown, and reads them again on « Réessayer »', async () => {
    let fail = true;
    const { client } = recordingClient((name) => (name === 'getMyProfile' && fail ? Promise.reject(maintenance()) : undefined));
    const el = await render(html`<habil-my-profile .client=${client}></habil-my-profile>`);
    const alert = shadow(el).querySelector('habil-alert.filled')!;
    expect(text(shadow(alert).querySelector('[part="base"]'))).to.include('Vos coordonnées ne peuvent pas être affichées.').and.include('Le service des habilitations est en maintenance.');
    await expect(el).to.be.accessible();
    fail = false;
    const retry = shadow(alert).querySelector<HTMLButtonElement>('[part="retry-button"]')!;
    retry.focus();
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('form'), 'never read again');
  });

  it('says a save that got no answer may be sent again, and sends it once more on « Réessayer »', async () => {
    let fail = true;
    const { client, calls } = recordingClient((name) => (name === 'updateMyProfile' && fail ? Promise.reject(maintenance()) : undefined));
    const el = await render(html`<habil-my-profile .client=${client}></habil-my-profile>`);
    const events = recordEvents(el, 'habil-profile-updated');
    await typeInto(el, 'phone', '03 88 25 26 30');
    await press('Enter');
    await waitUntil(() => alertText(el, 'notice').includes('maintenance'), 'the failure was never said');
    fail = false;
    const alert = shadow(el).querySelector('habil-alert[part~="notice"]')!;
    shadow(alert).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => stored().phone === '03 88 25 26 30', 'never sent again');
    expect(calls.filter((c) => c.name === 'updateMyProfile')).to.have.length(2);
    await waitUntil(() => events.length === 1);
  });
});
