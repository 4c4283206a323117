/**
 * The demo portal: the widgets placed in a page as a portal team would place them, talking to
 * habil-server (`npm start`) or to the reference server in the page (the static demo); a
 * persona can be chosen, the server's date moved, and the mails written read.
 */
import { html, nothing, render } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { createFetchClient } from '../src/client/index.js';
import { ENDPOINTS } from '../src/contract/endpoints.js';
import { API_BASE } from '../src/contract/paths.js';
import type { Route } from '../src/contract/routes.js';
import { ME_ACTION_LABELS, PERSONA_ROLE_LABELS, type Lang, type Me } from '../src/domain/index.js';
// With the page: the provider, the account search and « Demandes » (whose count is the menu's badge from the start).
import '../src/provider/define.js';
import '../src/account-search/define.js';
import '../src/pending-requests/define.js';
import '../src/themes/ucanss.css';
import '../src/themes/caf.css';
import '../src/themes/dark.css';
import { connect, type DemoMail } from './backend.js';
import { DEFAULT_PERSONA, PERSONAS, type PersonaId } from '../mocks/personas.js';

const THEMES = {
  light: { fr: 'Clair', en: 'Light' },
  dark: { fr: 'Sombre', en: 'Dark' },
  ucanss: { fr: 'Portail UCANSS', en: 'UCANSS portal' },
  caf: { fr: 'Mon Compte Partenaire (Caf)', en: 'Mon Compte Partenaire (CAF)' },
} as const;
type Theme = keyof typeof THEMES;

const TEXT = {
  fr: {
    title: 'habil — portail de démonstration',
    brand: '— portail de démonstration',
    skip: 'Aller au contenu',
    controls: 'Réglages de la démonstration',
    starting: 'Démarrage du serveur…',
    persona: 'Agir en tant que',
    applyPersona: 'Appliquer',
    applyPersonaLabel: 'Appliquer : agir en tant que la personne choisie',
    switching: (name: string) => `Connexion en tant que ${name}…`,
    language: 'Langue',
    theme: 'Thème',
    whoAmI: 'Qui suis-je ?',
    roles: 'Profils',
    mayDo: 'Ce que je peux faire',
    nothing: 'Consulter mes habilitations et mes demandes.',
    organisme: 'Organisme',
    today: 'Date du serveur',
    serverDate: 'Date du serveur',
    applyDate: 'Appliquer',
    realTime: 'Heure réelle',
    dateFixed: 'fixée',
    dateReal: 'heure réelle',
    mailIntro: 'Les notifications écrites par le serveur, les plus récentes d’abord.',
    mailSent: 'Envoyé',
    mailKept: 'Gardé (pas de SMTP_URL)',
    mailTo: 'Destinataire',
    mailSubject: 'Objet',
    mailAt: 'Écrit le',
    mailState: 'État',
    mailNone: 'Aucune notification pour l’instant.',
    contract: 'Le contrat REST',
    contractIntro: (n: number) => `${n} points d'accès, décrits en OpenAPI 3.1, servis ici par ${backendName.fr}.`,
    download: 'Télécharger openapi.json',
    caption: 'Points d’accès de l’API',
    method: 'Méthode',
    path: 'Chemin',
    summary: 'Rôle',
    error: 'Le serveur ne répond pas :',
    accounts: 'Comptes',
    menu: 'Menu du portail',
    pages: {
      home: 'Accueil',
      myAccess: 'Mes habilitations',
      myInfo: 'Mes informations',
      accounts: 'Gestion des comptes',
      requests: 'Demandes',
      groups: "Groupes d'utilisateurs",
      delegation: 'Administrateurs',
      report: 'État des habilitations',
      signup: 'Inscription',
      mail: 'Mails',
      contract: 'Contrat REST',
    },
    pending: (n: number) => `${n} en attente`,
  },
  en: {
    title: 'habil — demonstration portal',
    brand: '— demonstration portal',
    skip: 'Skip to content',
    controls: 'Demonstration settings',
    starting: 'Starting the server…',
    persona: 'Act as',
    applyPersona: 'Apply',
    applyPersonaLabel: 'Apply: act as the person chosen',
    switching: (name: string) => `Signing in as ${name}…`,
    language: 'Language',
    theme: 'Theme',
    whoAmI: 'Who am I?',
    roles: 'Profiles',
    mayDo: 'What I may do',
    nothing: 'See my entitlements and my requests.',
    organisme: 'Organisme',
    today: 'Server date',
    serverDate: 'Server date',
    applyDate: 'Apply',
    realTime: 'Real time',
    dateFixed: 'fixed',
    dateReal: 'real time',
    mailIntro: 'The notifications the server wrote, newest first.',
    mailSent: 'Sent',
    mailKept: 'Kept (no SMTP_URL)',
    mailTo: 'To',
    mailSubject: 'Subject',
    mailAt: 'Written at',
    mailState: 'State',
    mailNone: 'No notification yet.',
    contract: 'The REST contract',
    contractIntro: (n: number) => `${n} endpoints, described in OpenAPI 3.1, served here by ${backendName.en}.`,
    download: 'Download openapi.json',
    caption: 'API endpoints',
    method: 'Method',
    path: 'Path',
    summary: 'Purpose',
    error: 'The server does not answer:',
    accounts: 'Accounts',
    menu: 'Portal menu',
    pages: {
      home: 'Home',
      myAccess: 'My entitlements',
      myInfo: 'My information',
      accounts: 'Accounts',
      requests: 'Requests',
      groups: 'User groups',
      delegation: 'Administrators',
      report: 'Entitlement report',
      signup: 'Sign up',
      mail: 'Mail',
      contract: 'REST contract',
    },
    pending: (n: number) => `${n} pending`,
  },
};

