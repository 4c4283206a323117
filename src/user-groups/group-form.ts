import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { AccountSummary, FieldError, Group, GroupDraft, GroupPatch } from '../domain/index.js';
import { subGroupLevel, validateGroupDraft } from '../domain/index.js';
import { HabilBaseElement } from '../internal/habil-base-element.js';
import { LocalizeController } from '../internal/localize.js';
import type { HabilField } from '../ui/field/field.js';
import { dayToCheckAgainst, submitOnEnter } from '../internal/forms.js';
import { CLOSING_DATE_KEPT, focusFirstError, FormState, type FieldProblem } from '../internal/form-state.js';
// The form draws habil-field: it defines it, for the widgets that load it on demand.
import '../ui/field/define.js';
import { describeFieldProblem, renderUserChoice } from './form-support.js';
import { groupFormMessages } from './group-form.messages.js';
import { hierarchyOrder } from './hierarchy.js';
import { partStyles } from './parts.styles.js';
import { userOptionLabel } from './people.js';

export type GroupFormMode = 'create' | 'edit';

/** A new group, or the changes to one: only the fields the user changed. */
export type GroupFormSubmitDetail = { draft: GroupDraft; patch?: undefined } | { patch: GroupPatch; draft?: undefined };

declare module '../internal/events.js' {
  interface HabilEventMap {
    'habil-group-form-submit': CustomEvent<GroupFormSubmitDetail>;
    'habil-group-form-cancel': CustomEvent<Record<never, never>>;
    'habil-group-form-new-user': CustomEvent<Record<never, never>>;
  }
}

type FieldName = 'code' | 'label' | 'responsableId' | 'parentId' | 'openingDate' | 'closingDate';
type Values = Record<FieldName, string>;

/** The fields in the order of the screen: the first wrong one takes focus. */
const FIELDS: readonly FieldName[] = ['code', 'label', 'responsableId', 'parentId', 'openingDate', 'closingDate'];
const PATCHABLE = ['label', 'responsableId', 'openingDate', 'closingDate'] as const;

/**
 * "Créer un groupe utilisateurs" and its modification (CAF guide, fiches 7, 10, 14 and 16):
 * code and libellé required, the code unique in the convention (the server says so), the
 * mandatory responsable habilitations chosen among the open users of the convention — with
 * "Créer un utilisateur…" when he does not exist yet —, "Sous-groupe de" (the level follows,
 * R11), the opening date (today by default) and the closing date (never in the past).
 *
 * The code and the parent of an existing group are shown but not changed: the contract does
 * not change them. The form checks what it can with the domain's rules, shows the server's
 * field errors (`serverErrors`) on their fields until the user changes them, and never loses
 * what was typed: a newer version of the same group (after a conflict, R15) only updates the
 * fields the user has not touched.
 *
 * @tag habil-group-form
 *
 * @fires habil-group-form-submit - Valid values: `detail: { draft }` (create) or `{ patch }` (edit, changed fields only).
 * @fires habil-group-form-cancel - The user cancelled.
 * @fires habil-group-form-new-user - The user asked to create the responsable on the spot; the host creates him and calls `chooseResponsable()`.
 *
 * @csspart form - The `<form>`.
 * @csspart actions - The row of buttons.
 * @csspart new-user-button - "Créer un utilisateur…".
 * @csspart submit-button - The submit button.
 */
export class HabilGroupForm extends HabilBaseElement {
  static override styles = [HabilBaseElement.styles, partStyles];

  @property({ reflect: true })
  mode: GroupFormMode = 'create';

  /** The group being changed (`mode="edit"`). */
  @property({ attribute: false })
  group?: Group;

  /** The groups of the convention: the open ones are offered as parent. */
  @property({ attribute: false })
  groups: Group[] = [];

  /** The users of the convention: the open ones may be chosen as responsable habilitations. */
  @property({ attribute: false })
  users: AccountSummary[] = [];

  /** A new sub-group: the parent chosen beforehand. */
  @property({ attribute: 'parent-id' })
  parentId = '';

  /** The server's day (`Me.today`): the default opening date and the reference of the date rules. */
  @property()
  today = '';

  /** The host is sending the form: the submit button waits. */
  @property({ type: Boolean })
  submitting = false;

