/**
 * The words of `<habil-delegation>`, French first (the UCANSS administrator's guide §4, the
 * UCANSS FAQ and the CAF "Mon Compte Partenaire" guide, fiches 14–16); English in messages.en.ts.
 */
import { commandFr, deFr, feminineFr, pluralFr, subjectFr, type Civility } from '../internal/french.js';
import { defineMessages, type LocalizeController } from '../internal/localize.js';

export const delegationMessages = defineMessages({
  fr: {
    loadingMe: 'Chargement des délégations…',
    sections: 'Délégations',
    tabLocalAdmins: 'Vos administrateurs locaux',
    tabAllLocalAdmins: 'Tous les administrateurs locaux',
    tabPartnerAdmins: 'Administrateurs partenaires',
    tabResponsables: 'Responsables habilitations',
    listErrorRetry: 'Recharger la liste',

    forbiddenHeading: 'Accès réservé aux administrateurs',
    forbidden:
      "Les délégations sont gérées par les administrateurs locaux (le directeur de l'organisme et ses délégataires) et les administrateurs Ucanss ; côté Caf, par l'administrateur partenaire, les responsables habilitations et la Caf. Votre profil ne permet pas de les consulter.",
    forbiddenView: (section: string) => `Votre profil ne permet pas de consulter « ${section} ».`,
    contactsHeading: 'Vos contacts',
    contactsIntro: (organisme: string) =>
      `Les administrateurs locaux de ${organisme} traitent vos demandes d'habilitation : adressez-vous à eux.`,
    contactsEmpty: "Votre organisme n'a pas d'administrateur local : vos demandes sont traitées par l'Ucanss (habilitations@ucanss.fr).",

    // ---- Vos administrateurs locaux ----
    mineCaption: 'Liste des administrateurs locaux de votre organisme',
    mineIntro: (organisme: string) =>
      `Les personnes de ${organisme} habilitées à l'administration locale des rôles : le directeur, administrateur local par défaut, et les personnes à qui délégation a été donnée. Un organisme garde toujours au moins un administrateur local.`,
    mineEmpty: "Votre organisme n'a aucun administrateur local.",
    newLocalAdmin: 'Nouvel administrateur local',
    colNom: 'Nom',
    colPrenom: 'Prénom',
    colEmail: 'E-mail',
    colPhone: 'Téléphone',
    colSince: 'Depuis le',
    colNamedBy: 'Nommé par',
    colAction: 'Action',
    colOrganisme: 'Organisme',
    directorByDefault: 'Directeur (par défaut)',
    lastLocalAdmin: 'Dernier administrateur local',
    lastLocalAdminHint: 'Un organisme garde au moins un administrateur local : désignez-en un autre avant de retirer celui-ci.',
    revoke: 'Retirer',
    revokeOf: (name: string) => `Retirer la délégation ${deFr(name)}`,
    revokeHeading: (name: string) => `Retirer la délégation ${deFr(name)} ?`,
    revokeMessage: (name: string, organisme: string) =>
      `${name} ne sera plus administrateur local de ${organisme} et perdra le rôle « Administration locale ». Le retrait est inscrit dans l'historique de son compte.`,
    revokeSelfMessage: (organisme: string) =>
      `Vous ne serez plus administrateur local de ${organisme} : vous ne pourrez plus gérer les comptes ni les habilitations de votre organisme. Le retrait est inscrit dans l'historique de votre compte.`,
    revoked: (name: string, organisme: string) => `${name} n'est plus administrateur local de ${organisme}.`,
    revokeFailed: (name: string) => `La délégation ${deFr(name)} n'a pas été retirée`,
    selfRevokedHeading: 'Vous avez retiré votre propre délégation',
    selfRevoked: (organisme: string) =>
      `Vous n'êtes plus administrateur local de ${organisme} : vous ne gérez plus les comptes, les habilitations ni les délégations de votre organisme. Pour retrouver ce rôle, adressez-vous à un autre administrateur local de ${organisme}.`,

    // ---- Délégation (nouvel administrateur local) ----
    delegationHeading: 'Délégation',
    delegationAsLocalAdmin: (civ: Civility) => `Vous êtes connecté${feminineFr(civ)} en tant qu'administrateur local.`,
    delegationAsUcanssAdmin: (civ: Civility) => `Vous êtes connecté${feminineFr(civ)} en tant qu'administrateur Ucanss.`,
    delegationText:
      "Vous pouvez, via le tableau ci-dessous, choisir une personne de votre organisme ayant déjà des droits sur le portail UCANSS pour la désigner comme « Administrateur local ». Si cette personne ne se trouve pas dans la liste, vous pouvez créer sa fiche via le bouton « Nouveau » ci-dessus, puis la sélectionner ensuite comme titulaire de délégation.",
    newAccount: 'Nouveau',
    closeFlow: 'Fermer',
    pickerCaptionOrganisme: (organisme: string) => `Personnes de ${organisme}`,
    alreadyLocalAdmin: 'Déjà administrateur local',
    nameHeading: (name: string) => `Nommer ${name} administrateur local ?`,
    nameMessage: (name: string, email: string, organisme: string, civ: Civility) =>
      `${name} (${email}) pourra gérer les comptes et les habilitations des personnes de ${organisme} et recevra leurs demandes. ${subjectFr(civ)} reçoit le rôle « Administration locale » ; la délégation est inscrite dans l'historique de son compte.`,
    nameConfirm: 'Nommer',
    named: (name: string, organisme: string) => `${name} est désormais administrateur local de ${organisme}.`,
    nameFailed: (name: string, civ: Civility) => `${name} n'a pas été nommé${feminineFr(civ)} administrateur local`,
    accountCreated: (name: string) => `Le compte ${deFr(name)} est créé. Choisissez cette personne dans la liste pour la nommer administrateur local.`,
    createFailed: "Le compte n'a pas été créé",

    // ---- Tous les administrateurs locaux ----
    allCaption: 'Tous les administrateurs locaux',
    allIntro:
      "Les administrateurs locaux de chaque organisme, en lecture seule : pour savoir à qui s'adresser dans un organisme.",
    organismeFilter: 'Organisme',
    allOrganismes: 'Tous les organismes',
    allEmpty: "Aucun administrateur local : les demandes de cet organisme sont traitées par l'Ucanss.",

    // ---- Caf: convention ----
    convention: 'Convention',
    conventionOf: (label: string, partner: string) => `Convention : ${label} — Organisme partenaire : ${partner}`,
    noConvention: "Vous n'êtes rattaché à aucune convention.",

    // ---- Administrateurs partenaires ----
    partnerAdminsCaption: (partner: string) => `Administrateurs partenaires de ${partner}`,
    partnerAdminsIntro:
      "L'administrateur partenaire représente le partenaire lié à la Caf par la convention : il crée les utilisateurs et leur attribue les habilitations conférées par la convention. Il ne possède pas par défaut les rôles métier : il faut l'ajouter à des groupes d'utilisateurs pour qu'il en bénéficie.",
    partnerAdminsCount: (n: string, max: string, count: number) =>
      `${pluralFr(count, `${n} administrateur partenaire`, `${n} administrateurs partenaires`)} sur ${max} au plus.`,
    partnerAdminsLimit: (max: string, count: number) =>
      `Ce partenaire a déjà ${pluralFr(count, `${max} administrateur partenaire`, `${max} administrateurs partenaires`)}, le maximum : retirez-en un avant d'en désigner un autre.`,
    partnerAdminsReadOnly: "C'est la Caf qui attribue et retire le rôle d'administrateur partenaire : cette liste est en lecture seule pour vous.",
    partnerAdminsEmpty: "Ce partenaire n'a aucun administrateur partenaire.",
    appoint: 'Désigner un administrateur partenaire',
    colIdentifier: 'Identifiant',
    colMail: 'Adresse mail',
    appointHeading: 'Désigner un administrateur partenaire',
    appointText: (partner: string) =>
      `Choisissez l'administrateur partenaire parmi les utilisateurs de la convention de ${partner}. La personne choisie doit déjà avoir un compte ouvert.`,
    pickerCaptionConvention: (label: string) => `Utilisateurs de la convention ${label}`,
    alreadyPartnerAdmin: 'Déjà administrateur partenaire',
    appointConfirmHeading: (name: string, partner: string) => `Désigner ${name} administrateur partenaire de ${partner} ?`,
    appointConfirmMessage: (name: string, civ: Civility) =>
      `${name} pourra créer les utilisateurs, administrer les groupes d'utilisateurs et habiliter les responsables habilitations. Ce profil ne donne aucun rôle métier : ${commandFr('ajoutez', civ)} à des groupes d'utilisateurs pour cela. La désignation est inscrite dans l'historique de son compte.`,
    appointConfirm: 'Désigner',
    appointed: (name: string, partner: string) => `${name} est désormais administrateur partenaire de ${partner}.`,
    appointFailed: (name: string, civ: Civility) => `${name} n'a pas été désigné${feminineFr(civ)} administrateur partenaire`,
    withdrawOf: (name: string) => `Retirer le rôle d'administrateur partenaire à ${name}`,
    withdrawHeading: (name: string) => `Retirer le rôle d'administrateur partenaire à ${name} ?`,
    withdrawMessage: (name: string, partner: string) =>
      `${name} ne sera plus administrateur partenaire de ${partner}. Son compte reste ouvert, avec les droits de ses groupes. Le retrait est inscrit dans l'historique de son compte.`,
    withdrawn: (name: string, partner: string) => `${name} n'est plus administrateur partenaire de ${partner}.`,
    withdrawFailed: (name: string) => `Le rôle d'administrateur partenaire ${deFr(name)} n'a pas été retiré`,

    // ---- Responsables habilitations ----
    responsablesCaption: (label: string) => `Responsables habilitations des groupes de la convention ${label}`,
    responsablesIntro:
      "Un seul utilisateur peut être désigné responsable habilitations de chaque groupe d'utilisateurs. Il gère les utilisateurs et leurs habilitations dans la limite de ce qui lui est confié.",
    afasResponsableHeading: 'Point spécifique Afas',
    afasResponsable:
      "Être désigné responsable habilitations ne suffit pas pour gérer les habilitations du service Afas : l'utilisateur doit aussi être affecté à un groupe d'utilisateurs qui dispose du rôle « Afas - Habiliter ».",
    responsablesReadOnly:
      "Seul l'administrateur partenaire enregistre, remplace ou désactive un responsable habilitations (Synthèse du guide Mon Compte Partenaire) : cette liste est en lecture seule pour vous.",
    responsablesEmpty: "Cette convention n'a aucun groupe d'utilisateurs.",
    colCode: 'Code',
    colLabel: 'Libellé',
    colStatus: 'Statut',
    colResponsable: 'Responsable habilitations',
    subGroupOf: (code: string) => `Sous-groupe de ${code}`,
    replace: 'Remplacer le responsable',
    replaceOf: (code: string) => `Remplacer le responsable habilitations du groupe ${code}`,
    replaceHeading: (code: string) => `Remplacer le responsable habilitations du groupe ${code}`,
    replaceText: (name: string) =>
      `Responsable actuel : ${name}. Choisissez le nouveau responsable parmi les utilisateurs de la convention. Il est indispensable que la personne choisie ait déjà un compte ouvert ; sinon, créez d'abord son compte (fiche n°1 : créer un utilisateur).`,
    currentResponsable: 'Responsable actuel',
    replaceConfirmHeading: (previous: string, next: string) => `Remplacer ${previous} par ${next} ?`,
    replaceConfirmMessage: (next: string, code: string, label: string, civ: Civility) =>
      `${next} devient ${civ === 'Mme' ? 'la ' : civ === 'M.' ? 'le ' : ''}responsable habilitations du groupe ${code} (${label}). Le changement est inscrit dans l'historique des deux comptes.`,
    replaceConfirm: 'Remplacer',
    replaced: (previous: string, next: string, code: string) => `${next} remplace ${previous} comme responsable habilitations du groupe ${code}.`,
    replaceFailed: (code: string) => `Le responsable habilitations du groupe ${code} n'a pas été remplacé`,
    replaceForbidden:
      "Seul l'administrateur partenaire peut remplacer un responsable habilitations (Synthèse du guide Mon Compte Partenaire).",
    staleGroupHeading: (code: string) => `Le groupe ${code} a été modifié entre-temps`,
    staleGroup: (name: string) => `Son responsable habilitations est maintenant ${name}.`,
    afasReplacedHeading: 'Point spécifique Afas',
    afasReplaced:
      "Pour finaliser l'opération, si le responsable habilitations que vous avez remplacé ne doit plus administrer les droits, détachez-le aussi du groupe d'utilisateurs qui porte le rôle « Habiliter ».",

    // ---- the person picker ----
    searchNom: 'Nom',
    searchPrenom: 'Prénom',
    searchHint: 'Début du nom ou du prénom, sans tenir compte des accents',
    searchPeople: 'Rechercher une personne',
    colPerson: 'Nom',
    choose: 'Choisir',
    chooseOf: (name: string) => `Choisir ${name}`,
    pickerEmpty: 'Aucune personne ne correspond à ces critères.',

    // ---- the account created on the spot ----
    formHeading: 'Création d’un compte',

    // ---- history (R14) ----
    lastChange: 'Dernière modification',
    historyOf: (name: string) => `Historique du compte ${deFr(name)}`,
    showHistory: (name: string) => `Voir l'historique du compte ${deFr(name)}`,
    historyLatest: (n: string, count: number) =>
      pluralFr(count, 'La dernière modification :', `Les ${n} dernières modifications, la plus récente en premier :`),
    historyEmpty: 'Aucune modification enregistrée.',
    historyBy: (who: string) => `par ${who}`,
  },
  en: () => import('./messages.en.js'),
});

export type DelegationText = LocalizeController<(typeof delegationMessages)['fr']>;
