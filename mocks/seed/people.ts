/**
 * The people, requests and groups of the guides, so that the demo and the tests meet the
 * situations the guides describe (SPEC §4).
 */
import type { AddProfile, Civilite } from '../../src/domain/index.js';
import { ADD_DEFAULT_ROLE_IDS } from '../../src/domain/index.js';
import type { AccountRecord, ReferenceStore } from '../store.js';

interface Person {
  id: string;
  civilite: Civilite;
  prenom: string;
  nom: string;
  email: string;
  org: string;
  fonction?: string;
  phone?: string;
  add?: AddProfile;
  status?: AccountRecord['status'];
  roles?: string[];
  nomNaissance?: string;
}

/** UCANSS portal people (administrator's and user's guides, FAQ). */
const UCANSS_PEOPLE: Person[] = [
  { id: 'p-raymond', civilite: 'M.', prenom: 'Pierre', nom: 'RAYMOND', email: 'p.raymond@lassuranceretraite.fr', org: 'carsat-am', fonction: 'Directeur', phone: '03 88 25 26 00', add: 'directeur' },
  { id: 'e-benga', civilite: 'Mme', prenom: 'Émilie', nom: 'BENGA', email: 'e.benga@lassuranceretraite.fr', org: 'carsat-am', fonction: 'Responsable des ressources humaines', phone: '03 88 25 26 14', roles: ['acces-site', 'egap-guides', 'accords-locaux-organisme'] },
  { id: 'jf-muller', civilite: 'M.', prenom: 'Jean-François', nom: 'MULLER', email: 'jf.muller@lassuranceretraite.fr', org: 'carsat-am', fonction: 'Sous-directeur', add: 'autre' },
  { id: 'c-living', civilite: 'Mme', prenom: 'Coralie', nom: 'LIVING', email: 'co.living@lassuranceretraite.fr', org: 'carsat-am', fonction: 'Gestionnaire de prestations', roles: ['egap-guides'] },
  { id: 'c-dona', civilite: 'Mme', prenom: 'Carole', nom: 'DONA', email: 'd.carole@lassuranceretraite.fr', org: 'carsat-am', fonction: 'Assistante de direction' },
  { id: 'e-ahova', civilite: 'Mme', prenom: 'Emma', nom: 'AHOVA', email: 'e.ahova@lassuranceretraite.fr', org: 'carsat-am', fonction: 'Juriste', roles: ['contentieux-organisme'] },
  { id: 'l-dartagnan', civilite: 'M.', prenom: 'Louis', nom: "D'ARTAGNAN", email: 'l.dartagnan@lassuranceretraite.fr', org: 'carsat-am', fonction: 'Contrôleur', status: 'inactif', roles: ['greve-declaration'] },
  { id: 'h-schneider', civilite: 'Mme', prenom: 'Hélène', nom: 'SCHNEIDER-KLEIN', email: 'h.schneider-klein@lassuranceretraite.fr', org: 'carsat-am', fonction: 'Chargée de mission RH', nomNaissance: 'KLEIN', roles: ['accords-locaux-organisme', 'elections-deposant'] },
  { id: 't-weber', civilite: 'M.', prenom: 'Thomas', nom: 'WEBER', email: 't.weber@lassuranceretraite.fr', org: 'carsat-am', fonction: 'Responsable immobilier', roles: ['opim-organisme', 'annonces-immo-redacteur'] },
  { id: 'd-tologue', civilite: 'M.', prenom: 'Déon', nom: 'TOLOGUE', email: 'deontologue@extension.fr', org: 'urssaf-cn', fonction: 'Chargé de mission', roles: ['egap-guides', 'annuaire-organismes-lecteur'] },
  { id: 'a-testeur', civilite: 'M.', prenom: 'Aury', nom: 'TESTEUR', email: 'a.testeur@yopmail.fr', org: 'carsat-bfc', fonction: 'Technicien', roles: ['egap-guides'] },
  { id: 'a-charenne', civilite: 'M.', prenom: 'Aristide', nom: 'CHARENNE', email: 'a.charenne@lassuranceretraite.fr', org: 'carsat-ra', fonction: 'Conseiller retraite', phone: '06 74 31 00 10', roles: ['egap-guides', 'egap-paie', 'accords-locaux-organisme', 'droit-syndical-organisme', 'opim-organisme'] },
  { id: 'm-rousseau', civilite: 'Mme', prenom: 'Marion', nom: 'ROUSSEAU', email: 'm.rousseau@lassuranceretraite.fr', org: 'carsat-ra', fonction: 'Directrice', add: 'directeur' },
  { id: 'n-fontaine', civilite: 'Mme', prenom: 'Nathalie', nom: 'FONTAINE', email: 'n.fontaine@ucanss.fr', org: 'ucanss', fonction: 'Administratrice des habilitations', roles: ['acces-site'] },
  { id: 'b-lefort', civilite: 'M.', prenom: 'Bruno', nom: 'LEFORT', email: 'b.lefort@assurance-maladie.fr', org: 'cpam-67', fonction: 'Directeur', add: 'directeur' },
  { id: 's-koenig', civilite: 'Mme', prenom: 'Sophie', nom: 'KOENIG', email: 's.koenig@caf.fr', org: 'caf-55', fonction: 'Gestionnaire conseil', roles: ['acces-site'] },
];

