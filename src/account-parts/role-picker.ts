import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Application } from '../domain/schemas.js';
import { HabilBaseElement } from '../internal/habil-base-element.js';
import { defineMessages, LocalizeController } from '../internal/localize.js';
import { PendingAnswer } from '../internal/pending-answer.js';
import type { HabilField } from '../ui/field/field.js';
import '../ui/field/define.js';
import { choiceStyles, dialogStyles } from './part-styles.js';
import { matchingRoles, renderRoleGroups, roleGroupStyles, sortedRoles, type ApplicationRoles } from './role-groups.js';
import { rolePickerStyles } from './role-picker.styles.js';
import { renderRequiredRadioGroup } from '../internal/form-parts.js';
import { submitOnEnter } from '../internal/forms.js';

export interface RoleChoiceOptions {
  /** The question, e.g. "Affecter un rôle à Emma AHOVA". */
  heading: string;
  /** A sentence under the heading: what choosing will do. */
  description?: string;
  /** The applications whose roles are offered (default: the `applications` property). */
  applications?: Application[];
  /** Offer only these roles, e.g. those held for "Supprimer rôle" (default: every role of the applications). */
  roleIds?: string[];
  /** The confirm button's text; name the action ("Affecter", "Supprimer"). */
  confirmLabel?: string;
  /** The action takes something away: the confirm button is red. */
  danger?: boolean;
  /** The role chosen in advance (e.g. the one the list of accounts is filtered on), when it is offered. */
  chosen?: string;
}

export interface RolePickerCloseDetail {
  /** The role chosen; undefined when the user cancelled. */
  roleId: string | undefined;
}

declare module '../internal/events.js' {
  interface HabilEventMap {
    'habil-role-picker-close': CustomEvent<RolePickerCloseDetail>;
  }
}

const messages = defineMessages({
  fr: {
    search: 'Rechercher',
    searchHint: "Nom du rôle ou de l'application",
    roles: 'Rôle',
    count: (shown: string, n: number) => (n <= 1 ? `${shown} rôle` : `${shown} rôles`),
    countFiltered: (shown: string, total: string, n: number) => (n <= 1 ? `${shown} rôle sur ${total}` : `${shown} rôles sur ${total}`),
    noMatch: (text: string) => `Aucun rôle ne correspond à « ${text} ».`,
    noRole: 'Aucun rôle à choisir.',
    chosen: 'Rôle choisi :',
    chooseRole: 'Choisissez un rôle.',
    choose: 'Choisir',
  },
  en: {
    search: 'Search',
    searchHint: 'Name of the role or of the application',
    roles: 'Role',
    count: (shown: string, n: number) => (n === 1 ? `${shown} role` : `${shown} roles`),
    countFiltered: (shown: string, total: string, n: number) => (n === 1 ? `${shown} role of ${total}` : `${shown} roles of ${total}`),
    noMatch: (text: string) => `No role matches “${text}”.`,
    noRole: 'No role to choose.',
    chosen: 'Chosen role:',
    chooseRole: 'Choose a role.',
    choose: 'Choose',
  },
});

const CONFIRM = 'confirm';

/**
 * Chooses one role — to assign ("Affecter rôle") or to remove ("Supprimer rôle") — in a modal
 * `<dialog>`: a search box filters the roles by their name or their application's, accents and
 * case ignored; the roles are radio buttons grouped by application (a group named after each, in the one `<fieldset>` of the choice), so
 * the arrow keys move between them, Enter confirms, Escape cancels. Arrow Down in the search box
 * goes to the roles; Enter there takes the only role left by the search. The role chosen stays
 * chosen (and named above the buttons) when a new search hides it. A role chosen in advance
 * (`chosen`) opens checked and focused, so that Enter confirms it and the arrows change it.
 *
 * Which roles make sense is the caller's to say (`roleIds`): those not held yet for an
 * assignment, those held and removable for a removal.
 *
 * ```ts
 * const roleId = await picker.choose({ heading: 'Affecter un rôle à Emma AHOVA', roleIds: notHeld, confirmLabel: 'Affecter' });
 * ```
 *
 * @tag habil-role-picker
 *
 * @fires habil-role-picker-close - The user chose a role or cancelled (not fired when the host closes it). `detail: { roleId }`.
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart heading - The heading.
 * @csspart search - The search field.
 * @csspart count - How many roles are shown.
 * @csspart list - The scrolling list of roles.
 * @csspart application - The group of one application's roles.
 * @csspart error - The error message.
 * @csspart cancel-button - The cancel button.
 * @csspart confirm-button - The confirm button.
 */
