import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { NetworkError, ProblemError, TimeoutError } from '../client/errors.js';
import type { Convention, ConventionService, Group } from '../domain/index.js';
import { AFAS_APPLICATION_ID } from '../domain/index.js';
import { defineElement } from '../internal/define.js';
import { HabilElement } from '../internal/habil-element.js';
import { LocalizeController } from '../internal/localize.js';
import { describeError } from '../internal/problem-text.js';
import { WriteController } from '../internal/writes.js';
import type { HabilConfirmDialog } from '../ui/confirm-dialog/confirm-dialog.js';
import { Announcer } from './announcer.js';
import { defineConfirmDialog } from './confirm.js';
import { reportMark } from './form-support.js';
import { groupRolesMessages } from './group-roles.messages.js';
import { renderNotice } from './notice.js';
import { partStyles } from './parts.styles.js';
import { conflictNotice, rereadGroup } from './stale-write.js';

export interface GroupRoleChangeDetail {
  /** The group as the server returned it after the change. */
  group: Group;
  roleId: string;
  roleLabel: string;
}

declare module '../internal/events.js' {
  interface HabilEventMap {
    'habil-group-role-assigned': CustomEvent<GroupRoleChangeDetail>;
    'habil-group-role-removed': CustomEvent<GroupRoleChangeDetail>;
  }
}

type Outcome = { ok: true } | { ok: false; error: unknown };

interface RoleChange {
  roleId: string;
  label: string;
  kind: 'assign' | 'remove';
  outcome?: Outcome;
}

/** The changes being sent, one by one, and what became of each. */
interface Saving {
  groupCode: string;
  changes: RoleChange[];
  running: boolean;
  /** R15: someone else changed the group; it was reloaded and the rest was not sent. */
  stale: boolean;
}

/**
 * "Habilitations d'un groupe utilisateurs" (CAF guide, fiches 9, 12 and 13): the roles the
 * group gives its members, by service, among those the convention grants — no other role is
 * even offered (R11).
 *
 * Instead of the guide's two lists with "Assigner rôle" and "Retirer rôle", each service is a
 * group of checkboxes, one per role of the convention, checked when the group holds it;
 * "Enregistrer les modifications" sends the changes one by one, each with the version of the
 * group read before (R15), and reports role by role what was assigned, removed, or refused
 * and why. When someone else changed the group meanwhile, the group is read again, the rest
 * is not sent, and the user's choices stay on screen to be checked and saved again.
 *
 * Without `assign-role` and `remove-role` in the group's `actions` (a responsable
 * habilitations, a closed group), the panel lists the roles held, read-only, and says why.
 *
 * @tag habil-group-roles
 *
 * @fires habil-group-role-assigned - The server assigned a role to the group: `detail: { group, roleId, roleLabel }`.
 * @fires habil-group-role-removed - The server removed a role from the group: `detail: { group, roleId, roleLabel }`.
 *
 * @csspart service - The checkboxes (or the list) of one service.
 * @csspart report - The result of the last save, role by role.
 */
export class HabilGroupRoles extends HabilElement {
  static override styles = [HabilElement.styles, partStyles];

  @property({ attribute: false })
  group?: Group;

  /** The convention of the group: its services and the roles it grants. */
  @property({ attribute: false })
  convention?: Convention;

  /**
   * What the user ticked or unticked, by role: his changes, not a whole list, so that a role
   * someone else assigned meanwhile shows as it is (R15) and is not undone by the next save.
   */
  @state()
  private wanted = new Map<string, boolean>();

  @state()
  private saving?: Saving;

  @state()
  private nothingToSave = false;

  @query('habil-confirm-dialog')
  private confirmDialog!: HabilConfirmDialog;

  private readonly t = new LocalizeController(this, groupRolesMessages);

  private readonly writes = new WriteController(this, { lang: () => this.t.lang });

  private readonly announcer = new Announcer(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    const previous = changed.get('group') as Group | undefined;
    if (changed.has('group') && previous?.id !== this.group?.id) {
      this.wanted = new Map();
      this.saving = undefined;
    }
  }

  private get editable(): boolean {
    const actions = this.group?.actions ?? [];
    return actions.includes('assign-role') || actions.includes('remove-role');
  }

  private get services(): ConventionService[] {
    return this.convention?.services ?? [];
  }

  private isChecked(roleId: string, held: readonly string[]): boolean {
    return this.wanted.get(roleId) ?? held.includes(roleId);
  }

  /** What differs between the boxes and the group, in the order of the screen. */
  private changesAgainst(held: readonly string[]): RoleChange[] {
    return this.services.flatMap((service) =>
      service.roles.flatMap((role): RoleChange[] => {
        const holds = held.includes(role.id);
        const checked = this.isChecked(role.id, held);
        if (checked && !holds) return [{ roleId: role.id, label: role.label, kind: 'assign' }];
        if (!checked && holds) return [{ roleId: role.id, label: role.label, kind: 'remove' }];
        return [];
      }),
    );
  }

