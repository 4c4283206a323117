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
import { focusedElement, press, recordEvents } from '../ui/support.js';
import {
  announced,
  application,
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
    expect(text(contentieux)).to.equal("Demander l'accès — Contentieux - organisme");
    await expect(el).to.be.accessible();
  });

  it('requests a role of a "local" application: routed to my local administrator, history and catalogue updated', async () => {
    const el = await render();
    await show(el, 'catalogue');
    const events = recordEvents<CustomEvent<AccessRequest>>(el, 'habil-access-requested');
    requestButton(el, 'Contentieux - organisme')!.click();
    await announced(el, "Votre demande d'accès au rôle « Contentieux - organisme » a été envoyée à votre administrateur local.");

    const stored = [...server().store.accessRequests.values()].find((r) => r.requesterId === 'c-living' && r.roleId === 'contentieux-organisme');
    expect(stored?.approval).to.equal('local');
    expect(stored?.status).to.equal('en_attente');
    expect(events).to.have.length(1);
    expect(events[0]!.detail.id).to.equal(stored!.id);
    expect(events[0]!.detail.deadline).to.equal('2025-06-12');

    await waitUntil(() => text(role(el, 'Contentieux - organisme')).includes('Demande en cours'), 'the catalogue never showed the request');
    expect(text(role(el, 'Contentieux - organisme'))).to.include('décision attendue au plus tard le 12/06/2025');
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

  it('requests a role of a "central" application: routed to UCANSS', async () => {
    const el = await render();
    await show(el, 'catalogue');
    const button = requestButton(el, 'Annuaire ADD - Lecteur')!;
    expect(text(panel(el).querySelector(`#${button.getAttribute('aria-describedby')}`))).to.equal(
      "Votre demande sera adressée à un administrateur de l'Ucanss.",
    );
    const event = oneEvent(el, 'habil-access-requested');
    button.click();
    expect((await event).detail.approval).to.equal('central');
    await announced(el, "a été envoyée à un administrateur de l'Ucanss.");
    const stored = [...server().store.accessRequests.values()].find((r) => r.requesterId === 'c-living' && r.roleId === 'annuaire-add-lecteur');
    expect(stored?.approval).to.equal('central');
  });

  it('explains a refusal in words and shows the request already pending (sent meanwhile from another window)', async () => {
    const el = await render();
    await show(el, 'catalogue');
    expectOk(await api('post', '/me/access-requests', { body: { roleId: 'greve-declaration' } }), 201);
    const events = recordEvents(el, 'habil-access-requested');
    requestButton(el, 'Grève - Déclaration des mouvements')!.click();
    await waitUntil(() => noticeText(el).includes('Une demande pour ce rôle est déjà en attente.'), 'the refusal was never explained');
    expect(noticeText(el)).to.include('La demande d\'accès au rôle « Grève - Déclaration des mouvements » n\'a pas été envoyée');
    await waitUntil(() => text(role(el, 'Grève - Déclaration des mouvements')).includes('Demande en cours'), 'the pending request never showed');
    expect(events).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('is operable by keyboard: arrows between tabs, Enter on "Demander l\'accès", focus stays on the role', async () => {
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
    const button = requestButton(el, 'Conseil Energie Lecteur')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
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
    await show(el, 'grants');
    expect(text(application(el, 'Guides juridiques Egap'))).to.include('granted by an administrator');
    await expect(el).to.be.accessible();
  });
});