const stored = (key: string) => localStorage.getItem(`habil-demo-${key}`);
const state = {
  persona: (stored('persona') as PersonaId | null) ?? DEFAULT_PERSONA,
  lang: (stored('lang') as Lang | null) ?? 'fr',
  theme: (stored('theme') as Theme | null) ?? 'ucanss',
  me: undefined as Me | undefined,
  error: undefined as string | undefined,
  /** What « Demandes » says is waiting; undefined until its widget says (its badge's room is kept meanwhile). */
  pendingCount: undefined as number | undefined,
  clock: { now: '', fixed: false },
  /** Goes up when the server's date moves: the widgets are re-created and load again. */
  epoch: 0,
  mails: [] as DemoMail[],
  /** The persona picked in the list, acted as once « Appliquer » is pressed (the list's arrows load nobody). */
  personaChoice: undefined as PersonaId | undefined,
  /** Between « Appliquer » and the new person's `GET /me`: who is coming; no widget meanwhile. */
  switching: undefined as PersonaId | undefined,
  /**
   * The pages opened so far: a widget is created when its page is first opened, as a portal page
   * holds one, and kept when another page is opened (what it shows stays as the user left it).
   */
  opened: new Set<string>(),
};

/**
 * The other widgets are loaded when their page is first opened, as a portal loads a page's own
 * widget with it: the first page does not wait for the code of all the others. Until its code
 * is there, a widget's element is on its page, empty, and draws itself once defined.
 */
const WIDGET_CODE: Partial<Record<Page, () => Promise<unknown>>> = {
  myAccess: () => import('../src/my-access/define.js'),
  myInfo: () => import('../src/my-profile/define.js'),
  groups: () => import('../src/user-groups/define.js'),
  delegation: () => import('../src/delegation/define.js'),
  report: () => import('../src/entitlements-report/define.js'),
  signup: () => import('../src/signup/define.js'),
};
const widgetCode = new Map<Page, Promise<unknown>>();
function loadWidgetCode(page: Page): void {
  const load = WIDGET_CODE[page];
  if (!load || widgetCode.has(page)) return;
  const loading = load().catch((error: unknown) => {
    // Opening the page again tries again.
    widgetCode.delete(page);
    console.error(error);
  });
  widgetCode.set(page, loading);
}

/** « Contrat REST »: the routes with their schemas, loaded when the page is first opened (the rest of the portal needs none). */
let contractRoutes: Route[] | undefined;
let contractLoading = false;
function loadContract(): void {
  if (contractRoutes || contractLoading) return;
  contractLoading = true;
  void import('../src/contract/routes.js')
    .then(({ ROUTES }) => ((contractRoutes = Object.values(ROUTES)), draw()))
    .finally(() => (contractLoading = false));
}

/** Whether drawControls has replaced the inert settings of index.html with its own. */
let controlsDrawn = false;