/** CAF "Mon Compte Partenaire" people (CAF guide). */
const CAF_PEOPLE: (Omit<Person, 'org'> & { identifier: string; convention: string; opening: string; workstyle?: 'sedentaire' | 'itinerant'; afas?: string[] })[] = [
  { id: 'p-martin', identifier: 'AAB1842CAU', civilite: 'M.', prenom: 'Pierre', nom: 'MARTIN', email: 'pierre.martin@cd-83.fr', convention: 'conv-cd83', opening: '2018-03-27' },
  { id: 'm-durand', identifier: 'AAA2930CAU', civilite: 'M.', prenom: 'Mathieu', nom: 'DURAND', email: 'mathieu.durand@gmail.com', convention: 'conv-cd83', opening: '2018-03-27' },
  { id: 's-garnier', identifier: 'AAC5531CAU', civilite: 'Mme', prenom: 'Sylvie', nom: 'GARNIER', email: 'sylvie.garnier@cd-83.fr', convention: 'conv-cd83', opening: '2018-03-27' },
  { id: 'j-blanc', identifier: 'AAD1207CAU', civilite: 'Mme', prenom: 'Julie', nom: 'BLANC', email: 'julie.blanc@cd-83.fr', convention: 'conv-cd83', opening: '2019-01-14' },
  { id: 'k-benali', identifier: 'AAE3390CAU', civilite: 'M.', prenom: 'Karim', nom: 'BENALI', email: 'karim.benali@cd-83.fr', convention: 'conv-cd83', opening: '2019-09-02', workstyle: 'itinerant' },
  { id: 'a-roux', identifier: 'AAF7712CAU', civilite: 'Mme', prenom: 'Anaïs', nom: 'ROUX', email: 'anais.roux@cd-83.fr', convention: 'conv-cd83', opening: '2020-02-03', afas: ['afas-declarer'] },
  { id: 'g-lemaitre', identifier: 'AAG0458CAU', civilite: 'M.', prenom: 'Grégoire', nom: 'LEMAÎTRE', email: 'gregoire.lemaitre@cd-83.fr', convention: 'conv-cd83', opening: '2021-06-21' },
  { id: 'v-habitat-1', identifier: 'ABA2284CAU', civilite: 'Mme', prenom: 'Valérie', nom: 'PRÉVOST', email: 'v.prevost@varhabitat.fr', convention: 'conv-var-habitat', opening: '2020-10-01' },
  { id: 'caf-agent', identifier: 'CAF8300AGT', civilite: 'Mme', prenom: 'Claire', nom: 'ESTÈVE', email: 'claire.esteve@caf.fr', convention: '', opening: '2015-01-05' },
];

const GROUPS: { id: string; code: string; label: string; responsable: string; roles: string[]; parent?: string; members: string[] }[] = [
  { id: 'g-cdap-t2', code: 'CDAP T2', label: 'Cdap T2', responsable: 's-garnier', roles: ['cdap-t2'], members: ['s-garnier', 'k-benali'] },
  { id: 'g-bailleurs', code: 'BAILLEURS', label: 'Bailleur', responsable: 's-garnier', roles: ['bailleur-prives', 'bailleur-conventionnes'], members: ['g-lemaitre'] },
  { id: 'g-cdap-t6', code: 'CDAP T6', label: 'Cdap T6', responsable: 's-garnier', roles: ['cdap-t6'], members: ['k-benali'] },
  { id: 'g-dgfip', code: 'DGFIP', label: 'Controleurs publics', responsable: 's-garnier', roles: ['dgfip-controleurs'], members: [] },
  { id: 'g-cdap-t1', code: 'CDAP T1', label: 'Cdap T1', responsable: 'm-durand', roles: ['cdap-t1-ass', 'cdap-t1-cesf'], members: ['m-durand', 'j-blanc'] },
  { id: 'g-cdap-t1-nord', code: 'CDAP T1-NORD', label: 'Cdap T1 - Territoire Nord', responsable: 'j-blanc', roles: ['cdap-t1-ass'], parent: 'g-cdap-t1', members: ['j-blanc'] },
  { id: 'g-afas-dec', code: 'AFAS-DEC', label: 'Afas Declarer', responsable: 'm-durand', roles: ['afas-declarer'], members: ['a-roux'] },
  { id: 'g-afas-hab', code: 'AFAS-HAB', label: 'AFAS-HABILITER', responsable: 's-garnier', roles: ['afas-habiliter'], members: ['s-garnier'] },
];

