/**
 * `<habil-my-access>` (user's guide §2 and §4, FAQ; R3, R4): my entitlements by application, the
 * catalogue with a request per approval mode, my request history with the guide's statuses and
 * the tacit-acceptance deadline, my contacts, the states of the page, keyboard, French and English.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { ProblemError } from '../../src/client/errors.js';
import type { AccessRequest } from '../../src/domain/index.js';
import type { HabilMyAccess } from '../../src/my-access/define.js';
import { api, expectOk, useReferenceServer } from '../support/api.js';
import { focusedElement, press, recordEvents, tabTo } from '../ui/support.js';
import {
  announced,
  answerDialog,
  application,
  button,
  details,
  dialogOpened,
  dialogText,
  expand,
  historyRows,
  interceptingClient,
  noticeText,
  panel,
  render,
  requestButton,
  role,
  shadow,
  show,
  text,
  padlock,
  toggle,
} from './support.js';

const server = useReferenceServer({ persona: 'user-carsat' });

const unavailable = () =>
  ProblemError.fromResponse(503, { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'Le service des habilitations est en maintenance.' });

describe('habil-my-access: "Mes habilitations"', () => {
  it('shows my roles grouped by application, with how each was obtained', async () => {
    const el = await render();
    expect([...shadow(el).querySelectorAll('[role="tab"]')].map((tab) => text(tab))).to.deep.equal([
      'Mes habilitations',
      'Applications',
      'Historique de mes demandes',
      'Mes contacts',
    ]);
    const egap = application(el, 'Guides juridiques Egap');
    expect(text(egap)).to.include("Egap - Guides d'administration du personnel");
    expect(text(egap)).to.include('attribuée par un administrateur');
    await expect(el).to.be.accessible();
  });

  it('says "acceptée tacitement" for a role granted after 10 days without a decision (R4)', async () => {
    server().actAsAccount('c-dona');
    const el = await render();
    expect(text(application(el, 'Grèves'))).to.include('Grève - Déclaration des mouvements acceptée tacitement');
  });

  it('says so when I have no role yet', async () => {
    server().store.accounts.get('c-living')!.grants.clear();
    const el = await render();
    expect(text(panel(el))).to.include("Vous n'avez encore aucune habilitation.");
    await expect(el).to.be.accessible();
  });
});

describe('habil-my-access: "Applications" (R3)', () => {
  it('groups the catalogue by theme and shows, per role, what I can do', async () => {
    const el = await render();
    await show(el, 'catalogue');
    const themes = [...panel(el).querySelectorAll('.theme > h3')].map((h) => text(h));
    expect(themes).to.include.members(['Achats', 'Ressources humaines', 'Espace carrière']);
    expect(themes, 'CAF services are not requested here').not.to.include('Mon Compte Partenaire');
    for (const name of ['Guides juridiques Egap', 'Textes conventionnels', 'Annuaire des organismes', 'Portail Entrepôt de Données RH (EDRH)', 'Contentieux']) await expand(el, name);
    // held
    expect(text(role(el, "Egap - Guides d'administration du personnel"))).to.include('Vous avez ce rôle');
    expect(requestButton(el, "Egap - Guides d'administration du personnel")).to.equal(null);
    // libre: no request
    expect(text(application(el, 'Textes conventionnels'))).to.include('Accès libre');
    expect(requestButton(el, 'Textes conventionnels - Lecteur')).to.equal(null);
    // pending (seed: central request two days ago) instead of the button
    expect(text(role(el, 'Annuaire Organisme - Rédacteur'))).to.match(/Demande en cours — décision attendue au plus tard le \d\d\/\d\d\/2025/);
    expect(requestButton(el, 'Annuaire Organisme - Rédacteur')).to.equal(null);
    // procedure: its text and contact
    const edrh = application(el, 'Portail Entrepôt de Données RH (EDRH)');
    expect(text(edrh)).to.include("Autre démarche Écrivez à l'équipe EDRH en associant votre responsable hiérarchique.");
    expect(edrh.querySelector('a')!.getAttribute('href')).to.equal('mailto:edrh@ucanss.fr');
    expect(edrh.querySelector('[part~="request-button"]')).to.equal(null);
    // routing said before the click
    const contentieux = requestButton(el, 'Contentieux - organisme')!;
    const route = panel(el).querySelector(`#${contentieux.getAttribute('aria-describedby')}`);
    expect(text(route)).to.equal('Votre demande sera adressée à votre administrateur local.');
    expect(text(contentieux)).to.equal("Demander l'accès à l'application Contentieux");
    await expect(el).to.be.accessible();
  });

  it('shows it collapsed, as the guide does: what I may use open, the rest greyed with a padlock, each said in words', async () => {
    const el = await render(html`<habil-my-access section="catalogue"></habil-my-access>`);
    const toggles = [...panel(el).querySelectorAll<HTMLButtonElement>('[part~="application-toggle"]')];
    expect(toggles.length).to.be.greaterThan(20);
    expect(toggles.every((line) => line.getAttribute('aria-expanded') === 'false')).to.equal(true);
    expect(toggles.every((line) => details(el, text(line.querySelector('.app-name'))).hidden)).to.equal(true);
    expect(panel(el).querySelector('[part~="request-button"]')?.checkVisibility()).to.equal(false);

    const line = (name: string) => ({
      part: application(el, name).getAttribute('part'),
      icon: padlock(el, name),
      words: text(toggle(el, name)),
    });
    expect(line('Guides juridiques Egap')).to.deep.equal({ part: 'application application-open', icon: 'Accessible', words: 'Guides juridiques Egap Vous y avez accès' });
    expect(line('Textes conventionnels')).to.deep.equal({ part: 'application application-open', icon: 'Accessible', words: 'Textes conventionnels Accès libre' });
    expect(line('Contentieux')).to.deep.equal({ part: 'application application-locked', icon: 'Verrouillée', words: 'Contentieux Sur demande' });
    expect(line('Annuaire des ADD')).to.deep.equal({ part: 'application application-locked', icon: 'Verrouillée', words: 'Annuaire des ADD Sur demande' });
    expect(line('Annuaire des organismes')).to.deep.equal({ part: 'application application-locked', icon: 'Verrouillée', words: 'Annuaire des organismes Demande en cours' });
    expect(line('Portail Entrepôt de Données RH (EDRH)').words).to.equal('Portail Entrepôt de Données RH (EDRH) Autre démarche');
    // Greyed, yet readable: axe checks the contrast of the muted text on the greyed lines.
    await expect(el).to.be.accessible();

    const opened = await expand(el, 'Contentieux');
    expect(toggle(el, 'Contentieux').getAttribute('aria-expanded')).to.equal('true');
    expect(opened.hidden).to.equal(false);
    expect(text(opened)).to.include("Application Contentieux de l'offre de services.");
    expect(text(opened)).to.include('Public cible : Salariés des organismes de Sécurité sociale');
    expect(text(opened)).to.include('Validée par votre administrateur local');
    expect(requestButton(el, 'Contentieux - organisme')!.checkVisibility()).to.equal(true);
    expect(details(el, 'Annuaire des ADD').hidden, 'the others stay closed').to.equal(true);
    await expect(el).to.be.accessible();

    toggle(el, 'Contentieux').click();
    await el.updateComplete;
    expect(toggle(el, 'Contentieux').getAttribute('aria-expanded')).to.equal('false');
    expect(details(el, 'Contentieux').hidden).to.equal(true);
  });

  it('keeps the greyed lines readable in the dark theme, on a dark page (axe checks the contrast)', async () => {
    const page = await fixture<HTMLDivElement>(html`<div data-habil-theme="dark" style="background: #14181d"><habil-my-access section="catalogue"></habil-my-access></div>`);
    const el = page.querySelector('habil-my-access')!;
    await waitUntil(() => shadow(el).querySelector('[part~="application-toggle"]'), 'the catalogue never showed', { timeout: 4000 });
    await expand(el, 'Contentieux');
    expect(getComputedStyle(application(el, 'Contentieux')).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('opens and closes every application with « Tout déplier » / « Tout replier »', async () => {
    const el = await render(html`<habil-my-access section="catalogue"></habil-my-access>`);
    const all = button(el, '#expand-all');
    expect(text(all)).to.equal('Tout déplier');
    all.click();
    await el.updateComplete;
    const toggles = [...panel(el).querySelectorAll('[part~="application-toggle"]')];
    expect(toggles.every((line) => line.getAttribute('aria-expanded') === 'true')).to.equal(true);
    expect(text(all)).to.equal('Tout replier');
    await expect(el).to.be.accessible();
    all.click();
    await el.updateComplete;
    expect(toggles.every((line) => line.getAttribute('aria-expanded') === 'false')).to.equal(true);
  });

  it('requests a role of a "local" application: the confirmation names the local administrator, then history and catalogue updated', async () => {
    const el = await render();
    await show(el, 'catalogue');
    const events = recordEvents<CustomEvent<AccessRequest>>(el, 'habil-access-requested');
    await expand(el, 'Contentieux');
    requestButton(el, 'Contentieux - organisme')!.click();
    await dialogOpened(el);
    expect(dialogText(el)).to.include("Demander l'accès à l'application Contentieux ?");
    expect(dialogText(el)).to.include('Rôle demandé : « Contentieux - organisme ». Votre administrateur local décidera de votre demande au plus tard le 12/06/2025');
    expect(dialogText(el)).to.include('Envoyer la demande');
    await answerDialog(el, true);
    await announced(el, "Votre demande d'accès au rôle « Contentieux - organisme » a été envoyée à votre administrateur local.");

    const stored = [...server().store.accessRequests.values()].find((r) => r.requesterId === 'c-living' && r.roleId === 'contentieux-organisme');
    expect(stored?.approval).to.equal('local');
    expect(stored?.status).to.equal('en_attente');
    expect(events).to.have.length(1);
    expect(events[0]!.detail.id).to.equal(stored!.id);
    expect(events[0]!.detail.deadline).to.equal('2025-06-12');

    await waitUntil(() => text(role(el, 'Contentieux - organisme')).includes('Demande en cours'), 'the catalogue never showed the request');
    expect(text(role(el, 'Contentieux - organisme'))).to.include('décision attendue au plus tard le 12/06/2025');
    expect(text(toggle(el, 'Contentieux'))).to.equal('Contentieux Demande en cours');
    expect(toggle(el, 'Contentieux').getAttribute('aria-expanded'), 'the application stays open').to.equal('true');
    // The administrator of the organisme sees it among his requests to decide.
    server().actAs('admin-carsat');
    const pending = expectOk(await api('get', '/access-requests?status=en_attente&pageSize=100')).items as AccessRequest[];
    expect(pending.map((r) => r.id)).to.include(stored!.id);

    await show(el, 'requests');
    const [date, description, status] = historyRows(el)[0]!;
    expect(date).to.match(/^02\/06\/2025 \d\d:\d\d$/);
    expect(description).to.equal('Contentieux - organismeContentieux');
    expect(status).to.equal("En attente validation d'un gestionnaire décision attendue au plus tard le 12/06/2025");
    await expect(el).to.be.accessible();
  });

  it('requests a role of a "central" application: the confirmation says UCANSS decides, and it is routed there', async () => {
    const el = await render();
    await show(el, 'catalogue');
    await expand(el, 'Annuaire des ADD');
    const request = requestButton(el, 'Annuaire ADD - Lecteur')!;
    expect(text(panel(el).querySelector(`#${request.getAttribute('aria-describedby')}`))).to.equal(
      "Votre demande sera adressée à un administrateur de l'Ucanss.",
    );
    const event = oneEvent(el, 'habil-access-requested');
    request.click();
    await dialogOpened(el);
    expect(dialogText(el)).to.include("L'Ucanss décidera de votre demande au plus tard le 12/06/2025");
    await expect(el).to.be.accessible();
    await answerDialog(el, true);
    expect((await event).detail.approval).to.equal('central');
    await announced(el, "a été envoyée à un administrateur de l'Ucanss.");
    const stored = [...server().store.accessRequests.values()].find((r) => r.requesterId === 'c-living' && r.roleId === 'annuaire-add-lecteur');
    expect(stored?.approval).to.equal('central');
  });

  it('sends nothing when the confirmation is cancelled, and gives focus back to the button', async () => {
    const el = await render(html`<habil-my-access section="catalogue"></habil-my-access>`);
    const events = recordEvents(el, 'habil-access-requested');
    await expand(el, 'Grèves');
    const request = requestButton(el, 'Grève - Déclaration des mouvements')!;
    request.focus();
    request.click();
    await answerDialog(el, false);
    await waitUntil(() => focusedElement() === request, 'focus never came back to the button');
    expect(events).to.have.length(0);
    expect([...server().store.accessRequests.values()].some((r) => r.requesterId === 'c-living' && r.roleId === 'greve-declaration')).to.equal(false);
  });

  it('marks an application I use with a request pending for another of its roles', async () => {
    const el = await render(html`<habil-my-access section="catalogue"></habil-my-access>`);
    await expand(el, 'Guides juridiques Egap');
    requestButton(el, 'EGAP_ Guide Paie Accès Lecteur')!.click();
    await answerDialog(el, true);
    await waitUntil(() => text(toggle(el, 'Guides juridiques Egap')) === 'Guides juridiques Egap Vous y avez accès · Demande en cours', 'the line never showed the request');
    expect(application(el, 'Guides juridiques Egap').getAttribute('part')).to.equal('application application-open');
    await expect(el).to.be.accessible();
  });

  it('explains a refusal in words and shows the request already pending (sent meanwhile from another window)', async () => {
    const el = await render();
    await show(el, 'catalogue');
    expectOk(await api('post', '/me/access-requests', { body: { roleId: 'greve-declaration' } }), 201);
    const events = recordEvents(el, 'habil-access-requested');
    await expand(el, 'Grèves');
    requestButton(el, 'Grève - Déclaration des mouvements')!.click();
    await answerDialog(el, true);
    await waitUntil(() => noticeText(el).includes('Une demande pour ce rôle est déjà en attente.'), 'the refusal was never explained');
    expect(noticeText(el)).to.include('La demande d\'accès au rôle « Grève - Déclaration des mouvements » n\'a pas été envoyée');
    await waitUntil(() => text(role(el, 'Grève - Déclaration des mouvements')).includes('Demande en cours'), 'the pending request never showed');
    expect(events).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('is operable by keyboard: arrows between tabs, Enter opens an application, Enter on its request and on « Envoyer la demande », focus stays on the role', async () => {
    const el = await render();
    shadow(el).querySelector<HTMLElement>('#tab-grants')!.focus();
    await press('ArrowRight');
    await el.updateComplete;
    expect(focusedElement()?.id).to.equal('tab-catalogue');
    expect(el.section).to.equal('catalogue');
    await press('End');
    expect(focusedElement()?.id).to.equal('tab-contacts');
    await press('Home');
    await press('ArrowRight');
    await el.updateComplete;
    // The catalogue is loaded when its tab first shows.
    await waitUntil(() => !panel(el).querySelector('[part="loading"]'), 'the catalogue never loaded');
    const line = toggle(el, 'Conseil Energie');
    await tabTo(line, 40);
    await press('Enter');
    await waitUntil(() => line.getAttribute('aria-expanded') === 'true', 'Enter never opened the application');
    await press(' ');
    await waitUntil(() => line.getAttribute('aria-expanded') === 'false', 'Space never closed the application');
    await press('Enter');
    await waitUntil(() => line.getAttribute('aria-expanded') === 'true', 'Enter never opened the application again');
    const request = requestButton(el, 'Conseil Energie Lecteur')!;
    await tabTo(request);
    await sendKeys({ press: 'Enter' });
    await dialogOpened(el);
    await press('Escape');
    await waitUntil(() => focusedElement() === request, 'Escape never gave focus back to the button');
    await sendKeys({ press: 'Enter' });
    await dialogOpened(el);
    expect(text(focusedElement())).to.equal('Envoyer la demande');
    await press('Enter');
    await announced(el, 'Conseil Energie Lecteur');
    await waitUntil(() => focusedElement() === role(el, 'Conseil Energie Lecteur').querySelector('[part~="pending"]'), 'focus left the role');
  });

  it('offers no request to a person whose profile does not allow it (CAF)', async () => {
    server().actAs('caf-agent');
    const el = await render();
    await show(el, 'catalogue');
    expect(text(panel(el))).to.include("Les demandes d'accès concernent les applications du portail Ucanss");
    expect(panel(el).querySelector('[part~="request-button"]')).to.equal(null);
  });
});

describe('habil-my-access: "Historique de mes demandes" (R4)', () => {
  it('lists my requests newest first with the guide\'s statuses and the deadline of the pending ones', async () => {
    const el = await render(html`<habil-my-access section="requests"></habil-my-access>`);
    const rows = historyRows(el);
    expect(rows).to.have.length(2);
    const [date, description, status] = rows[1]!;
    expect(date).to.match(/^28\/05\/2025 \d\d:\d\d$/);
    expect(description).to.equal("Droits d'accès au site ucanss.frEspace Organismes du site ucanss.fr");
    expect(status).to.equal("En attente validation d'un gestionnaire décision attendue au plus tard le 07/06/2025");
    expect(rows[0]![1]).to.equal('Annuaire Organisme - RédacteurAnnuaire des organismes');
    expect(text(panel(el).querySelector('caption'))).to.equal('Historique de vos demandes');
    await expect(el).to.be.accessible();
  });

  it('shows who refused, when, and why', async () => {
    server().actAsAccount('t-weber');
    const el = await render(html`<habil-my-access section="requests"></habil-my-access>`);
    const refused = historyRows(el).find((row) => row[2]!.startsWith('Refusée'))!;
    expect(refused[2]).to.match(/^Refusée par Émilie BENGA, le \d\d\/\d\d\/2025 Motif : Le rôle est réservé au service immobilier du siège\.$/);
  });

  it('says "Acceptée tacitement" for a request left undecided for 10 days', async () => {
    server().actAsAccount('c-dona');
    const el = await render(html`<habil-my-access section="requests"></habil-my-access>`);
    expect(historyRows(el).some((row) => row[2]!.startsWith('Acceptée tacitement'))).to.equal(true);
  });

  it('says so when I made no request', async () => {
    for (const [id, request] of server().store.accessRequests) if (request.requesterId === 'c-living') server().store.accessRequests.delete(id);
    const el = await render(html`<habil-my-access section="requests"></habil-my-access>`);
    expect(text(panel(el))).to.include("Vous n'avez fait aucune demande d'habilitation.");
    expect(panel(el).querySelector('table')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('habil-my-access: "Mes contacts"', () => {
  it('lists the local administrators of my organisme with their e-mail', async () => {
    const el = await render(html`<habil-my-access section="contacts"></habil-my-access>`);
    const contacts = [...panel(el).querySelectorAll('[part~="contact"]')];
    expect(contacts.map((c) => text(c.querySelector('.contact-name')))).to.deep.equal(['Émilie BENGA', 'Pierre RAYMOND']);
    expect(contacts[0]!.querySelector('a')!.getAttribute('href')).to.equal('mailto:e.benga@lassuranceretraite.fr');
    expect(text(panel(el))).to.include('La gestion des droits sur le site de l\'Ucanss est en partie décentralisée');
    await expect(el).to.be.accessible();
  });

  it('says who handles my requests when my organisme has no local administrator', async () => {
    server().actAs('admin-ucanss');
    const el = await render(html`<habil-my-access section="contacts"></habil-my-access>`);
    expect(text(panel(el))).to.include("UCANSS n'a pas d'administrateur local : vos demandes sont traitées par l'Ucanss.");
    expect(panel(el).querySelector('a')!.getAttribute('href')).to.equal('mailto:habilitations@ucanss.fr');
    await expect(el).to.be.accessible();
  });
});

describe('habil-my-access: states and languages', () => {
  it('shows that it loads, then the page', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const client = interceptingClient((name, real) => (name === 'myGrants' ? held.then(real) : undefined));
    const el = await fixture<HabilMyAccess>(html`<habil-my-access .client=${client}></habil-my-access>`);
    expect(text(shadow(el).querySelector('[part="loading"]'))).to.equal('Chargement de vos habilitations…');
    await expect(el).to.be.accessible();
    release();
    await waitUntil(() => shadow(el).querySelector('[role="tablist"]'), 'the page never showed');
  });

  it('says why it failed and tries again', async () => {
    let failures = 1;
    const client = interceptingClient((name) => (name === 'myRequests' && failures-- > 0 ? Promise.reject(unavailable()) : undefined));
    const el = await render(html`<habil-my-access .client=${client}></habil-my-access>`);
    const alert = shadow(el).querySelector('habil-alert.filled')!;
    expect(text(shadow(alert).querySelector('[part="base"]'))).to.include('Vos habilitations ne peuvent pas être affichées.');
    expect(text(shadow(alert).querySelector('[part="base"]'))).to.include('Le service des habilitations est en maintenance.');
    await expect(el).to.be.accessible();
    shadow(alert).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => shadow(el).querySelector('[role="tablist"]'), 'the retry never showed the page');
  });

  it('speaks English', async () => {
    const el = await render(html`<habil-my-access lang="en" section="requests"></habil-my-access>`);
    expect([...shadow(el).querySelectorAll('[role="tab"]')].map((tab) => text(tab))).to.deep.equal([
      'My entitlements',
      'Applications',
      'My request history',
      'My contacts',
    ]);
    expect(historyRows(el)[1]![2]).to.equal('Awaiting a manager’s decision decision expected by 2025-06-07');
    await show(el, 'catalogue');
    expect(text(application(el, 'Textes conventionnels'))).to.include('Open access');
    expect(text(button(el, '#expand-all'))).to.equal('Expand all');
    expect(text(toggle(el, 'Contentieux'))).to.equal('Contentieux On request');
    expect(text(toggle(el, 'Annuaire des ADD'))).to.equal('Annuaire des ADD On request');
    expect(text(toggle(el, 'Annuaire des organismes'))).to.equal('Annuaire des organismes Request pending');
    expect(padlock(el, 'Contentieux')).to.equal('Locked');
    expect(padlock(el, 'Guides juridiques Egap')).to.equal('Accessible');
    await expand(el, 'Contentieux');
    expect(text(details(el, 'Contentieux'))).to.include('Target users: Employees of the social security organismes');
    requestButton(el, 'Contentieux - organisme')!.click();
    await dialogOpened(el);
    expect(dialogText(el)).to.include('Request access to the application Contentieux?');
    expect(dialogText(el)).to.include('Role requested: “Contentieux - organisme”. Your local administrator will decide on your request by 2025-06-12');
    await expect(el).to.be.accessible();
    await answerDialog(el, false);
    await expand(el, 'Annuaire des ADD');
    requestButton(el, 'Annuaire ADD - Lecteur')!.click();
    await dialogOpened(el);
    expect(dialogText(el)).to.include('UCANSS will decide on your request by 2025-06-12');
    await answerDialog(el, true);
    await announced(el, 'Your request for the role “Annuaire ADD - Lecteur” was sent to a UCANSS administrator.');
    await show(el, 'grants');
    expect(text(application(el, 'Guides juridiques Egap'))).to.include('granted by an administrator');
    await expect(el).to.be.accessible();
  });
});
