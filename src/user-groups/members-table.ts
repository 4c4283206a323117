/** The members' table of `<habil-group-members>`: its rows and columns, and the notes on what the acting person may do. */
import { html, nothing } from 'lit';
import type { Convention, Group, Membership, MembershipOfAccount } from '../domain/index.js';
import { afasRoleIdsOf, givesAfasProfiles } from '../domain/index.js';
import type { DataTableColumn } from '../ui/data-table/data-table.js';
import type { GroupMembersWords } from './group-members.messages.js';
import { periodState } from './hierarchy.js';
import { personName } from './people.js';

export interface MemberRow {
  accountId: string;
  name: string;
  membership: Membership;
}

/** The other groups of each member, by account (undefined: the account could not be read). */
export type OtherGroups = Map<string, MembershipOfAccount[] | undefined>;

const MEMBERSHIP_STATE_KEYS = { upcoming: 'membershipUpcoming', current: 'membershipCurrent', ended: 'membershipEnded' } as const;

export function memberRows(members: readonly Membership[]): MemberRow[] {
  return members.map((membership) => ({ accountId: membership.accountId, name: `${membership.nom} ${membership.prenom}`, membership }));
}

export interface MembersTableView {
  t: GroupMembersWords;
  /** The kit's « Chargement… ». */
  loadingText: string;
  today: string;
  /** The other groups of the members; undefined until they are read. */
  otherGroups: OtherGroups | undefined;
  otherGroupsFailed: boolean;
  /** The group's `actions` allow changing the dates of a membership, detaching a member. */
  canEdit: boolean;
  canRemove: boolean;
  onEditDates: (membership: Membership) => void;
  onDetach: (membership: Membership) => void;
}

export function memberColumns(view: MembersTableView): DataTableColumn<MemberRow>[] {
  const { t, today, otherGroups: others, canEdit, canRemove } = view;
  const columns: DataTableColumn<MemberRow>[] = [
    { key: 'name', header: t.msg('colMember'), rowHeader: true },
    { key: 'identifier', header: t.msg('colIdentifier'), render: (row) => row.membership.identifier },
    { key: 'openingDate', header: t.msg('colOpeningDate'), render: (row) => html`<span part="date">${t.formatDate(row.membership.openingDate)}</span>` },
    { key: 'closingDate', header: t.msg('colClosingDate'), render: (row) => html`<span part="date">${t.formatDate(row.membership.closingDate)}</span>` },
    { key: 'status', header: t.msg('colMembership'), render: (row) => t.msg(MEMBERSHIP_STATE_KEYS[periodState(row.membership, today)]) },
    {
      key: 'otherGroups',
      header: t.msg('colOtherGroups'),
      render: (row) => {
        if (!others) return view.otherGroupsFailed ? '' : html`<span part="muted">${view.loadingText}</span>`;
        const groups = others.get(row.accountId);
        if (!groups) return html`<span part="muted">${t.msg('otherGroupsUnknown')}</span>`;
        return groups.length ? groups.map((g) => g.groupCode).join(', ') : html`<span part="muted">${t.msg('otherGroupsNone')}</span>`;
      },
    },
  ];
  if (!canEdit && !canRemove) return columns;
  columns.push({
    key: 'actions',
    header: t.msg('colActions'),
    render: (row) => {
      if (periodState(row.membership, today) === 'ended') return nothing;
      const name = personName(row.membership);
      const button = (action: 'edit-dates' | 'detach', label: string, spoken: string, onClick: () => void) =>
        html`<button type="button" class="button" part="member-action ${action}-button" aria-label=${spoken} @click=${onClick}>${label}</button>`;
      return html`<span part="row-actions">
        ${canEdit ? button('edit-dates', t.msg('editDates'), t.msg('editDatesOf', name), () => view.onEditDates(row.membership)) : nothing}
        ${canRemove ? button('detach', t.msg('detach'), t.msg('detachOf', name), () => view.onDetach(row.membership)) : nothing}
      </span>`;
    },
  });
  return columns;
}

/** Why the person only reads the members, and what an Afas group asks of him (R12). */
export function renderAccessNotes(t: GroupMembersWords, group: Group, convention: Convention | undefined, managesAfas: boolean) {
  const actions = group.actions;
  const afas = group.status === 'ouvert' && givesAfasProfiles(group, afasRoleIdsOf(convention));
  const notes = [];
  if (group.status === 'cloture') notes.push(t.msg('membersClosedNote'));
  // Read only for want of « Afas - Habiliter »: that is the reason, whoever the group's responsable is.
  else if (!actions.includes('add-member') && !(afas && !managesAfas)) notes.push(t.msg('membersReadOnlyNote'));
  if (afas) notes.push(t.msg('afasMembersNote'));
  return notes.map((note) => html`<p class="note">${note}</p>`);
}