export class HabilRolePicker extends HabilBaseElement {
  static override styles = [HabilBaseElement.styles, dialogStyles, choiceStyles, roleGroupStyles, rolePickerStyles];

  /** The applications whose roles are offered, with their roles (`GET /applications`). */
  @property({ attribute: false })
  applications: Application[] = [];

  /** Offer only these roles; every role of `applications` when absent. */
  @property({ attribute: false })
  roleIds?: string[];

  @property()
  heading = '';

  /** A sentence under the heading. */
  @property()
  description = '';

  /** The confirm button's text (default: "Choisir"). */
  @property({ attribute: 'confirm-label' })
  confirmLabel?: string;

  /** The confirm button is red: the role will be taken away. */
  @property({ type: Boolean, reflect: true })
  danger = false;

  /** Opens or closes the dialog. Closing it this way resolves a pending `choose()` with undefined and fires no event. */
  @property({ type: Boolean, reflect: true })
  open = false;

  @state()
  private filter = '';

  @state()
  private chosen: string | undefined;

  @state()
  private triedToConfirm = false;

  /** The role chosen in advance by the caller of `choose()`. */
  private preselected: string | undefined;

  @query('dialog')
  private dialog!: HTMLDialogElement;

  private readonly t = new LocalizeController(this, messages);
  private readonly answers = new PendingAnswer<string | undefined>(this, undefined);
  private closingByHost = false;

  /**
   * Opens the dialog with these options and resolves, when it closes, with the id of the role
   * chosen, or undefined when the user cancelled.
   */
  choose(options: RoleChoiceOptions): Promise<string | undefined> {
    this.heading = options.heading;
    this.description = options.description ?? '';
    if (options.applications) this.applications = options.applications;
    this.roleIds = options.roleIds;
    this.confirmLabel = options.confirmLabel;
    this.danger = options.danger ?? false;
    this.preselected = options.chosen;
    const answer = this.answers.ask();
    if (this.open) this.reset();
    this.open = true;
    return answer;
  }