type Page = keyof (typeof TEXT)['fr']['pages'];
/** The pages of the portal, each shown to the personas whose `GET /me` allows it. */
const PAGES: { id: Page; shown: (me: Me) => boolean }[] = [
  { id: 'home', shown: () => true },
  { id: 'myAccess', shown: () => true },
  { id: 'myInfo', shown: () => true },
  { id: 'accounts', shown: (me) => me.actions.includes('search-accounts') },
  { id: 'requests', shown: (me) => me.actions.includes('decide-requests') },
  { id: 'groups', shown: (me) => me.actions.includes('manage-groups') || me.actions.includes('manage-group-members') },
  { id: 'delegation', shown: () => true },
  { id: 'report', shown: (me) => me.actions.includes('entitlements-report') },
  { id: 'signup', shown: () => true },
  { id: 'mail', shown: () => true },
  { id: 'contract', shown: () => true },
];
const currentPage = (): Page => {
  const wanted = location.hash.slice(1) as Page;
  const visible = PAGES.filter((p) => !state.me || p.shown(state.me)).map((p) => p.id);
  return visible.includes(wanted) ? wanted : 'home';
};
// ?persona=partner-admin opens the portal as that persona (links in documentation, screenshots).
const personaFromUrl = new URLSearchParams(location.search).get('persona');
if (personaFromUrl && personaFromUrl in PERSONAS) state.persona = personaFromUrl as PersonaId;
if (!(state.persona in PERSONAS)) state.persona = DEFAULT_PERSONA;

/** The parts of the page outside the widgets (title, skip link, header), in the language chosen. */
function drawPageFrame(t: (typeof TEXT)[Lang]) {
  document.documentElement.lang = state.lang;
  document.title = t.title;
  document.querySelector('.skip')!.textContent = t.skip;
  document.querySelector('.brand span')!.textContent = t.brand;
  document.getElementById('controls')!.setAttribute('aria-label', t.controls);
}
drawPageFrame(TEXT[state.lang]);
const starting = document.querySelector('#main .loading');
if (starting) starting.textContent = TEXT[state.lang].starting;

// ?accounts=100000 seeds that many generated accounts (the benchmark's size); the default is the server's.
const accounts = Number(new URLSearchParams(location.search).get('accounts'));
drawPageFrame(TEXT[state.lang]);
drawControls(TEXT[state.lang]);
// The client <habil-provider> builds loads its HTTP code on its first call: asked for now, with the
// server's first answers, it is there when the widgets call rather than one exchange later.
void import('../src/client/fetch-client.js');
const backend = await connect(state.persona, Number.isInteger(accounts) && accounts > 0 ? { generatedAccounts: accounts } : {});
const backendName = backend.kind === 'server' ? { fr: 'habil-server', en: 'habil-server' } : { fr: 'le serveur de référence de cette page', en: 'the reference server of this page' };
const token = backend.token;
const client = createFetchClient({ headers: (): Record<string, string> => (token ? { Authorization: `Bearer ${token()}` } : {}) });

async function loadMe() {
  try {
    [state.me, state.clock] = await Promise.all([client.call('getMe', {}), backend.clock()]);
    state.error = undefined;
  } catch (error) {
    state.error = error instanceof Error ? error.message : String(error);
  }
}

// Revoking one's own delegation changes what one may do: the menu follows (the widgets stay as they are).
document.addEventListener('habil-local-admin-revoked', (event) => {
  if (event.detail.person.id === state.me?.account.id) void loadMe().then(draw);
});

function choose<K extends 'lang' | 'theme'>(key: K, value: (typeof state)[K]) {
  state[key] = value;
  localStorage.setItem(`habil-demo-${key}`, String(value));
  draw();
}

/**
 * « Appliquer »: the portal acts as the persona chosen. The widgets go at once and come back
 * only once the server said who is connected, so that none loads as the previous person or
 * before the pages he may see are known (each would be refused, 403, unseen).
 */
async function switchPersona(next: PersonaId) {
  if (state.switching) return;
  state.switching = next;
  state.pendingCount = undefined;
  draw();
  try {
    await backend.actAs(next);
    state.persona = next;
    localStorage.setItem('habil-demo-persona', next);
    await loadMe();
  } catch (error) {
    state.error = error instanceof Error ? error.message : String(error);
  }
  state.personaChoice = undefined;
  state.switching = undefined;
  draw();
}

/** « Date du serveur »: the guides' scenarios play out as the days go by (tacit acceptance after 10 days, R4). */
async function setServerDate(event: Event, realTime = false) {
  event.preventDefault();
  const input = document.getElementById('server-date') as HTMLInputElement;
  if (!realTime && !input.value) return;
  await backend.setClock(realTime ? null : new Date(input.value).toISOString());
  state.pendingCount = undefined;
  await loadMe();
  // After `GET /me`: a widget's event redrawing the page meanwhile does not re-create the widgets early.
  state.epoch += 1;
  if (currentPage() === 'mail') state.mails = await backend.mails();
  draw();
}

/** The datetime-local value of an instant, in the browser's time zone. */
function localInput(iso: string): string {
  if (!iso) return '';
  const at = new Date(iso);
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

function downloadContract() {
  void import('../openapi.json').then(({ default: doc }) => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: 'openapi.json' });
    link.click();
    URL.revokeObjectURL(url);
  });
}