  /** The server's field errors (`ProblemError.fieldErrors`), shown on their fields until the user changes them. */
  @property({ attribute: false })
  serverErrors: FieldError[] = [];

  /** Offers "Créer un utilisateur…" beside the responsable (the acting person may create users). */
  @property({ type: Boolean, attribute: 'can-create-user' })
  canCreateUser = false;

  private readonly t = new LocalizeController(this, groupFormMessages);
  private readonly form = new FormState<FieldName>(this, () => this.startingValues());

  private get values(): Readonly<Values> {
    return this.form.values;
  }

  /** Chooses the responsable habilitations, e.g. the user just created on the spot. */
  chooseResponsable(accountId: string): void {
    this.form.set('responsableId', accountId);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('group') || changed.has('mode') || changed.has('parentId') || changed.has('today')) {
      this.form.follow(`${this.mode}/${this.mode === 'edit' ? (this.group?.id ?? '') : this.parentId}`);
    }
    if (changed.has('serverErrors')) this.form.serverErrorsCame();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('serverErrors') && this.serverErrors.length > 0) void this.focusFirstError();
  }

  private startingValues(): Values {
    const group = this.mode === 'edit' ? this.group : undefined;
    if (!group) {
      return { code: '', label: '', responsableId: '', parentId: this.parentId, openingDate: this.today, closingDate: '' };
    }
    return {
      code: group.code,
      label: group.label,
      responsableId: group.responsable.id,
      parentId: group.parentId ?? '',
      openingDate: group.openingDate,
      closingDate: group.closingDate ?? '',
    };
  }

  private get creating(): boolean {
    return this.mode === 'create';
  }

  // ---- what is sent -----------------------------------------------------------------------

  private draft(): GroupDraft {
    const v = this.values;
    return {
      code: v.code.trim(),
      label: v.label.trim(),
      responsableId: v.responsableId,
      ...(v.parentId ? { parentId: v.parentId } : {}),
      ...(v.openingDate ? { openingDate: v.openingDate } : {}),
      ...(v.closingDate ? { closingDate: v.closingDate } : {}),
    };
  }

  private patch(): GroupPatch {
    const group = this.group!;
    const was: Record<(typeof PATCHABLE)[number], string> = {
      label: group.label,
      responsableId: group.responsable.id,
      openingDate: group.openingDate,
      closingDate: group.closingDate ?? '',
    };
    const patch: Record<string, string> = {};
    for (const name of PATCHABLE) {
      const value = name === 'label' ? this.values.label.trim() : this.values[name];
      if (value !== was[name]) patch[name] = value;
    }
    return patch as GroupPatch;
  }

  // ---- checks -----------------------------------------------------------------------------

  private clientProblems(): FieldProblem[] {
    const problems: FieldProblem[] = validateGroupDraft(this.draft(), dayToCheckAgainst(this.today));
    if (!this.values.openingDate && !problems.some((p) => p.field === 'openingDate')) problems.push({ field: 'openingDate', code: 'required' });
    if (!this.creating && this.group?.closingDate && !this.values.closingDate) problems.push({ field: 'closingDate', code: CLOSING_DATE_KEPT });
    return problems;
  }

  private errors(): Map<string, string> {
    return this.form.errors(() => this.clientProblems(), this.serverErrors, (problem) => describeFieldProblem(this.t, problem), FIELDS);
  }

  private async focusFirstError(): Promise<void> {
    await this.updateComplete;
    focusFirstError(this.renderRoot, this.errors(), FIELDS);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.submitting) return;
    // What the server said about the previous values no longer holds for the values sent now.
    this.serverErrors = [];
    if (!this.form.submit(this.clientProblems(), () => void this.focusFirstError())) return;
    if (this.creating) {
      this.emit('habil-group-form-submit', { draft: this.draft() });
      return;
    }
    const patch = this.patch();
    if (Object.keys(patch).length === 0) {
      this.form.unchanged();
      return;
    }
    this.emit('habil-group-form-submit', { patch });
  }

  // ---- rendering --------------------------------------------------------------------------

  protected override render() {
    const errors = this.errors();
    return html`
      <form part="form" novalidate @submit=${this.onSubmit} @keydown=${submitOnEnter}>
        <p class="required-legend">${this.t.msg('requiredLegend')}</p>
        <div class="grid">
          ${this.renderText('code', this.t.msg('fieldCode'), errors, { readonly: !this.creating, hint: this.creating ? this.t.msg('codeHint') : this.t.msg('codeReadOnly') })}
          ${this.renderText('label', this.t.msg('fieldLabel'), errors, {})}
        </div>
        ${this.renderResponsable(errors)} ${this.creating ? this.renderParent(errors) : this.renderParentReadOnly()}
        <div class="grid">
          ${this.renderText('openingDate', this.t.msg('fieldOpeningDate'), errors, { type: 'date', required: true })}
          ${this.renderText('closingDate', this.t.msg('fieldClosingDate'), errors, { type: 'date', required: false, hint: this.t.msg('closingDateHint') })}
        </div>
        <p class="status" role="status">${this.form.nothingChanged ? this.t.msg('nothingChanged') : nothing}</p>
        <div class="actions" part="actions">
          <button type="button" class="button" @click=${() => this.emit('habil-group-form-cancel', {})}>${this.locale.msg('cancel')}</button>
          <button type="submit" class="button button--primary" part="submit-button" aria-disabled=${this.submitting ? 'true' : 'false'}>
            ${this.submitting ? this.t.msg('saving') : this.t.msg(this.creating ? 'createGroupSubmit' : 'saveChanges')}
          </button>
        </div>
      </form>
    `;
  }

  private renderText(
    name: FieldName,
    label: string,
    errors: Map<string, string>,
    options: { readonly?: boolean; hint?: string; type?: 'text' | 'date'; required?: boolean },
  ) {
    return html`<habil-field
      name=${name}
      type=${options.type ?? 'text'}
      label=${label}
      hint=${options.hint ?? ''}
      .value=${this.values[name]}
      error=${errors.get(name) ?? ''}
      autocomplete="off"
      ?required=${(options.required ?? true) && !options.readonly}
      ?readonly=${options.readonly ?? false}
      @input=${(event: Event) => this.form.set(name, (event.currentTarget as HabilField).value)}
    ></habil-field>`;
  }

  private renderResponsable(errors: Map<string, string>) {
    const open = this.users.filter((user) => user.status === 'ouvert');
    const options = open.map((user) => ({ value: user.id, label: userOptionLabel(user) }));
    const current = this.group?.responsable;
    // A responsable whose account closed since stays shown, so that the form says who he is.
    if (current && !options.some((option) => option.value === current.id)) options.unshift({ value: current.id, label: current.name });
    return renderUserChoice(this.t, {
      name: 'responsableId',
      label: this.t.msg('fieldResponsable'),
      hint: this.t.msg('responsableHint'),
      options,
      value: this.values.responsableId,
      error: errors.get('responsableId') ?? '',
      onChange: (value) => this.form.set('responsableId', value),
      ...(this.canCreateUser ? { create: { part: 'new-user-button', onClick: () => this.emit('habil-group-form-new-user', {}) } } : {}),
    });
  }

  private renderParent(errors: Map<string, string>) {
    const open = hierarchyOrder(this.groups.filter((group) => group.status === 'ouvert'));
    const options = open.map((group) => ({ value: group.id, label: this.t.msg('parentOption', group.code, group.label, group.level) }));
    const parent = this.groups.find((group) => group.id === this.values.parentId);
    return html`<habil-field
      name="parentId"
      type="select"
      label=${this.t.msg('fieldParent')}
      hint=${this.t.msg('levelHint', subGroupLevel(parent?.level), parent?.code ?? '')}
      empty-option-label=${this.t.msg('noParent')}
      .options=${options}
      .value=${this.values.parentId}
      error=${errors.get('parentId') ?? ''}
      @change=${(event: Event) => this.form.set('parentId', (event.currentTarget as HabilField).value)}
    ></habil-field>`;
  }

  private renderParentReadOnly() {
    const group = this.group;
    const value = group?.parentCode ? this.t.msg('parentValue', group.parentCode, group.level) : this.t.msg('noParent');
    return html`<habil-field label=${this.t.msg('fieldParent')} hint=${this.t.msg('parentReadOnly')} .value=${value} readonly></habil-field>`;
  }
}
