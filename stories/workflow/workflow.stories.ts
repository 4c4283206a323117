import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/entitlements-report/define.js';
import '../../src/my-access/define.js';
import '../../src/pending-requests/define.js';
import '../../src/signup/define.js';
import '../../src/user-groups/define.js';
import { NOW } from '../server.js';

const meta: Meta = {
  title: 'Parcours/Workflow',
  id: 'parcours-workflow',
  parameters: {
    referenceServer: { now: NOW },
    layout: 'padded',
    docs: {
      description: {
        component: [
          "Le parcours complet, étape par étape, avec les vrais widgets et le serveur de référence : inscription, création du compte par l'administrateur local,",
          "demande d'un rôle, décision, puis le rôle dans « Mes habilitations » et dans l'état des habilitations ; l'acceptation tacite après 10 jours (R4) ;",
          'et, côté Caf, un groupe utilisateurs qui donne ses droits à ses membres.',
          '',
          "**Chaque story repart d'un serveur neuf** (les données du guide, la personne indiquée) : ce qui est fait dans une étape ne se retrouve pas",
          "dans la suivante, qui montre donc la même étape sur les données d'exemple (Coralie Living, utilisatrice de la CARSAT ALSACE-MOSELLE ;",
          "Émilie Benga, son administratrice locale ; Pierre Martin, administrateur partenaire du Conseil départemental du Var).",
          '',
          "Pour enchaîner tout le parcours à la main, lancez le portail de démonstration (`npm start`) : il garde un seul serveur pour toute la session",
          "et propose un sélecteur « Agir en tant que » pour changer de personne entre deux étapes. Le test de bout en bout `test/workflow/workflow.test.ts`",
          'joue le même parcours, avec la personne qui vient de s’inscrire.',
        ].join('\n'),
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const explain = (story: string) => ({ docs: { description: { story } } });

const sideBySide = (...widgets: unknown[]) =>
  html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 32rem), 1fr)); gap: 1.5rem; align-items: start">
    ${widgets}
  </div>`;

export const Inscription: Story = {
  name: '1. Inscription',
  render: () => html`<habil-signup terms-url="https://www.ucanss.fr/cgu"></habil-signup>`,
  parameters: explain(
    "Personne n'est encore connecté : la future utilisatrice remplit « Inscrivez-vous » (civilité, nom, prénom, une adresse de l'Institution, " +
      'par exemple `@lassuranceretraite.fr`, son organisme — CARSAT ALSACE-MOSELLE —, les conditions d’utilisation) et clique « Envoyer la demande ». ' +
      "La demande part vers l'administrateur local de l'organisme choisi.",
  ),
};

export const AdministrateurAccepteLeCompte: Story = {
  name: "2. L'administrateur accepte le compte",
  render: () => html`<habil-pending-requests tab="accounts"></habil-pending-requests>`,
  parameters: {
    persona: 'admin-carsat',
    ...explain(
      "Émilie Benga, administratrice locale de la CARSAT ALSACE-MOSELLE, ouvre l'onglet des demandes de création de compte de son organisme. " +
        "« Accepter » puis « Créer le compte » : le compte est créé, la demande passe dans l'historique (vue « Historique »).",
    ),
  },
};

export const UtilisateurDemandeUnRole: Story = {
  name: "3. L'utilisateur demande un rôle",
  render: () => html`<habil-my-access section="catalogue"></habil-my-access>`,
  parameters: {
    persona: 'user-carsat',
    ...explain(
      "Coralie Living, connectée, ouvre « Applications », déplie « Contentieux » et choisit « Demander l'accès à l'application Contentieux » (application « locale »). " +
        "Elle confirme : la demande part vers son administrateur local ; le rôle affiche « Demande en cours » et la date de décision attendue (10 jours, R4).",
    ),
  },
};

export const AdministrateurAccepteLaDemande: Story = {
  name: "4. L'administrateur accepte la demande",
  render: () => html`<habil-pending-requests></habil-pending-requests>`,
  parameters: {
    persona: 'admin-carsat',
    ...explain(
      "Émilie Benga voit les demandes d'accès à décider pour son organisme. Sur la ligne de Coralie Living, « Accepter » puis confirmer : " +
        "le rôle est attribué, la demande quitte la liste et passe dans l'onglet « Historique ».",
    ),
  },
};

export const RoleDansMesHabilitationsEtEtat: Story = {
  name: "5. Le rôle dans Mes habilitations et l'état des habilitations",
  render: () => sideBySide(html`<habil-my-access section="grants"></habil-my-access>`, html`<habil-entitlements-report></habil-entitlements-report>`),
  parameters: {
    persona: 'admin-carsat',
    ...explain(
      "Les rôles attribués se lisent à deux endroits : « Mes habilitations » de la personne connectée (ici Émilie Benga, à gauche : ses rôles par application " +
        "et comment elle les a obtenus) et l'état des habilitations de l'administrateur (à droite : chaque personne de l'organisme et ses rôles). " +
        "Saisissez « living » dans « Nom » puis « Afficher l'état » pour voir les rôles de Coralie Living. " +
        "Dans le portail de démonstration, après l'étape 4, le rôle accepté y figure, et dans « Mes habilitations » de Coralie Living.",
    ),
  },
};

export const AcceptationTacite: Story = {
  name: '6. Acceptation tacite (horloge +11 jours)',
  render: () => html`<habil-my-access section="requests"></habil-my-access>`,
  parameters: {
    persona: 'user-carsat',
    referenceServer: { now: NOW, advanceDays: 11 },
    ...explain(
      "Personne n'a décidé la demande de Coralie Living du 28/05 : l'horloge du serveur a avancé de 11 jours. Dans « Historique de mes demandes », " +
        "elle est « Acceptée tacitement » (R4), et le rôle figure dans « Mes habilitations », « accepté tacitement ».",
    ),
  },
};

export const CafGroupeDroitsMembre: Story = {
  name: '7. Caf : groupe, droits, membre',
  render: () => html`<habil-user-groups></habil-user-groups>`,
  parameters: {
    persona: 'partner-admin',
    ...explain(
      "Pierre Martin, administrateur partenaire (Conseil départemental du Var) : « Créer un groupe » (code, libellé, un responsable habilitations " +
        "parmi les utilisateurs de la convention), puis dans « Habilitations » cochez un rôle de la convention (par exemple « T4 - Service ») et " +
        "« Enregistrer les modifications », enfin dans « Membres » choisissez un utilisateur et « Ajouter au groupe » : " +
        "son compte tient désormais ce rôle par le groupe.",
    ),
  },
};