  private toggle(roleId: string, checked: boolean): void {
    this.wanted = new Map(this.wanted).set(roleId, checked);
    this.nothingToSave = false;
  }

  /** Forgets the wishes the group now fulfils. */
  private settleWishes(held: readonly string[]): void {
    this.wanted = new Map([...this.wanted].filter(([roleId, checked]) => checked !== held.includes(roleId)));
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const group = this.group;
    if (!group || this.saving?.running) return;
    const changes = this.changesAgainst(group.roleIds);
    if (changes.length === 0) {
      this.nothingToSave = true;
      return;
    }
    const removals = changes.filter((c) => c.kind === 'remove');
    if (removals.length > 0) {
      const confirmed = await this.confirmDialog.ask({
        heading: this.t.msg('removeRolesHeading', removals.length, group.code),
        message: this.t.msg('removeRolesMessage', removals.map((c) => c.label).join(', '), group.memberCount),
        confirmLabel: this.t.msg('saveChanges'),
        danger: true,
      });
      if (!confirmed) return;
    }
    const saving: Saving = { groupCode: group.code, changes, running: true, stale: false };
    this.saving = saving;
    let current = group;
    for (const change of changes) {
      const version = current.version;
      const sent = await this.writes.run(
        ({ signal }) =>
          change.kind === 'assign'
            ? this.api.call('assignGroupRole', { params: { id: group.id }, body: { roleId: change.roleId }, ifMatch: version }, { signal })
            : this.api.call('removeGroupRole', { params: { id: group.id, roleId: change.roleId }, ifMatch: version }, { signal }),
        { reload: rereadGroup(this.api, group.id) },
      );
      if (sent.ok) {
        current = sent.value;
        change.outcome = { ok: true };
        const detail = { group: current, roleId: change.roleId, roleLabel: change.label };
        this.emit(change.kind === 'assign' ? 'habil-group-role-assigned' : 'habil-group-role-removed', detail);
        this.emit('habil-group-changed', { group: current });
      } else {
        // The host left the page: nothing to report.
        if (sent.aborted) return;
        change.outcome = { ok: false, error: sent.error };
        if (sent.stale) {
          // R15: the boxes compare against the group as it is now; the user's choices stay.
          saving.stale = true;
          if (sent.reloaded) current = sent.reloaded;
          this.emit('habil-group-changed', sent.reloaded ? { group: sent.reloaded } : {});
          break;
        }
        // Without an answer, the next changes would meet the same fate: the user retries them all.
        if (sent.error instanceof NetworkError || sent.error instanceof TimeoutError) break;
      }
      this.requestUpdate();
    }
    saving.running = false;
    this.settleWishes(current.roleIds);
    this.requestUpdate();
    this.announcer.say(this.summary(saving));
  }

  private summary(saving: Saving): string {
    const done = saving.changes.filter((c) => c.outcome?.ok).length;
    const refused = saving.changes.filter((c) => c.outcome && !c.outcome.ok).length;
    const notSent = saving.changes.length - done - refused;
    const parts = [this.t.msg('rolesSaved', done)];
    if (refused) parts.push(this.t.msg('rolesRefused', refused));
    if (notSent) parts.push(this.t.msg('rolesNotSent', notSent));
    return `${parts.join(', ')}.${saving.stale ? ` ${this.t.msg('rolesStale')}` : ''}`;
  }

  // ---- rendering ------------------------------------------------------------------------------

  protected override render() {
    const group = this.group;
    if (!group) return nothing;
    return html`
      ${this.announcer.render()}
      <h3 class="roles-heading">${this.t.msg('rolesHeading', group.code)}</h3>
      ${this.editable ? this.renderEditor(group) : this.renderReadOnly(group)} ${this.renderReport()}
      <habil-confirm-dialog></habil-confirm-dialog>
    `;
  }

  private renderAfasNote() {
    return this.services.some((s) => s.applicationId === AFAS_APPLICATION_ID) ? html`<p class="note">${this.t.msg('afasRolesNote')}</p>` : nothing;
  }

