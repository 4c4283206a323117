/** The form screen of `<habil-user-groups>`: a new group, a new sub-group, or the changes to one. */
import { html, type TemplateResult } from 'lit';
import type { AccountSummary, FieldError, Group } from '../domain/index.js';
import type { GroupFormMode, GroupFormSubmitDetail } from './group-form.js';
import type { GroupFormWords } from './group-form.messages.js';

/** The group form on screen: what it is for, and where "Annuler" goes back to. */
export interface FormView {
  mode: GroupFormMode;
  group?: Group;
  parentId: string;
  returnTo: 'list' | 'group';
  /** The groups of the convention as they were when the form opened: the parents to offer. */
  groups: Group[];
}

export interface GroupFormScreenView {
  t: GroupFormWords;
  form: FormView;
  /** What the screens share, rendered by the host. */
  back: TemplateResult;
  conventionLine: TemplateResult;
  notice: TemplateResult;
  users: AccountSummary[];
  today: string;
  serverErrors: FieldError[];
  submitting: boolean;
  canCreateUser: boolean;
  onSubmit: (event: CustomEvent<GroupFormSubmitDetail>) => void;
  onCancel: () => void;
  onNewUser: () => void;
}

export function renderGroupFormScreen(view: GroupFormScreenView) {
  const { t, form } = view;
  const parent = form.groups.find((g) => g.id === form.parentId);
  const heading =
    form.mode === 'edit' && form.group ? t.msg('editHeadingGroup', form.group.code)
    : parent ? t.msg('createSubGroupHeading', parent.code)
    : t.msg('createHeading');
  return html`
    ${view.back}
    <h2 id="form-heading" part="heading" class="heading" tabindex="-1">${heading}</h2>
    ${view.conventionLine} ${view.notice}
    <habil-group-form
      mode=${form.mode}
      .group=${form.group}
      .groups=${form.groups}
      .users=${view.users}
      parent-id=${form.parentId}
      today=${view.today}
      .serverErrors=${view.serverErrors}
      ?submitting=${view.submitting}
      ?can-create-user=${view.canCreateUser}
      @habil-group-form-submit=${view.onSubmit}
      @habil-group-form-cancel=${view.onCancel}
      @habil-group-form-new-user=${view.onNewUser}
    ></habil-group-form>
  `;
}
