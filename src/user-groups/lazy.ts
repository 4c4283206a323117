/**
 * The parts of `<habil-user-groups>` as it loads them (its `LazyPart`s), the first time each is
 * needed: a group's page (with its members and its rights) when one opens, the editing of a
 * group (the group form, the writes, the new user's dialog) when a form opens or a group is
 * closed; so that the list of groups loads alone. Each part is one module, which registers its
 * tags and loads its words: it comes in one piece, and what the list loads up front in few.
 * (The members' tab loads the new user's dialog itself, on first use.)
 */
import type { ReactiveControllerHost } from 'lit';
import type { EditingElement, GroupEditingHost } from './group-editing.js';

type Host = ReactiveControllerHost & HTMLElement;

/** A group's page: its screen, and the words the widget renders it with. */
export const loadGroupPage = async (host: Host) => (await import('./group-page-screen.js')).groupPagePart(host);

/** Creating, changing and closing a group. */
export const loadGroupEditing = async (host: EditingElement, widget: GroupEditingHost) => (await import('./group-editing.js')).GroupEditing.load(host, widget);

/** « Créer un utilisateur »: the dialog, and the account form it holds. */
export const loadNewUserDialog = async (): Promise<void> => (await import('./new-user-dialog.js')).defineNewUserDialog();
