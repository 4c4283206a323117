/**
 * The words of `<habil-delegation>`, French first (the UCANSS administrator's guide §4, the
 * UCANSS FAQ and the CAF "Mon Compte Partenaire" guide, fiches 14–16), then English.
 */
import { commandFr, deFr, feminineFr, objectEn, pluralEn, pluralFr, subjectEn, subjectFr, type Civility } from '../internal/french.js';
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
  en: {
    loadingMe: 'Loading delegations…',
    sections: 'Delegations',
    tabLocalAdmins: 'Your local administrators',
    tabAllLocalAdmins: 'All local administrators',
    tabPartnerAdmins: 'Partner administrators',
    tabResponsables: 'Responsables habilitations',
    listErrorRetry: 'Reload the list',

    forbiddenHeading: 'For administrators only',
    forbidden:
      "Delegations are managed by local administrators (the organisme's director and his delegates) and UCANSS administrators; on the CAF side, by the partner administrator, the responsables habilitations and the CAF. Your profile does not allow you to see them.",
    forbiddenView: (section: string) => `Your profile does not allow you to see “${section}”.`,
    contactsHeading: 'Your contacts',
    contactsIntro: (organisme: string) => `The local administrators of ${organisme} handle your access requests: contact them.`,
    contactsEmpty: 'Your organisme has no local administrator: your requests are handled by UCANSS (habilitations@ucanss.fr).',

    mineCaption: 'Local administrators of your organisme',
    mineIntro: (organisme: string) =>
      `The people of ${organisme} entitled to administer roles locally: the director, local administrator by default, and the people he delegated to. An organisme always keeps at least one local administrator.`,
    mineEmpty: 'Your organisme has no local administrator.',
    newLocalAdmin: 'New local administrator',
    colNom: 'Last name',
    colPrenom: 'First name',
    colEmail: 'E-mail',
    colPhone: 'Phone',
    colSince: 'Since',
    colNamedBy: 'Named by',
    colAction: 'Action',
    colOrganisme: 'Organisme',
    directorByDefault: 'Director (by default)',
    lastLocalAdmin: 'Last local administrator',
    lastLocalAdminHint: 'An organisme keeps at least one local administrator: name another one before revoking this one.',
    revoke: 'Revoke',
    revokeOf: (name: string) => `Revoke the delegation of ${name}`,
    revokeHeading: (name: string) => `Revoke the delegation of ${name}?`,
    revokeMessage: (name: string, organisme: string) =>
      `${name} will no longer be a local administrator of ${organisme} and will lose the “Administration locale” role. The revocation is recorded in the history of the account.`,
    revokeSelfMessage: (organisme: string) =>
      `You will no longer be a local administrator of ${organisme}: you will not be able to manage the accounts and entitlements of your organisme. The revocation is recorded in the history of your account.`,
    revoked: (name: string, organisme: string) => `${name} is no longer a local administrator of ${organisme}.`,
    revokeFailed: (name: string) => `The delegation of ${name} was not revoked`,
    selfRevokedHeading: 'You revoked your own delegation',
    selfRevoked: (organisme: string) =>
      `You are no longer a local administrator of ${organisme}: you no longer manage the accounts, entitlements or delegations of your organisme. To get this role back, ask another local administrator of ${organisme}.`,

    delegationHeading: 'Delegation',
    delegationAsLocalAdmin: (_civ: Civility) => 'You are signed in as a local administrator.',
    delegationAsUcanssAdmin: (_civ: Civility) => 'You are signed in as a UCANSS administrator.',
    delegationText:
      'In the table below, you can choose a person of your organisme who already has rights on the UCANSS portal and name them “Local administrator”. If that person is not in the list, create their record with the “New” button above, then choose them as the holder of the delegation.',
    newAccount: 'New',
    closeFlow: 'Close',
    pickerCaptionOrganisme: (organisme: string) => `People of ${organisme}`,
    alreadyLocalAdmin: 'Already a local administrator',
    nameHeading: (name: string) => `Name ${name} local administrator?`,
    nameMessage: (name: string, email: string, organisme: string, civ: Civility) =>
      `${name} (${email}) will manage the accounts and entitlements of the people of ${organisme} and receive their requests. ${subjectEn(civ)} ${civ ? 'gets' : 'get'} the “Administration locale” role; the delegation is recorded in the history of the account.`,
    nameConfirm: 'Name',
    named: (name: string, organisme: string) => `${name} is now a local administrator of ${organisme}.`,
    nameFailed: (name: string, _civ: Civility) => `${name} was not named local administrator`,
    accountCreated: (name: string) => `The account of ${name} is created. Choose this person in the list to name them local administrator.`,
    createFailed: 'The account was not created',

    allCaption: 'All local administrators',
    allIntro: 'The local administrators of every organisme, read-only: to know whom to contact in an organisme.',
    organismeFilter: 'Organisme',
    allOrganismes: 'All organismes',
    allEmpty: 'No local administrator: the requests of this organisme are handled by UCANSS.',

    convention: 'Convention',
    conventionOf: (label: string, partner: string) => `Convention: ${label} — Partner organisation: ${partner}`,
    noConvention: 'You are not attached to any convention.',

    partnerAdminsCaption: (partner: string) => `Partner administrators of ${partner}`,
    partnerAdminsIntro:
      'The partner administrator represents the partner bound to the CAF by the convention: he creates the users and grants them the entitlements of the convention. He has no business role by default: add him to user groups for that.',
    partnerAdminsCount: (n: string, max: string, count: number) =>
      `${pluralEn(count, `${n} partner administrator`, `${n} partner administrators`)} out of ${max} at most.`,
    partnerAdminsLimit: (max: string, count: number) =>
      `This partner already has ${pluralEn(count, `${max} partner administrator`, `${max} partner administrators`)}, the maximum: withdraw one before appointing another.`,
    partnerAdminsReadOnly: 'The CAF appoints and withdraws partner administrators: this list is read-only for you.',
    partnerAdminsEmpty: 'This partner has no partner administrator.',
    appoint: 'Appoint a partner administrator',
    colIdentifier: 'Identifier',
    colMail: 'E-mail address',
    appointHeading: 'Appoint a partner administrator',
    appointText: (partner: string) => `Choose the partner administrator among the users of the convention of ${partner}. The person chosen must already have an open account.`,
    pickerCaptionConvention: (label: string) => `Users of the convention ${label}`,
    alreadyPartnerAdmin: 'Already a partner administrator',
    appointConfirmHeading: (name: string, partner: string) => `Appoint ${name} partner administrator of ${partner}?`,
    appointConfirmMessage: (name: string, civ: Civility) =>
      `${name} will create users, manage user groups and appoint responsables habilitations. This profile brings no business role: add ${objectEn(civ)} to user groups for that. The appointment is recorded in the history of the account.`,
    appointConfirm: 'Appoint',
    appointed: (name: string, partner: string) => `${name} is now a partner administrator of ${partner}.`,
    appointFailed: (name: string, _civ: Civility) => `${name} was not appointed partner administrator`,
    withdrawOf: (name: string) => `Revoke the partner administrator role of ${name}`,
    withdrawHeading: (name: string) => `Withdraw the partner administrator role of ${name}?`,
    withdrawMessage: (name: string, partner: string) =>
      `${name} will no longer be a partner administrator of ${partner}. The account stays open and keeps the rights of its groups. The withdrawal is recorded in the history of the account.`,
    withdrawn: (name: string, partner: string) => `${name} is no longer a partner administrator of ${partner}.`,
    withdrawFailed: (name: string) => `The partner administrator role of ${name} was not withdrawn`,

    responsablesCaption: (label: string) => `Responsables habilitations of the groups of the convention ${label}`,
    responsablesIntro:
      'Each user group has exactly one responsable habilitations. He manages users and their entitlements within what is entrusted to him.',
    afasResponsableHeading: 'Afas specifics',
    afasResponsable:
      'Being responsable habilitations is not enough to manage Afas entitlements: the user must also belong to a user group holding the “Afas - Habiliter” role.',
    responsablesReadOnly:
      'Only the partner administrator registers, replaces or deactivates a responsable habilitations (summary table of the Mon Compte Partenaire guide): this list is read-only for you.',
    responsablesEmpty: 'This convention has no user group.',
    colCode: 'Code',
    colLabel: 'Label',
    colStatus: 'Status',
    colResponsable: 'Responsable habilitations',
    subGroupOf: (code: string) => `Sub-group of ${code}`,
    replace: 'Replace the responsable',
    replaceOf: (code: string) => `Replace the responsable habilitations of the group ${code}`,
    replaceHeading: (code: string) => `Replace the responsable habilitations of the group ${code}`,
    replaceText: (name: string) =>
      `Current responsable: ${name}. Choose the new responsable among the users of the convention. The person chosen must already have an open account; otherwise, create their account first (fiche 1: create a user).`,
    currentResponsable: 'Current responsable',
    replaceConfirmHeading: (previous: string, next: string) => `Replace ${previous} with ${next}?`,
    replaceConfirmMessage: (next: string, code: string, label: string, _civ: Civility) =>
      `${next} becomes the responsable habilitations of the group ${code} (${label}). The change is recorded in the history of both accounts.`,
    replaceConfirm: 'Replace',
    replaced: (previous: string, next: string, code: string) => `${next} replaces ${previous} as responsable habilitations of the group ${code}.`,
    replaceFailed: (code: string) => `The responsable habilitations of the group ${code} was not replaced`,
    replaceForbidden: 'Only the partner administrator can replace a responsable habilitations (summary table of the Mon Compte Partenaire guide).',
    staleGroupHeading: (code: string) => `The group ${code} was changed meanwhile`,
    staleGroup: (name: string) => `Its responsable habilitations is now ${name}.`,
    afasReplacedHeading: 'Afas specifics',
    afasReplaced:
      'To complete the operation, if the responsable habilitations you replaced should no longer administer rights, also detach him from the user group that holds the “Habiliter” role.',

    searchNom: 'Last name',
    searchPrenom: 'First name',
    searchHint: 'Start of the name, accents ignored',
    searchPeople: 'Search for a person',
    colPerson: 'Name',
    choose: 'Choose',
    chooseOf: (name: string) => `Choose ${name}`,
    pickerEmpty: 'Nobody matches these criteria.',

    formHeading: 'New account',

    lastChange: 'Last change',
    historyOf: (name: string) => `History of the account of ${name}`,
    showHistory: (name: string) => `See the history of the account of ${name}`,
    historyLatest: (n: string, count: number) => pluralEn(count, 'The latest change:', `The ${n} latest changes, newest first:`),
    historyEmpty: 'No change recorded.',
    historyBy: (who: string) => `by ${who}`,
  },
});

export type DelegationText = LocalizeController<(typeof delegationMessages)['fr']>;
