/** The words of a group's page in `<habil-user-groups>` (its details, its actions, its tabs), loaded with the page; English in group-page.messages.en.ts. It speaks the widget's and those the parts share (parts.messages.ts) too. */
import { defineMessages, type LocalizeController } from '../internal/localize.js';
import { userGroupsMessages } from './user-groups.messages.js';
import { partWordsFr } from './parts.messages.js';

export const groupPageMessages = defineMessages({
  fr: {
    ...userGroupsMessages.fr,
    ...partWordsFr,
    groupHeading: (code: string, label: string) => `Groupe ${code} – ${label}`,
    noClosingDate: 'Aucune',
    memberCount: 'Membres actuels',
    editGroup: 'Modifier le groupe',
    createSubGroup: 'Créer un sous-groupe',
    tabsLabel: (code: string) => `Groupe ${code}`,
    tabMembers: (count: string) => `Membres (${count})`,
    tabRoles: (count: string) => `Habilitations (${count})`,
  },
  en: () => import('./group-page.messages.en.js'),
});

export type GroupPageWords = LocalizeController<typeof groupPageMessages.fr>;