function draw() {
  const t = TEXT[state.lang];
  drawPageFrame(t);
  drawControls(t);
  drawMain(t);
}

/**
 * The demonstration's settings in the header: drawn before the server answers, in place of the
 * same controls index.html holds (inert) for the first paint, so that the page below does not move.
 */
function drawControls(t: (typeof TEXT)[Lang]) {
  document.documentElement.setAttribute('data-habil-theme', state.theme);
  const personaShown = state.personaChoice ?? state.persona;
  const controls = document.getElementById('controls')!;
  if (!controlsDrawn) {
    controls.replaceChildren();
    controls.removeAttribute('inert');
    controlsDrawn = true;
  }
  render(
    html`
      <span class="persona">
        <label>
          ${t.persona}
          <select id="persona" @change=${(e: Event) => (state.personaChoice = (e.target as HTMLSelectElement).value as PersonaId)}>
            ${Object.entries(PERSONAS).map(([id, p]) => html`<option value=${id} ?selected=${id === personaShown}>${p.label[state.lang]}</option>`)}
          </select>
        </label>
        <button
          type="button"
          aria-label=${t.applyPersonaLabel}
          aria-disabled=${state.switching ? 'true' : 'false'}
          @click=${() => void switchPersona((document.getElementById('persona') as HTMLSelectElement).value as PersonaId)}
        >
          ${t.applyPersona}
        </button>
      </span>
      <label>
        ${t.language}
        <select @change=${(e: Event) => choose('lang', (e.target as HTMLSelectElement).value as Lang)}>
          <option value="fr" ?selected=${state.lang === 'fr'}>Français</option>
          <option value="en" ?selected=${state.lang === 'en'}>English</option>
        </select>
      </label>
      <label>
        ${t.theme}
        <select @change=${(e: Event) => choose('theme', (e.target as HTMLSelectElement).value as Theme)}>
          ${(Object.keys(THEMES) as Theme[]).map((id) => html`<option value=${id} ?selected=${id === state.theme}>${THEMES[id][state.lang]}</option>`)}
        </select>
      </label>
      <span class="server-date">
        <label>
          <span>${t.serverDate} <span class="date-state">${state.clock.now ? `(${state.clock.fixed ? t.dateFixed : t.dateReal})` : ''}</span></span>
          <input id="server-date" type="datetime-local" .value=${localInput(state.clock.now)} />
        </label>
        <button type="button" @click=${(e: Event) => void setServerDate(e)}>${t.applyDate}</button>
        <button type="button" @click=${(e: Event) => void setServerDate(e, true)}>${t.realTime}</button>
      </span>
    `,
    controls,
  );
}

/**
 * The count of « Demandes »; until the widget has said it, an empty badge that takes the room of
 * one (unseen, unread), so that the entries after it do not move when the count arrives.
 */
function badge(t: (typeof TEXT)[Lang], count: number | undefined) {
  if (count === undefined) return html`<span class="badge badge--unknown" aria-hidden="true"></span>`;
  return count > 0 ? html`<span class="badge" aria-label=${t.pending(count)}>${count}</span>` : nothing;
}