const GUIDE_OPENING = '2018-03-27';
const SEEDED_AT = '2018-03-27T08:00:00.000Z';

export function seedPeople(store: ReferenceStore): void {
  for (const p of UCANSS_PEOPLE) {
    store.addAccount({
      id: p.id,
      identifier: p.email,
      civilite: p.civilite,
      nom: p.nom,
      prenom: p.prenom,
      ...(p.nomNaissance ? { nomNaissance: p.nomNaissance } : {}),
      emailPro: p.email,
      ...(p.phone ? { phone: p.phone } : {}),
      ...(p.fonction ? { fonction: p.fonction } : {}),
      organismeId: p.org,
      add: !!p.add,
      ...(p.add ? { addProfile: p.add } : {}),
      status: p.status ?? 'actif',
      space: 'ucanss',
      createdAt: SEEDED_AT,
    });
    const roles = [...(p.add ? ADD_DEFAULT_ROLE_IDS[p.add] : []), ...(p.roles ?? [])];
    for (const roleId of roles) {
      store.directGrants(p.id).set(roleId, { roleId, source: p.add ? 'defaut-add' : 'direct', grantedAt: SEEDED_AT });
    }
  }
  for (const p of CAF_PEOPLE) {
    const convention = store.conventions.get(p.convention);
    store.addAccount({
      id: p.id,
      identifier: p.identifier,
      civilite: p.civilite,
      nom: p.nom,
      prenom: p.prenom,
      emailPro: p.email,
      organismeId: convention ? convention.partnerId : 'caf-83',
      add: false,
      status: 'ouvert',
      space: 'caf',
      ...(convention ? { conventionId: convention.id } : {}),
      workstyle: p.workstyle ?? 'sedentaire',
      openingDate: p.opening,
      createdAt: `${p.opening}T08:00:00.000Z`,
    });
    for (const roleId of p.afas ?? []) store.directGrants(p.id).set(roleId, { roleId, source: 'direct', grantedAt: `${p.opening}T08:00:00.000Z` });
  }

  // Local administrators: the directors by default (R13), and Émilie Benga by delegation.
  const since = '2018-06-01';
  for (const [accountId, organismeId, director] of [
    ['p-raymond', 'carsat-am', true],
    ['e-benga', 'carsat-am', false],
    ['m-rousseau', 'carsat-ra', true],
    ['b-lefort', 'cpam-67', true],
  ] as const) {
    store.localAdmins.set(accountId, { accountId, organismeId, director, since, ...(director ? {} : { namedBy: 'p-raymond' }) });
    store.directGrants(accountId).set('administration-locale', { roleId: 'administration-locale', source: director ? 'defaut-add' : 'direct', grantedAt: `${since}T08:00:00.000Z` });
  }
  store.centralAdmins.add('n-fontaine');
  store.cafAgents.add('caf-agent');
  store.partnerAdmins.set('p-martin', { accountId: 'p-martin', partnerId: 'cd-83', since: GUIDE_OPENING });

  for (const g of GROUPS) {
    const parent = g.parent ? store.groups.get(g.parent) : undefined;
    store.groups.set(g.id, {
      id: g.id,
      conventionId: 'conv-cd83',
      code: g.code,
      label: g.label,
      level: parent ? parent.level + 1 : 1,
      ...(parent ? { parentId: parent.id } : {}),
      openingDate: GUIDE_OPENING,
      responsableId: g.responsable,
      roleIds: [...g.roles],
      version: 1,
    });
    for (const accountId of g.members) {
      store.memberships.set(store.membershipKey(g.id, accountId), { groupId: g.id, accountId, openingDate: GUIDE_OPENING, version: 1 });
    }
  }
  store.groups.set('g-vh-bailleurs', {
    id: 'g-vh-bailleurs',
    conventionId: 'conv-var-habitat',
    code: 'BAILLEURS',
    label: 'Logements conventionnés',
    level: 1,
    openingDate: '2020-10-01',
    responsableId: 'v-habitat-1',
    roleIds: ['bailleur-conventionnes'],
    version: 1,
  });
}

