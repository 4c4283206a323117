/** Reference data of the seed: organismes, applications with their roles, CAF conventions. */
import type { Application, Convention, Organisme } from '../../src/domain/index.js';
import type { ApplicationTexts } from '../../core/access.js';

const MALADIE = 'Branche Maladie et AT/MP';
const RETRAITE = 'Branche Retraite';
const RECOUVREMENT = 'Branche Recouvrement';
const FAMILLE = 'Branche Famille';

const org = (
  id: string,
  code: string,
  name: string,
  longName: string,
  branches: string[],
  space: 'ucanss' | 'caf' = 'ucanss',
): Organisme => ({ id, code, name, longName, branches, space, hasLocalAdmin: false });

export const ORGANISMES: Organisme[] = [
  org('ucanss', '750001', 'UCANSS', 'Union des caisses nationales de sécurité sociale', ['Interbranche']),
  org('carsat-am', '671000', 'CARSAT ALSACE-MOSELLE', "Caisse d'Assurance Retraite et de la Santé au Travail d'Alsace-Moselle", [MALADIE, RETRAITE]),
  org('carsat-bfc', '210000', 'CARSAT BOURGOGNE-FRANCHE-COMTE', "Caisse d'Assurance Retraite et de la Santé au Travail de Bourgogne-Franche-Comté", [MALADIE, RETRAITE]),
  org('carsat-ra', '690000', 'CARSAT RHONE-ALPES', "Caisse d'Assurance Retraite et de la Santé au Travail Rhône-Alpes", [MALADIE, RETRAITE]),
  org('cpam-67', '671100', 'CPAM DU BAS-RHIN', "Caisse Primaire d'Assurance Maladie du Bas-Rhin", [MALADIE]),
  org('cpam-75', '751000', 'CPAM DE PARIS', "Caisse Primaire d'Assurance Maladie de Paris", [MALADIE]),
  org('urssaf-cn', '750300', 'URSSAF CN', 'Urssaf Caisse nationale', [RECOUVREMENT]),
  org('urssaf-alsace', '670300', 'URSSAF ALSACE', "Union de Recouvrement des cotisations de Sécurité Sociale et d'Allocations Familiales d'Alsace", [RECOUVREMENT]),
  org('caf-67', '671200', 'CAF DU BAS-RHIN', "Caisse d'Allocations Familiales du Bas-Rhin", [FAMILLE]),
  org('caf-55', '551200', 'CAF DE LA MEUSE', "Caisse d'Allocations Familiales de la Meuse", [FAMILLE]),
  org('caf-83', '831200', 'CAF DU VAR', "Caisse d'Allocations Familiales du Var", [FAMILLE]),
  org('cd-83', 'P83001', 'CONSEIL DEPARTEMENTAL DU VAR', 'Conseil départemental du Var (organisme partenaire)', ['Partenaire'], 'caf'),
  org('var-habitat', 'P83002', 'VAR HABITAT', "Office public de l'habitat du Var (organisme partenaire)", ['Partenaire'], 'caf'),
];

/** The themes of the catalogue, with their English names. */
const THEMES = {
  'Ressources humaines': 'Human resources',
  Achats: 'Purchasing',
  'Mes statistiques': 'My statistics',
  'Tableau de bord': 'Dashboard',
  Immobilier: 'Real estate',
  RSO: 'Corporate social responsibility',
  'Espace carrière': 'Careers',
  'Mes informations': 'My information',
  'Mon Compte Partenaire': 'Mon Compte Partenaire',
} as const;

/** Who an application is for, in both languages. */
const PUBLICS = {
  staff: { fr: 'Salariés des organismes de Sécurité sociale', en: 'Employees of the social security organismes' },
  conventionedPartners: { fr: 'Partenaires conventionnés de la Caf', en: 'Partners bound to the CAF by a convention' },
  landlords: { fr: 'Bailleurs partenaires de la Caf', en: 'Landlords in partnership with the CAF' },
  publicAuditors: { fr: 'Contrôleurs publics', en: 'Public-sector auditors' },
} as const;

