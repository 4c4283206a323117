/**
 * Realistic French people in any number, reproducibly (same seed, same people): the
 * default seed adds a few hundred, the benchmark 100,000.
 */
import type { ReferenceStore } from '../store.js';

const PRENOMS = [
  'Marie', 'Jean', 'Émilie', 'Jean-François', 'Nathalie', 'Pierre', 'Sophie', 'Thomas', 'Isabelle', 'Nicolas',
  'Céline', 'François', 'Hélène', 'Julien', 'Aurélie', 'Stéphane', 'Valérie', 'Sébastien', 'Anne-Laure', 'Mathieu',
  'Chloé', 'Loïc', 'Maëlle', 'Jérôme', 'Agnès', 'Grégoire', 'Noémie', 'Benoît', 'Élodie', 'Rémi',
  'Léa', 'Hugo', 'Camille', 'Théo', 'Manon', 'Karim', 'Fatima', 'Mehdi', 'Yasmina', 'Ange',
];
const NOMS = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
  'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier',
  'Müller', 'Schmitt', 'Weber', 'Koenig', 'Hoffmann', 'Meyer', 'Schneider', 'Klein', 'Wagner', 'Becker',
  "D'Artagnan", "N'Diaye", 'Le Gall', 'Lebrun-Picard', 'Saint-Martin', 'Benali', 'Nguyen', 'Da Silva', 'Ferreira', 'Bouchard',
  'Gérard', 'Châtelain', 'Besançon', 'Noël', 'Lemaître', 'Héraut', 'Prévost', 'Cœur', 'Żak', 'Ørsted',
];
const FONCTIONS = [
  'Technicien conseil', 'Gestionnaire de prestations', 'Conseiller retraite', 'Chargé de mission RH', 'Responsable de service',
  'Assistante de direction', 'Juriste', 'Contrôleur', 'Agent comptable adjoint', 'Chargée de communication',
  'Responsable immobilier', 'Acheteur', 'Gestionnaire paie', 'Formateur', 'Statisticien',
];
const DOMAINS: Record<string, string> = {
  'carsat-am': 'lassuranceretraite.fr',
  'carsat-bfc': 'lassuranceretraite.fr',
  'carsat-ra': 'lassuranceretraite.fr',
  'cpam-67': 'assurance-maladie.fr',
  'cpam-75': 'assurance-maladie.fr',
  'urssaf-cn': 'urssaf.fr',
  'urssaf-alsace': 'urssaf.fr',
  'caf-67': 'caf.fr',
  'caf-55': 'caf.fr',
  'caf-83': 'caf.fr',
  ucanss: 'ucanss.fr',
};

/** mulberry32: tiny, fast and reproducible. */
export function randomGenerator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function emailLocalPart(prenom: string, nom: string): string {
  return `${prenom}.${nom}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[Øø]/g, 'o')
    .replace(/[Żż]/g, 'z')
    .replace(/œ/gi, 'oe')
    .toLowerCase()
    .replace(/[^a-z.-]/g, '');
}

const USUAL_ROLES = ['acces-site', 'egap-guides', 'accords-locaux-organisme', 'greve-declaration', 'contentieux-organisme', 'conseil-energie-lecteur', 'annuaire-organismes-lecteur'];

/**
 * Adds `count` UCANSS accounts spread over the organismes (weighted towards the first
 * ones), with a few roles each, and about one in twelve inactive, one in forty ADD.
 */
export function generateAccounts(store: ReferenceStore, count: number, seed = 42, organismeIds = Object.keys(DOMAINS)): void {
  const random = randomGenerator(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const used = new Set([...store.accounts.values()].map((a) => a.emailPro));
  const createdAt = '2018-06-01T08:00:00.000Z';
  for (let i = 0; i < count; i += 1) {
    const organismeId = organismeIds[Math.min(organismeIds.length - 1, Math.floor(random() ** 1.6 * organismeIds.length))]!;
    const prenom = pick(PRENOMS);
    const nom = pick(NOMS);
    let email = `${emailLocalPart(prenom, nom)}@${DOMAINS[organismeId] ?? 'ucanss.fr'}`;
    for (let n = 2; used.has(email); n += 1) email = `${emailLocalPart(prenom, nom)}${n}@${DOMAINS[organismeId] ?? 'ucanss.fr'}`;
    used.add(email);
    const roll = random();
    const add = roll < 0.025;
    const id = `gen-${seed}-${i}`;
    store.addAccount({
      id,
      identifier: email,
      civilite: random() < 0.55 ? 'Mme' : 'M.',
      nom: nom.toUpperCase() === nom ? nom : nom.toLocaleUpperCase('fr'),
      prenom,
      emailPro: email,
      ...(random() < 0.6 ? { phone: `03 ${String(Math.floor(random() * 90) + 10)} ${String(Math.floor(random() * 90) + 10)} ${String(Math.floor(random() * 90) + 10)} ${String(Math.floor(random() * 90) + 10)}` } : {}),
      fonction: add ? pick(['Sous-directeur', 'Directeur adjoint', 'Agent comptable']) : pick(FONCTIONS),
      organismeId,
      add,
      ...(add ? { addProfile: 'autre' as const } : {}),
      status: roll > 0.92 ? 'inactif' : 'actif',
      space: 'ucanss',
      createdAt,
    });
    const grants = store.directGrants(id);
    const roleCount = Math.floor(random() * 3);
    for (let r = 0; r < roleCount; r += 1) {
      const roleId = pick(USUAL_ROLES);
      grants.set(roleId, { roleId, source: 'direct', grantedAt: createdAt });
    }
  }
}