  private renderEditor(group: Group) {
    const pending = this.changesAgainst(group.roleIds);
    const assigning = pending.filter((c) => c.kind === 'assign').length;
    const removing = pending.length - assigning;
    const busy = Boolean(this.saving?.running);
    return html`
      <p class="hint">${this.t.msg('rolesHint')}</p>
      ${this.renderAfasNote()}
      <form novalidate @submit=${this.save}>
        <div class="services">
          ${this.services.map(
            (service) => html`
              <fieldset part="service" class="service">
                <legend>${service.name}</legend>
                <div class="choices">
                  ${service.roles.map((role) => {
                    const checked = this.isChecked(role.id, group.roleIds);
                    const held = group.roleIds.includes(role.id);
                    const tag = checked && !held ? this.t.msg('toAssign') : !checked && held ? this.t.msg('toRemove') : '';
                    return html`<label class="choice">
                      <input
                        type="checkbox"
                        name="roleIds-${service.applicationId}"
                        value=${role.id}
                        .checked=${checked}
                        ?disabled=${busy}
                        @change=${(event: Event) => this.toggle(role.id, (event.currentTarget as HTMLInputElement).checked)}
                      />
                      <span>${role.label}${tag ? html` <strong class="tag">(${tag})</strong>` : nothing}</span>
                    </label>`;
                  })}
                </div>
              </fieldset>
            `,
          )}
        </div>
        <p class="status" role="status">
          ${this.nothingToSave ? this.t.msg('rolesNothingToSave') : pending.length > 0 ? this.t.msg('rolesPending', assigning, removing) : nothing}
        </p>
        <div class="actions">
          <button
            type="button"
            class="button"
            aria-disabled=${pending.length === 0 || busy ? 'true' : 'false'}
            @click=${() => {
              if (!busy) this.wanted = new Map();
            }}
          >
            ${this.t.msg('rolesUndo')}
          </button>
          <button type="submit" class="button button--primary" aria-disabled=${busy ? 'true' : 'false'}>
            ${busy ? this.t.msg('saving') : this.t.msg('saveChanges')}
          </button>
        </div>
      </form>
    `;
  }

  private renderReadOnly(group: Group) {
    const held = this.services.map((service) => ({ service, roles: service.roles.filter((r) => group.roleIds.includes(r.id)) })).filter((s) => s.roles.length > 0);
    return html`
      <p class="note">${this.t.msg(group.status === 'cloture' ? 'rolesClosedNote' : 'rolesReadOnlyNote')}</p>
      ${held.length === 0
        ? html`<p>${this.t.msg('noRoles')}</p>`
        : html`<div class="services">
            ${held.map(
              ({ service, roles }) => html`<section part="service" class="service" aria-labelledby="service-${service.applicationId}">
                <h4 id="service-${service.applicationId}">${service.name}</h4>
                <ul>
                  ${roles.map((role) => html`<li>${role.label}</li>`)}
                </ul>
              </section>`,
            )}
          </div>`}
    `;
  }

  private renderReport() {
    const saving = this.saving;
    if (!saving) return nothing;
    const done = saving.changes.filter((c) => c.outcome).length;
    return html`<section part="report" class="report" aria-labelledby="roles-report-heading">
      <h4 id="roles-report-heading">${this.t.msg('rolesReportHeading', saving.groupCode)}</h4>
      <label class="progress-label" for="roles-progress">${this.t.msg('rolesProgress', done, saving.changes.length)}</label>
      <progress id="roles-progress" max=${saving.changes.length} .value=${done}></progress>
      ${saving.stale ? renderNotice(conflictNotice(this.t, this.t.msg('rolesStale'))) : nothing}
      <ul class="report-rows">
        ${saving.changes.map((change) => this.renderReportRow(change, saving.running))}
      </ul>
      ${saving.running ? nothing : html`<button type="button" class="button" @click=${() => (this.saving = undefined)}>${this.t.msg('closeReport')}</button>`}
    </section>`;
  }

  private renderReportRow(change: RoleChange, running: boolean) {
    const outcome = change.outcome;
    if (!outcome) {
      return running
        ? nothing
        : html`<li class="report-row not-sent">${reportMark('–')} ${change.label}${this.t.msg('colon')}<strong>${this.t.msg('roleNotSent')}</strong></li>`;
    }
    if (outcome.ok) {
      return html`<li class="report-row ok">
        ${reportMark('✓')} ${change.label}${this.t.msg('colon')}<strong>${this.t.msg(change.kind === 'assign' ? 'roleAssigned' : 'roleRemoved')}</strong>
      </li>`;
    }
    const words = describeError(outcome.error, this.t.lang);
    return html`<li class="report-row failed">
      ${reportMark('✗')} ${change.label}${this.t.msg('colon')}<strong>${this.t.msg(change.kind === 'assign' ? 'roleNotAssigned' : 'roleNotRemoved')}</strong>
      <span class="why">${outcome.error instanceof ProblemError && outcome.error.code === 'forbidden' ? this.t.msg('rolesForbidden') : words.message}</span>
    </li>`;
  }
}

/** Registers the rights' tab, with the confirmation it asks with (a group's page does it as it loads, group-page-screen.ts). */
export function defineGroupRoles(): void {
  defineElement('habil-group-roles', HabilGroupRoles);
  defineConfirmDialog();
}