/** An application of the seed, and the English of its texts. */
export interface SeededApplication {
  application: Application;
  english: ApplicationTexts;
}

type AppSeed = Omit<Application, 'roles' | 'space' | 'theme' | 'targetPublic' | 'description' | 'procedure'> & {
  theme: keyof typeof THEMES;
  targetPublic?: keyof typeof PUBLICS;
  space?: 'ucanss' | 'caf';
  procedure?: { fr: string; en: string; contact: string };
  roles: [id: string, label: string][];
};

const app = ({ theme, targetPublic = 'staff', procedure, roles, ...a }: AppSeed): SeededApplication => ({
  application: {
    space: 'ucanss',
    ...a,
    theme,
    description: `Application ${a.name} de l'offre de services.`,
    targetPublic: PUBLICS[targetPublic].fr,
    ...(procedure ? { procedure: { text: procedure.fr, contact: procedure.contact } } : {}),
    roles: roles.map(([id, label]) => ({ id, label, applicationId: a.id })),
  },
  english: {
    theme: THEMES[theme],
    description: `The ${a.name} application of the service offer.`,
    targetPublic: PUBLICS[targetPublic].en,
    ...(procedure ? { procedure: procedure.en } : {}),
  },
});

export const APPLICATIONS: SeededApplication[] = [
  // Open to all (FAQ)
  app({ id: 'textes-conventionnels', name: 'Textes conventionnels', theme: 'Ressources humaines', approval: 'libre', roles: [['textes-conventionnels-lecteur', 'Textes conventionnels - Lecteur']] }),
  app({ id: 'thesaurus-comptable', name: 'Thésaurus comptable', theme: 'Achats', approval: 'libre', roles: [['thesaurus-lecteur', 'Thésaurus comptable - Lecteur']] }),
  app({ id: 'dictionnaire-rh', name: 'Dictionnaire des indicateurs RH', theme: 'Mes statistiques', approval: 'libre', roles: [['dictionnaire-rh-lecteur', 'Dictionnaire des indicateurs RH - Lecteur']] }),
  app({ id: 'guide-sante', name: 'Guide santé au travail', theme: 'Ressources humaines', approval: 'libre', roles: [['guide-sante-lecteur', 'Guide santé au travail - Lecteur']] }),
  // Approved by the local administrator (FAQ)
  app({ id: 'site-ucanss', name: 'Espace Organismes du site ucanss.fr', theme: 'Tableau de bord', approval: 'local', roles: [['acces-site', "Droits d'accès au site ucanss.fr"]] }),
  app({ id: 'contentieux', name: 'Contentieux', theme: 'Ressources humaines', approval: 'local', roles: [['contentieux-organisme', 'Contentieux - organisme']] }),
  app({ id: 'accords-locaux', name: 'Accords locaux', theme: 'Ressources humaines', approval: 'local', roles: [['accords-locaux-organisme', 'Accords locaux - Accès organisme']] }),
  app({ id: 'greves', name: 'Grèves', theme: 'Ressources humaines', approval: 'local', roles: [['greve-declaration', 'Grève - Déclaration des mouvements']] }),
  app({ id: 'elections-pro', name: 'Élections professionnelles', theme: 'Ressources humaines', approval: 'local', roles: [['elections-deposant', 'Elections Professionnelles - Déposant Organisme']] }),
  app({
    id: 'egap',
    name: 'Guides juridiques Egap',
    theme: 'Ressources humaines',
    approval: 'local',
    roles: [
      ['egap-guides', "Egap - Guides d'administration du personnel"],
      ['egap-paie', 'EGAP_ Guide Paie Accès Lecteur'],
    ],
  }),
  app({ id: 'annonces-immo', name: 'Annonces immobilières', theme: 'Immobilier', approval: 'local', roles: [['annonces-immo-redacteur', 'Annonces immobilières - Rédacteur']] }),
  app({ id: 'conseil-energie', name: 'Conseil Energie', theme: 'RSO', approval: 'local', roles: [['conseil-energie-lecteur', 'Conseil Energie Lecteur']] }),
  app({ id: 'opim', name: 'Plateforme de suivi des opérations immobilières', theme: 'Immobilier', approval: 'local', roles: [['opim-organisme', 'OPIM - Organisme Local']] }),
  app({ id: 'marches', name: 'Recensement des marchés', theme: 'Achats', approval: 'local', roles: [['marches-saisie', 'Recensement des marchés - Saisie']] }),
  app({
    id: 'formation-pro',
    name: 'Tableau de bord de la formation professionnelle',
    theme: 'Mes statistiques',
    approval: 'local',
    roles: [
      ['stats-formation', "Données statistiques personnalisées sur l'effort de formation"],
      ['stats-effectifs', 'Données statistiques personnalisées sur les effectifs réels'],
    ],
  }),
  // Approved by UCANSS (FAQ)
  app({
    id: 'annuaire-organismes',
    name: 'Annuaire des organismes',
    theme: 'Tableau de bord',
    approval: 'central',
    roles: [
      ['annuaire-organismes-lecteur', 'Annuaire Organisme - Lecteur'],
      ['annuaire-organismes-redacteur', 'Annuaire Organisme - Rédacteur'],
    ],
  }),
  app({ id: 'annuaire-add', name: 'Annuaire des ADD', theme: 'Espace carrière', approval: 'central', roles: [['annuaire-add-lecteur', 'Annuaire ADD - Lecteur']] }),
  app({ id: 'droit-syndical', name: 'Droit syndical', theme: 'Ressources humaines', approval: 'central', roles: [['droit-syndical-organisme', 'DROIT SYNDICAL - Organismes pour la remontée des informations']] }),
  app({ id: 'comite-carrieres', name: 'Comité des carrières', theme: 'Espace carrière', approval: 'central', roles: [['comite-carrieres-membre', 'Comité des carrières - Membre']] }),
  app({ id: 'liste-aptitude', name: "Liste d'aptitude", theme: 'Espace carrière', approval: 'central', roles: [['silaadd-candidat', 'SILAADD - Candidat']] }),
  app({ id: 'offres-emploi', name: "Saisie des offres d'emploi", theme: 'Ressources humaines', approval: 'central', roles: [['offres-emploi-saisie', "Offres d'emploi - Saisie"]] }),
  app({ id: 'sd-asp', name: 'SD/ASP', theme: 'Ressources humaines', approval: 'central', roles: [['sd-asp-saisie', 'SD/ASP - Alignement sur Paie']] }),
  app({ id: 'ccmoss', name: 'CCMOSS', theme: 'Ressources humaines', approval: 'central', roles: [['ccmoss-depot', 'CCMOSS - Dépôt des dossiers']] }),
  app({ id: 'imprimes', name: "Commande d'imprimés", theme: 'Achats', approval: 'central', roles: [['imprimes-commande', "Commande d'imprimés"]] }),
  // Another procedure (FAQ "qui contacter ?")
  app({
    id: 'edrh',
    name: 'Portail Entrepôt de Données RH (EDRH)',
    theme: 'Mes statistiques',
    approval: 'procedure',
    procedure: { fr: "Écrivez à l'équipe EDRH en associant votre responsable hiérarchique.", en: 'Write to the EDRH team, with your line manager in copy.', contact: 'edrh@ucanss.fr' },
    roles: [['edrh-dires', 'Entrepôt de données RH (DIRES)']],
  }),
  app({
    id: 'referentiel-add',
    name: 'Référentiel ADD',
    theme: 'Espace carrière',
    approval: 'procedure',
    procedure: {
      fr: 'Les comptes ADD sont gérés par le Référentiel des Agents de Direction.',
      en: 'ADD accounts are managed by the Référentiel des Agents de Direction, the reference system of the senior executives.',
      contact: 'labdd@ucanss.fr',
    },
    roles: [
      ['referentiel-add-employeur', 'Referentiel ADD - Accès employeur'],
      ['referentiel-add-lecteur', 'Referentiel ADD - Accès lecteur'],
    ],
  }),
  app({
    id: 'administration-locale',
    name: 'Gestion des habilitations',
    theme: 'Mes informations',
    approval: 'procedure',
    procedure: {
      fr: 'Le directeur de votre organisme ou ses délégataires désignent les administrateurs locaux.',
      en: 'The director of your organisme, or the people he has delegated to, name the local administrators.',
      contact: 'habilitations@ucanss.fr',
    },
    roles: [['administration-locale', 'Administration locale (gestion des habilitations au site ucanss.fr)']],
  }),
  // CAF "Mon Compte Partenaire" services, granted through user groups
  app({
    id: 'caf-cdap',
    name: 'Consulter Dossier',
    theme: 'Mon Compte Partenaire',
    approval: 'convention',
    space: 'caf',
    targetPublic: 'conventionedPartners',
    roles: [
      ['cdap-t1-ass', 'T1 - Assistants service social'],
      ['cdap-t1-cesf', 'T1 - CESF'],
      ['cdap-t2', 'T2 - Prestataires services sociaux'],
      ['cdap-t4', 'T4 - Service'],
      ['cdap-t6', 'T6 - Services instructeurs RSA'],
      ['cdap-t8', "T8 - Régimes particuliers d'assurance maladie"],
    ],
  }),
  app({
    id: 'caf-afas',
    name: 'Afas',
    theme: 'Mon Compte Partenaire',
    approval: 'convention',
    space: 'caf',
    targetPublic: 'conventionedPartners',
    roles: [
      ['afas-declarer', 'Afas - Déclarer'],
      ['afas-habiliter', 'Afas - Habiliter'],
    ],
  }),
  app({
    id: 'caf-bailleur',
    name: 'Offre bailleur',
    theme: 'Mon Compte Partenaire',
    approval: 'convention',
    space: 'caf',
    targetPublic: 'landlords',
    roles: [
      ['bailleur-prives', 'Offre bailleur - Logements privés'],
      ['bailleur-conventionnes', 'Offre bailleur - Logements conventionnés'],
    ],
  }),
  app({
    id: 'caf-dgfip',
    name: 'Dgfip',
    theme: 'Mon Compte Partenaire',
    approval: 'convention',
    space: 'caf',
    targetPublic: 'publicAuditors',
    roles: [['dgfip-controleurs', 'Dgfip - Contrôleurs publics']],
  }),
];

const roleSet = (applicationId: string, roleIds: string[]) => {
  const { application } = APPLICATIONS.find((a) => a.application.id === applicationId)!;
  return {
    applicationId,
    name: application.name,
    roles: application.roles.filter((r) => roleIds.includes(r.id)),
  };
};

export const CONVENTIONS: Convention[] = [
  {
    id: 'conv-cd83',
    label: 'MCP - Conseil départemental du Var',
    partnerId: 'cd-83',
    partnerName: 'CONSEIL DEPARTEMENTAL DU VAR',
    services: [
      roleSet('caf-cdap', ['cdap-t1-ass', 'cdap-t1-cesf', 'cdap-t2', 'cdap-t4', 'cdap-t6']),
      roleSet('caf-afas', ['afas-declarer', 'afas-habiliter']),
      roleSet('caf-bailleur', ['bailleur-prives', 'bailleur-conventionnes']),
      roleSet('caf-dgfip', ['dgfip-controleurs']),
    ],
  },
  {
    id: 'conv-var-habitat',
    label: 'MCP - Var Habitat',
    partnerId: 'var-habitat',
    partnerName: 'VAR HABITAT',
    services: [roleSet('caf-bailleur', ['bailleur-conventionnes'])],
  },
];
