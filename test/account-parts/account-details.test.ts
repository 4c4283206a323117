import { expect, fixture, html } from '@open-wc/testing';
import { HabilAccountDetails } from '../../src/account-parts/account-details.js';
import type { AccountDetail, HistoryEntry } from '../../src/domain/index.js';
import { defineElement } from '../../src/internal/define.js';
import { api, expectOk, useReferenceServer } from '../support/api.js';
import { afterAttributeChange } from '../ui/support.js';
import { text } from '../support/dom.js';

defineElement('habil-account-details', HabilAccountDetails);

const inside = <E extends Element = HTMLElement>(details: HabilAccountDetails, selector: string) => details.shadowRoot!.querySelector<E>(selector);
const all = <E extends Element = HTMLElement>(details: HabilAccountDetails, selector: string) => [...details.shadowRoot!.querySelectorAll<E>(selector)];

/** The fiche's data as "label: value" lines. */
const identity = (details: HabilAccountDetails) =>
  all(details, '[part="identity"] .row').map((row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('dd'))}`);

/** The roles table as the eye reads it: each application, then its roles with their origin and date. */
const grantRows = (details: HabilAccountDetails) =>
  all(details, '[part="grants"] tbody').map((tbody) => ({
    application: text(tbody.querySelector('th[scope="rowgroup"]')),
    roles: [...tbody.querySelectorAll('tr:not(.application)')].map((row) => [...row.children].map(text).join(' | ')),
  }));

const historyRows = (details: HabilAccountDetails) =>
  all(details, '[part="history"] tbody tr').map((row) => [...row.children].map(text));

async function show(account: AccountDetail | undefined, options: { view?: 'details' | 'history'; history?: HistoryEntry[]; loading?: boolean } = {}) {
  return fixture<HabilAccountDetails>(html`
    <habil-account-details
      .account=${account}
      .history=${options.history}
      view=${options.view ?? 'details'}
      ?loading=${options.loading ?? false}
    ></habil-account-details>
  `);
}

describe('habil-account-details', () => {
  const server = useReferenceServer();

  async function account(id: string): Promise<AccountDetail> {
    return expectOk<AccountDetail>(await api('GET', `/accounts/${id}`));
  }

  async function history(id: string): Promise<HistoryEntry[]> {
    return expectOk<HistoryEntry[]>(await api('GET', `/accounts/${id}/history`));
  }

  describe('the fiche', () => {
    it('shows the identity of a UCANSS account and its roles grouped by application, with their origin', async () => {
      const details = await show(await account('h-schneider'));
      expect(text(inside(details, '.badge'))).to.equal('Actif');
      expect(identity(details)).to.deep.equal([
        'Civilité: Mme',
        'Nom: SCHNEIDER-KLEIN',
        'Prénom: Hélène',
        'Nom de naissance: KLEIN',
        'Email professionnel (identifiant): h.schneider-klein@lassuranceretraite.fr',
        'Fonction: Chargée de mission RH',
        'Organisme: CARSAT ALSACE-MOSELLE',
        'Branches: Branche Maladie et AT/MP, Branche Retraite',
        'Statut: Actif',
        'Compte créé le: 27/03/2018',
      ]);
      expect(grantRows(details)).to.deep.equal([
        { application: 'Accords locaux', roles: ['Accords locaux - Accès organisme | Attribué directement | 27/03/2018'] },
        { application: 'Élections professionnelles', roles: ['Elections Professionnelles - Déposant Organisme | Attribué directement | 27/03/2018'] },
      ]);
      expect(all(details, '[part="grants"] thead th').map(text)).to.deep.equal(['Rôle', 'Origine', 'Depuis le']);
      expect(inside(details, '[part="read-only"]')).to.equal(null);
      expect(inside(details, '[part="memberships"]')).to.equal(null);
      await expect(details).to.be.accessible();
    });

    it('marks an ADD account read only and says why (R2), with its default roles', async () => {
      const raymond = await account('p-raymond');
      const details = await show(raymond);
      const badges = all(details, '[part="badge"]').map(text);
      expect(badges).to.deep.equal(['Actif', 'ADD — Directeurs et assimilés']);
      expect(inside(details, 'abbr')!.title).to.equal('Agent de Direction');
      expect(text(inside(details, '[part="read-only"]'))).to.equal(
        "Compte en lecture seule — Compte d'Agent de Direction : il est géré par le Référentiel des ADD et ne peut pas être modifié ici. Écrivez à labdd@ucanss.fr.",
      );
      const groups = grantRows(details);
      const applications = groups.map((group) => group.application);
      expect(applications).to.deep.equal([...applications].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base' })));
      expect(applications).to.include.members(['Annuaire des ADD', 'Gestion des habilitations', "Liste d'aptitude"]);
      expect(groups.flatMap((group) => group.roles).every((row) => row.includes('| Rôle par défaut des ADD |'))).to.equal(true);
      expect(groups.flatMap((group) => group.roles)).to.have.length(raymond.grants.length);
      await expect(details).to.be.accessible();
    });

    it('says a role came from the tacit acceptance of a request (R4)', async () => {
      server().clock.advanceDays(11);
      const ahova = await account('e-ahova');
      const details = await show(ahova);
      expect(grantRows(details)).to.deep.include({
        application: 'Accords locaux',
        roles: ['Accords locaux - Accès organisme | Acceptation tacite de la demande | 12/06/2025'],
      });
    });

    it('shows the CAF data: identifier, workstation, dates, roles given directly and through a group, and the groups', async () => {
      server().actAs('partner-admin');
      const details = await show(await account('a-roux'));
      expect(text(inside(details, '.badge'))).to.equal('Ouvert');
      expect(identity(details)).to.deep.equal([
        'Identifiant: AAF7712CAU',
        'Civilité: Mme',
        'Nom: ROUX',
        'Prénom: Anaïs',
        'Adresse mail: anais.roux@cd-83.fr',
        'Organisme partenaire: CONSEIL DEPARTEMENTAL DU VAR',
        'Statut: Ouvert',
        'Poste de travail: Sédentaire (possède un poste fixe)',
        "Date d'ouverture: 03/02/2020",
      ]);
      expect(grantRows(details)).to.deep.equal([
        {
          application: 'Afas',
          roles: ['Afas - Déclarer | Attribué directement | 03/02/2020', 'Afas - Déclarer | Par le groupe AFAS-DEC | 27/03/2018'],
        },
      ]);
      expect(all(details, '[part="memberships"] tbody tr').map((row) => [...row.children].map(text))).to.deep.equal([
        ['AFAS-DEC — Afas Declarer', '27/03/2018', ''],
      ]);
      await expect(details).to.be.accessible();
    });

    it('says when an account holds no role and belongs to no group', async () => {
      server().actAs('partner-admin');
      const martin = await account('p-martin');
      const details = await show({ ...martin, grants: [], memberships: [] });
      expect(all(details, '[part="empty"]').map(text)).to.deep.equal(['Aucune habilitation.', "Membre d'aucun groupe d'utilisateurs."]);
      await expect(details).to.be.accessible();
    });

    it('says it is loading, and marks what it shows as busy', async () => {
      const details = await show(undefined, { loading: true });
      expect(text(inside(details, '.loading'))).to.equal('Chargement…');
      expect(inside(details, '.busy')!.getAttribute('aria-busy')).to.equal('true');
      await expect(details).to.be.accessible();
      details.account = await account('e-ahova');
      details.loading = false;
      await details.updateComplete;
      expect(inside(details, '.loading')).to.equal(null);
      expect(inside(details, '.busy')!.getAttribute('aria-busy')).to.equal('false');
    });
  });

  describe('the history (R14)', () => {
    it('lists the changes newest first, with date, author, action and the values before and after', async () => {
      const ahova = await account('e-ahova');
      expectOk(await api('POST', '/accounts/e-ahova/grants', { body: { roleId: 'egap-guides' }, ifMatch: ahova.version }));
      server().clock.advanceDays(1);
      const granted = await account('e-ahova');
      expectOk(await api('POST', '/accounts/e-ahova/deactivate', { body: { mode: 'temporary' }, ifMatch: granted.version }));
      const entries = await history('e-ahova');

      // Given oldest first, shown newest first.
      const details = await show(await account('e-ahova'), { view: 'history', history: [...entries].reverse() });
      expect(text(inside(details, 'caption'))).to.equal('Historique des actions sur le compte');
      expect(all(details, '[part="history"] thead th').map(text)).to.deep.equal(['Date', 'Auteur', 'Action', 'Avant → après']);
      const time = (at: string) => new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(at));
      expect(historyRows(details)).to.deep.equal([
        [`03/06/2025 ${time(entries[0]!.at)}`, 'Émilie BENGA', 'Désactivation temporaire du compte', 'Statut : Actif →, devient Inactif'],
        [`02/06/2025 ${time(entries[1]!.at)}`, 'Émilie BENGA', "Rôle attribué : Egap - Guides d'administration du personnel", ''],
      ]);
      expect(inside(details, '[part="history"] time')!.getAttribute('datetime')).to.equal(entries[0]!.at);
      expect(inside(details, '[part="identity"]')).to.equal(null);
      await expect(details).to.be.accessible();
    });

    it('shows dates of a CAF closing as the guides write them', async () => {
      server().actAs('partner-admin');
      // Grégoire LEMAÎTRE is responsable of no group: his account may close (R11).
      const lemaitre = await account('g-lemaitre');
      expectOk(await api('POST', '/accounts/g-lemaitre/deactivate', { body: { mode: 'permanent', closingDate: '2025-06-30' }, ifMatch: lemaitre.version }));
      const details = await show(lemaitre, { view: 'history', history: await history('g-lemaitre') });
      expect(historyRows(details)[0]!.slice(2)).to.deep.equal(['Clôture du compte au 2025-06-30', 'Date de clôture : aucun →, devient 30/06/2025']);
    });

    it('says when nothing has been recorded', async () => {
      const details = await show(await account('c-dona'), { view: 'history', history: [] });
      expect(text(inside(details, '[part="empty"]'))).to.equal('Aucune action enregistrée sur ce compte.');
      await expect(details).to.be.accessible();
    });
  });

  it('speaks English, with dates as the English pages write them', async () => {
    const details = await show(await account('p-raymond'));
    details.lang = 'en';
    await afterAttributeChange(details);
    expect(all(details, '[part="badge"]').map(text)).to.deep.equal(['Active', 'ADD — Directors and equivalent']);
    expect(identity(details)).to.include('Account created on: 2018-03-27');
    expect(text(inside(details, '[part="read-only"]'))).to.contain('Agent de Direction account: it is managed by the ADD reference system');
    expect(grantRows(details)[0]!.roles[0]).to.match(/\| Default role of ADD \| 2018-03-27$/);
    await expect(details).to.be.accessible();
  });
});
