/** A person one can act as: the account, and how the pickers name him, in French and in English. */
const persona = <A extends string>(accountId: A, fr: string, en: string) => ({ accountId, label: { fr, en } }) as const;

/** The people one can act as in the demo, Storybook and the tests. */
export const PERSONAS = {
  'admin-carsat': persona('e-benga', 'Émilie Benga — administratrice locale, CARSAT ALSACE-MOSELLE', 'Émilie Benga — local administrator, CARSAT ALSACE-MOSELLE'),
  'director-carsat': persona('p-raymond', 'Pierre Raymond — directeur (ADD), CARSAT ALSACE-MOSELLE', 'Pierre Raymond — director (ADD), CARSAT ALSACE-MOSELLE'),
  'admin-ucanss': persona('n-fontaine', 'Nathalie Fontaine — administratrice Ucanss', 'Nathalie Fontaine — UCANSS administrator'),
  'partner-admin': persona('p-martin', 'Pierre Martin — administrateur partenaire, Conseil départemental du Var', 'Pierre Martin — partner administrator, Conseil départemental du Var'),
  responsable: persona('m-durand', 'Mathieu Durand — responsable habilitations (CDAP T1, AFAS-DEC)', 'Mathieu Durand — responsable habilitations (CDAP T1, AFAS-DEC)'),
  'caf-agent': persona('caf-agent', 'Claire Estève — agent Caf du Var', 'Claire Estève — CAF agent (Var)'),
  'user-carsat': persona('c-living', 'Coralie Living — utilisatrice, CARSAT ALSACE-MOSELLE', 'Coralie Living — user, CARSAT ALSACE-MOSELLE'),
} as const;

export type PersonaId = keyof typeof PERSONAS;
export const DEFAULT_PERSONA: PersonaId = 'admin-carsat';