  private reset(): void {
    this.filter = '';
    const offered = this.offered.some((group) => group.roles.some((role) => role.id === this.preselected));
    this.chosen = offered ? this.preselected : undefined;
    this.triedToConfirm = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) this.reset();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this.dialog.open) {
      this.dialog.returnValue = '';
      this.dialog.showModal();
      const chosen = this.radios.find((radio) => radio.checked);
      const search = this.searchField;
      if (chosen) chosen.focus();
      // The search field renders its input after this update: focus it once it has one.
      else if (search) void search.updateComplete.then(() => search.focus());
    } else if (!this.open && this.dialog.open) {
      this.closingByHost = true;
      this.dialog.close();
    }
  }

  /** Also waits for the search field, so that focus is where it belongs when the promise resolves. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.searchField?.updateComplete;
    return complete;
  }

  private get searchField(): HabilField | null {
    return this.renderRoot.querySelector<HabilField>('habil-field');
  }

  /** The roles on offer, grouped by application, both in alphabetical order. */
  private get offered(): ApplicationRoles[] {
    return sortedRoles(this.applications, this.roleIds ? new Set(this.roleIds) : undefined);
  }

  private matching(offered: ApplicationRoles[]): ApplicationRoles[] {
    return matchingRoles(offered, this.filter);
  }

  private roleLabel(roleId: string): string | undefined {
    for (const application of this.applications) {
      const role = application.roles.find((r) => r.id === roleId);
      if (role) return role.label;
    }
    return undefined;
  }

  private get radios(): HTMLInputElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[name="role"]')];
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown') return;
    const radios = this.radios;
    const target = radios.find((radio) => radio.checked) ?? radios[0];
    if (!target) return;
    event.preventDefault();
    target.focus();
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const offered = this.offered;
    if (offered.length === 0) return;
    if (!this.chosen) {
      const shown = this.matching(offered).flatMap((group) => group.roles);
      // Typing until one role is left, then Enter, takes that role.
      if (shown.length === 1 && this.filter.trim()) this.chosen = shown[0]!.id;
    }
    if (!this.chosen) {
      this.triedToConfirm = true;
      void this.updateComplete.then(() => (this.radios[0] ?? this.searchField)?.focus());
      return;
    }
    this.dialog.close(CONFIRM);
  }

  private onClose(): void {
    const roleId = this.dialog.returnValue === CONFIRM ? this.chosen : undefined;
    const closedByUser = !this.closingByHost;
    this.closingByHost = false;
    this.open = false;
    this.answers.give(roleId);
    if (closedByUser) this.emit('habil-role-picker-close', { roleId });
  }

  protected override render() {
    return html`
      <dialog
        part="dialog"
        aria-labelledby="heading"
        aria-describedby=${this.description ? 'description' : nothing}
        @close=${this.onClose}
      >
        ${this.open ? this.renderContent() : nothing}
      </dialog>
    `;
  }

  private renderContent() {
    const offered = this.offered;
    const shown = this.matching(offered);
    const total = offered.reduce((n, group) => n + group.roles.length, 0);
    const count = shown.reduce((n, group) => n + group.roles.length, 0);
    const error = this.triedToConfirm && !this.chosen ? this.t.msg('chooseRole') : undefined;
    const chosenLabel = this.chosen ? this.roleLabel(this.chosen) : undefined;
    return html`
      <form novalidate @submit=${this.onSubmit} @keydown=${submitOnEnter}>
        <h2 id="heading" part="heading">${this.heading}</h2>
        ${this.description ? html`<p id="description">${this.description}</p>` : nothing}
        ${total > 0
          ? html`<habil-field
              part="search"
              type="search"
              label=${this.t.msg('search')}
              hint=${this.t.msg('searchHint')}
              autocomplete="off"
              .value=${this.filter}
              @input=${(event: Event) => (this.filter = (event.currentTarget as HabilField).value)}
              @keydown=${this.onSearchKeydown}
            ></habil-field>`
          : nothing}
        <p class="count" part="count" role="status">
          ${total === 0
            ? this.t.msg('noRole')
            : count === total
              ? this.t.msg('count', this.locale.formatNumber(total), total)
              : this.t.msg('countFiltered', this.locale.formatNumber(count), this.locale.formatNumber(total), count)}
        </p>
        ${total > 0 ? this.renderRoles(shown, error) : nothing}
        <p class="chosen" part="chosen">
          ${chosenLabel ? html`${this.t.msg('chosen')} <strong>${chosenLabel}</strong>` : nothing}
        </p>
        <div class="actions">
          <button type="button" class="button cancel" part="cancel-button" @click=${() => this.dialog.close()}>
            ${this.locale.msg('cancel')}
          </button>
          <button
            type="submit"
            class="button confirm ${this.danger ? 'button--danger' : 'button--primary'}"
            part="confirm-button"
            aria-disabled=${total === 0 ? 'true' : 'false'}
          >
            ${this.confirmLabel || this.t.msg('choose')}
          </button>
        </div>
      </form>
    `;
  }

  private renderRoles(shown: ApplicationRoles[], error: string | undefined) {
    return renderRequiredRadioGroup({
      className: 'roles',
      legend: this.t.msg('roles'),
      legendClass: 'visually-hidden',
      requiredWord: this.locale.msg('requiredMark'),
      error,
      errorId: 'role-error',
      choices: html`<div class="role-box list" part="list">
        ${renderRoleGroups(
          shown,
          { type: 'radio', name: 'role', checked: (id) => this.chosen === id, change: (id) => (this.chosen = id) },
          this.t.msg('noMatch', this.filter.trim()),
        )}
      </div>`,
    });
  }
}