/**
 * Requests: the two of the administrator's guide (28/05/2025 and 03/12/2024, tacitly
 * accepted by now unless the clock says otherwise), the history of the user's guide, and
 * pending ones dated a few days before the clock so that "en cours" is never empty.
 */
export function seedRequests(store: ReferenceStore): void {
  const now = store.clock.now().getTime();
  const daysAgo = (days: number, hour = 9) => {
    const d = new Date(now - days * 86_400_000);
    d.setUTCHours(hour, 12, 0, 0);
    return d.toISOString();
  };
  const requests: [id: string, requester: string, role: string, approval: 'local' | 'central', at: string][] = [
    ['dem-guide-1', 'c-living', 'acces-site', 'local', '2025-05-28T09:41:00.000Z'],
    ['dem-guide-2', 'c-dona', 'greve-declaration', 'local', '2024-12-03T14:05:00.000Z'],
    ['dem-1', 'e-ahova', 'accords-locaux-organisme', 'local', daysAgo(1)],
    ['dem-2', 't-weber', 'marches-saisie', 'local', daysAgo(3, 14)],
    ['dem-3', 'h-schneider', 'greve-declaration', 'local', daysAgo(6)],
    ['dem-4', 'c-dona', 'egap-paie', 'local', daysAgo(9, 10)],
    ['dem-5', 'c-living', 'annuaire-organismes-redacteur', 'central', daysAgo(2)],
    ['dem-6', 'a-charenne', 'comite-carrieres-membre', 'central', daysAgo(4)],
    ['dem-7', 's-koenig', 'egap-guides', 'local', daysAgo(5)],
  ];
  for (const [id, requesterId, roleId, approval, requestedAt] of requests) {
    store.accessRequests.set(id, { id, requesterId, roleId, approval, requestedAt, status: 'en_attente', version: 1 });
  }
  // The user's guide "Historique de vos demandes" (Aristide Charenne), decided long ago.
  const decided: [string, string, 'acceptee' | 'acceptee_tacitement', string][] = [
    ['dem-h1', 'egap-guides', 'acceptee', '2020-11-12T10:57:00.000Z'],
    ['dem-h2', 'droit-syndical-organisme', 'acceptee', '2020-11-12T10:56:00.000Z'],
    ['dem-h3', 'opim-organisme', 'acceptee', '2020-11-10T11:29:00.000Z'],
    ['dem-h4', 'accords-locaux-organisme', 'acceptee_tacitement', '2020-11-10T11:25:00.000Z'],
  ];
  for (const [id, roleId, status, requestedAt] of decided) {
    store.accessRequests.set(id, {
      id,
      requesterId: 'a-charenne',
      roleId,
      approval: 'local',
      requestedAt,
      status,
      ...(status === 'acceptee' ? { decidedBy: 'm-rousseau', decidedAt: requestedAt } : { decidedAt: '2020-11-21T00:00:00.000Z' }),
      version: 2,
    });
  }
  store.accessRequests.set('dem-h5', {
    id: 'dem-h5',
    requesterId: 't-weber',
    roleId: 'annonces-immo-redacteur',
    approval: 'local',
    requestedAt: daysAgo(40),
    status: 'refusee',
    decidedBy: 'e-benga',
    decidedAt: daysAgo(38),
    reason: "Le rôle est réservé au service immobilier du siège.",
    version: 2,
  });

  const accountRequests: [string, Civilite, string, string, string, string, boolean, number][] = [
    ['dcc-1', 'M.', 'Yanis', 'HOUARI', 'y.houari@lassuranceretraite.fr', 'carsat-am', false, 2],
    ['dcc-2', 'Mme', 'Agnès', 'PETIT-JEAN', 'agnes.petitjean@cabinet-audit.fr', 'carsat-am', true, 5],
    ['dcc-3', 'M.', 'Rémi', 'LECLERC', 'remi.leclerc@caf.fr', 'caf-55', false, 1],
  ];
  for (const [id, civilite, prenom, nom, emailPro, organismeId, external, days] of accountRequests) {
    store.accountRequests.set(id, {
      id,
      civilite,
      nom,
      prenom,
      emailPro,
      external,
      organismeId,
      requestedAt: daysAgo(days),
      routedTo: [...store.localAdmins.values()].some((l) => l.organismeId === organismeId) ? 'local' : 'central',
      status: 'en_attente',
      version: 1,
    });
  }
}