function drawMain(t: (typeof TEXT)[Lang]) {
  if (state.switching) {
    render(html`<p class="loading" role="status">${t.switching(PERSONAS[state.switching].label[state.lang])}</p>`, document.getElementById('main')!);
    return;
  }
  const me = state.me;
  const page = currentPage();
  loadWidgetCode(page);
  if (page === 'contract') loadContract();
  const pageShown = (id: Page) => !!me && PAGES.find((p) => p.id === id)!.shown(me);
  // Each widget is re-created when the persona changes, so that it loads as that person.
  state.opened.add(page);
  // « Demandes » is there from the start, hidden: its count of pending requests is the menu's badge.
  const created = (id: Page) => pageShown(id) && (state.opened.has(id) || id === 'requests');
  const widget = (id: Page, content: unknown) =>
    created(id) ? html`<section class="card widget" ?hidden=${page !== id} aria-label=${t.pages[id]}>${keyed(`${state.persona}|${state.epoch}`, content)}</section>` : nothing;
  render(
    html`
      <nav class="portal-menu" aria-label=${t.menu}>
        <ul>
          ${PAGES.filter((p) => pageShown(p.id) || (!me && p.id === 'home')).map(
            (p) => html`<li>
              <a href="#${p.id}" aria-current=${page === p.id ? 'page' : nothing}>
                ${t.pages[p.id]}
                ${p.id === 'requests' ? badge(t, state.pendingCount) : nothing}
              </a>
            </li>`,
          )}
        </ul>
      </nav>
      <habil-provider .token=${token}>
        <section class="card" aria-labelledby="who" ?hidden=${page !== 'home'}>
          <h1 id="who">${t.whoAmI}</h1>
          ${state.error
            ? html`<p role="alert">${t.error} ${state.error}</p>`
            : me
              ? html`
                  <p class="person">${me.account.prenom} ${me.account.nom} <span>${me.account.emailPro}</span></p>
                  <dl>
                    <dt>${t.organisme}</dt>
                    <dd>${me.organisme.name}</dd>
                    <dt>${t.roles}</dt>
                    <dd>${me.roles.map((r) => PERSONA_ROLE_LABELS[r][state.lang]).join(', ')}</dd>
                    <dt>${t.today}</dt>
                    <dd>${new Date(me.today).toLocaleDateString(state.lang === 'fr' ? 'fr-FR' : 'en-GB')}</dd>
                  </dl>
                  <h2>${t.mayDo}</h2>
                  <ul>
                    ${me.actions.length
                      ? me.actions.map((a) => html`<li>${ME_ACTION_LABELS[a][state.lang]}</li>`)
                      : html`<li>${t.nothing}</li>`}
                  </ul>
                `
              : ''}
        </section>
        ${widget('myAccess', html`<habil-my-access></habil-my-access>`)}
        ${widget('myInfo', html`<habil-my-profile></habil-my-profile>`)}
        ${widget('accounts', html`<habil-account-search></habil-account-search>`)}
        ${widget(
          'requests',
          html`<habil-pending-requests
            @habil-pending-count=${(e: CustomEvent<{ count: number }>) => {
              state.pendingCount = e.detail.count;
              draw();
            }}
          ></habil-pending-requests>`,
        )}
        ${widget('groups', html`<habil-user-groups></habil-user-groups>`)}
        ${widget('delegation', html`<habil-delegation></habil-delegation>`)}
        ${widget('report', html`<habil-entitlements-report></habil-entitlements-report>`)}
        ${widget('signup', html`<habil-signup></habil-signup>`)}
        <section class="card" aria-labelledby="mail" ?hidden=${page !== 'mail'}>
          <h2 id="mail">${t.pages.mail}</h2>
          <p>${t.mailIntro}</p>
          ${state.mails.length
            ? html`<div class="scroll" tabindex="0" role="region" aria-label=${t.pages.mail}>
                <table>
                  <caption>${t.pages.mail}</caption>
                  <thead>
                    <tr><th scope="col">${t.mailAt}</th><th scope="col">${t.mailTo}</th><th scope="col">${t.mailSubject}</th>${backend.kind === 'server' ? html`<th scope="col">${t.mailState}</th>` : nothing}</tr>
                  </thead>
                  <tbody>
                    ${state.mails.map(
                      (m) => html`<tr>
                        <td>${new Date(m.at).toLocaleString(state.lang === 'fr' ? 'fr-FR' : 'en-GB')}</td>
                        <td>${m.to}</td>
                        <td>${m.subject}</td>
                        ${backend.kind === 'server' ? html`<td>${m.sent ? t.mailSent : t.mailKept}</td>` : nothing}
                      </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
            : html`<p>${t.mailNone}</p>`}
        </section>
        <section class="card" aria-labelledby="contract" ?hidden=${page !== 'contract'}>
          <h2 id="contract">${t.contract}</h2>
          <p>${t.contractIntro(Object.keys(ENDPOINTS).length)} <button type="button" @click=${downloadContract}>${t.download}</button></p>
          <div class="scroll" tabindex="0" role="region" aria-label=${t.caption}>
            <table>
              <caption>${t.caption}</caption>
              <thead>
                <tr><th scope="col">${t.method}</th><th scope="col">${t.path}</th><th scope="col">${t.summary}</th></tr>
              </thead>
              <tbody>
                ${(contractRoutes ?? []).map(
                  (r) => html`<tr><td><code>${r.method.toUpperCase()}</code></td><td><code>${API_BASE}${r.path}</code></td><td>${r.summary}</td></tr>`,
                )}
              </tbody>
            </table>
          </div>
        </section>
      </habil-provider>
    `,
    document.getElementById('main')!,
  );
}

// Listened to once the server is there: a link followed while the page connects is read by the first drawing.
addEventListener('hashchange', () => {
  if (currentPage() === 'mail') void backend.mails().then((mails) => ((state.mails = mails), draw()));
  draw();
});
await loadMe();
document.getElementById('main')!.replaceChildren();
draw();
