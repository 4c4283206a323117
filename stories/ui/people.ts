/** Rows for the stories of the shared UI pieces: people of the guides, with accents and hyphens. */
export interface Person {
  id: string;
  nom: string;
  email: string;
  organisme: string;
  ouverture: string;
  roles: number;
}

const NOMS = [
  'Durand Mathieu',
  'Lefèvre Émilie',
  "D'Artagnan Jean-François",
  'Charenne Anne',
  'Nguyen Thi-Lan',
  'Martin Zoé',
  'Bernard Loïc',
  'Petit Hélène',
  'Roux Jean-Baptiste',
  'Moreau Inès',
  'Fournier Cécile',
  'Girard Noël',
];
const ORGANISMES = ['CARSAT ALSACE-MOSELLE', 'CPAM DE LA GIRONDE', 'URSSAF ÎLE-DE-FRANCE', 'CAF DU RHÔNE'];

/** `count` people, the same ones every time. */
export function people(count: number): Person[] {
  return Array.from({ length: count }, (_, i) => {
    const nom = NOMS[i % NOMS.length]!;
    const [last, first] = nom
      .normalize('NFD')
      .replace(/[\u0300-\u036f']/g, '')
      .toLowerCase()
      .split(' ');
    return {
      id: `p${i + 1}`,
      nom: i < NOMS.length ? nom : `${nom} (${Math.floor(i / NOMS.length) + 1})`,
      email: `${first}.${last}${i >= NOMS.length ? i : ''}@urssaf.fr`,
      organisme: ORGANISMES[i % ORGANISMES.length]!,
      ouverture: `20${String(18 + (i % 7)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      roles: (i * 7) % 13,
    };
  });
}
