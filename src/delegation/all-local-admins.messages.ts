/**
 * The words of « Tous les administrateurs locaux » (R13), loaded with the section. English in
 * all-local-admins.messages.en.ts.
 */
import { defineMessages, type LocalizeController } from '../internal/localize.js';

export const allLocalAdminsMessages = defineMessages({
  fr: {
    allCaption: 'Tous les administrateurs locaux',
    allIntro:
      "Les administrateurs locaux de chaque organisme, en lecture seule : pour savoir à qui s'adresser dans un organisme.",
    organismeFilter: 'Organisme',
    allOrganismes: 'Tous les organismes',
    allEmpty: "Aucun administrateur local : les demandes de cet organisme sont traitées par l'Ucanss.",
    colOrganisme: 'Organisme',
  },
  en: () => import('./all-local-admins.messages.en.js'),
});

export type AllLocalAdminsText = LocalizeController<(typeof allLocalAdminsMessages)['fr']>;
