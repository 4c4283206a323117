/** The people one can act as in the demo, Storybook and the tests. */
export const PERSONAS = {
  'admin-carsat': {
    accountId: 'e-benga',
    label: { fr: 'Émilie Benga — administratrice locale, CARSAT ALSACE-MOSELLE', en: 'Émilie Benga — local administrator, CARSAT ALSACE-MOSELLE' },
  },
  'director-carsat': {
    accountId: 'p-raymond',
    label: { fr: 'Pierre Raymond — directeur (ADD), CARSAT ALSACE-MOSELLE', en: 'Pierre Raymond — director (ADD), CARSAT ALSACE-MOSELLE' },
  },
  'admin-ucanss': {
    accountId: 'n-fontaine',
    label: { fr: 'Nathalie Fontaine — administratrice Ucanss', en: 'Nathalie Fontaine — UCANSS administrator' },
  },
  'partner-admin': {
    accountId: 'p-martin',
    label: { fr: 'Pierre Martin — administrateur partenaire, Conseil départemental du Var', en: 'Pierre Martin — partner administrator, Conseil départemental du Var' },
  },
  responsable: {
    accountId: 'm-durand',
    label: { fr: 'Mathieu Durand — responsable habilitations (CDAP T1, AFAS-DEC)', en: 'Mathieu Durand — responsable habilitations (CDAP T1, AFAS-DEC)' },
  },
  'caf-agent': {
    accountId: 'caf-agent',
    label: { fr: 'Claire Estève — agent Caf du Var', en: 'Claire Estève — CAF agent (Var)' },
  },
  'user-carsat': {
    accountId: 'c-living',
    label: { fr: 'Coralie Living — utilisatrice, CARSAT ALSACE-MOSELLE', en: 'Coralie Living — user, CARSAT ALSACE-MOSELLE' },
  },
} as const;

export type PersonaId = keyof typeof PERSONAS;
export const DEFAULT_PERSONA: PersonaId = 'admin-carsat';
