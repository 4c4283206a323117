import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import type { AccountSummary, Civilite, Group } from '../domain/index.js';
import { submitOnEnter } from '../internal/forms.js';
import { HabilBaseElement } from '../internal/habil-base-element.js';
import { defineMessages, LocalizeController } from '../internal/localize.js';
import { DialogQuestion } from '../internal/pending-answer.js';
import type { HabilField } from '../ui/field/field.js';
import { choiceStyles, dialogStyles, noticeStyles } from '../account-parts/part-styles.js';

/** What `ask()` needs: the responsable, his open groups, and the users of the convention who may replace him. */
export interface ResponsableRequest {
  account: Pick<AccountSummary, 'id' | 'nom' | 'prenom' | 'civilite'>;
  groups: readonly Group[];
  /** The open users of the convention (he is left out). */
  users: readonly Pick<AccountSummary, 'id' | 'nom' | 'prenom' | 'identifier'>[];
  /** The number of open users the server has, when it is more than `users` holds. */
  usersTotal?: number;
}

/** A group, and who becomes its responsable habilitations. */
export interface Replacement {
  group: Group;
  responsableId: string;
  /** "Julie BLANC". */
  responsableName: string;
}

type Civ = Civilite | null | undefined;

const messages = defineMessages({
  fr: {
    heading: (name: string) => `Désactiver le responsable habilitations ${name} ?`,
    explain: (name: string, count: number, civilite: Civ) =>
      `${name} est responsable habilitations ${count === 1 ? "d'un groupe" : `de ${count} groupes`}. Chaque groupe a un seul responsable habilitations, un utilisateur ouvert de la convention : désignez d'abord ${
        civilite === 'Mme' ? 'celui ou celle qui la remplace' : civilite === 'M.' ? 'celui ou celle qui le remplace' : 'qui le ou la remplace'
      } dans ${count === 1 ? 'ce groupe' : 'chacun de ces groupes'}. Vous choisirez ensuite la date de clôture de son compte ; rien n'est enregistré avant.`,
    legend: 'Nouveaux responsables habilitations',
    chooseUser: '— Sélectionner un utilisateur —',
    chooseError: (code: string) => `Choisissez le nouveau responsable habilitations du groupe ${code}.`,
    noOther:
      "Aucun autre utilisateur ouvert de la convention ne peut le remplacer : créez d'abord l'utilisateur qui deviendra responsable habilitations (« Créer un utilisateur »).",
    usersCut: (read: string, total: string) => `Seuls les ${read} premiers utilisateurs de la convention sont proposés (le serveur en compte ${total}).`,
    sameForAll: 'Le même pour tous ses groupes',
    sameForAllHint: 'Facultatif : choisit ce responsable pour chacun des groupes ci-dessous, que vous pouvez ensuite changer un par un.',
    next: 'Continuer',
  },
  en: {
    heading: (name: string) => `Deactivate the responsable habilitations ${name}?`,
    explain: (name: string, count: number, civilite: Civ) =>
      `${name} is the responsable habilitations of ${count === 1 ? 'one group' : `${count} groups`}. Each group has exactly one responsable habilitations, an open user of the convention: first name who replaces ${
        civilite === 'Mme' ? 'her' : civilite === 'M.' ? 'him' : 'them'
      } in ${count === 1 ? 'this group' : 'each of these groups'}. You will then choose the closing date of the account; nothing is saved before.`,
    legend: 'New responsables habilitations',
    chooseUser: '— Select a user —',
    chooseError: (code: string) => `Choose the new responsable habilitations of group ${code}.`,
    noOther: 'No other open user of the convention can replace this person: first create the user who will become responsable habilitations (“Create a user”).',
    usersCut: (read: string, total: string) => `Only the first ${read} users of the convention are offered (the server counts ${total}).`,
    sameForAll: 'The same for all the groups',
    sameForAllHint: 'Optional: chooses this responsable for each group below, which you can then change one by one.',
    next: 'Continue',
  },
});

/**
 * « Désactiver un responsable habilitations » (CAF guide, the responsables' fiches and the
 * « Synthèse »: the partner administrator's), first step: every group has exactly one
 * responsable habilitations, an open user of the convention (R11), so before the account of a
 * responsable is closed, each of his open groups is given another one, chosen here among the
 * open users of the convention. Nothing is sent: `ask()` resolves with the choices, and the host
 * asks the closing date next (`<habil-deactivation-dialog>`), then sends.
 *
 * Focus starts on « Annuler »: the step leads to a final decision. A choice left empty is said on
 * its field, which takes focus. Escape cancels; focus goes back where it was.
 *
 * @tag habil-responsable-dialog
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart heading - The question.
 * @csspart replacement - The field of a group's new responsable.
 * @csspart cancel-button - The cancel button.
 * @csspart confirm-button - « Continuer ».
 */
export class HabilResponsableDialog extends HabilBaseElement {
  static override styles = [HabilBaseElement.styles, dialogStyles, choiceStyles, noticeStyles];

  @state()
  private request: ResponsableRequest | undefined;

  /** The new responsable of each group, by group id. */
  @state()
  private chosen = new Map<string, string>();

  @state()
  private tried = false;

  @query('dialog')
  private dialog!: HTMLDialogElement;

  private readonly t = new LocalizeController(this, messages);
  private readonly question = new DialogQuestion<Replacement[] | undefined>(this, {
    none: () => undefined,
    dialog: () => this.dialog,
    focus: () => this.renderRoot.querySelector<HTMLElement>('.cancel')?.focus(),
  });
  private answer: Replacement[] | undefined;

  /** Whether the dialog is showing. */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Opens the dialog; resolves with the new responsable of each group, or `undefined` when the user cancelled. */
  ask(request: ResponsableRequest): Promise<Replacement[] | undefined> {
    this.request = request;
    this.chosen = new Map();
    this.tried = false;
    this.answer = undefined;
    return this.question.ask();
  }


  private get name(): string {
    return this.request ? `${this.request.account.prenom} ${this.request.account.nom}` : '';
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const request = this.request;
    if (!request) return;
    this.tried = true;
    const missing = request.groups.find((group) => !this.chosen.get(group.id));
    if (missing) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`habil-field[name="${missing.id}"]`)?.focus());
      return;
    }
    this.answer = request.groups.map((group) => {
      const responsableId = this.chosen.get(group.id)!;
      const user = request.users.find((u) => u.id === responsableId)!;
      return { group, responsableId, responsableName: `${user.prenom} ${user.nom}` };
    });
    this.dialog.close('confirm');
  }

  private onClose(): void {
    this.question.give(this.dialog.returnValue === 'confirm' ? this.answer : undefined);
    this.dialog.returnValue = '';
  }

  private choose(groupId: string, accountId: string): void {
    this.chosen = new Map(this.chosen).set(groupId, accountId);
  }

  private chooseForAll(accountId: string): void {
    if (!accountId) return;
    this.chosen = new Map(this.request?.groups.map((group) => [group.id, accountId]));
  }

  protected override render() {
    return html`
      <dialog part="dialog" aria-labelledby="heading" aria-describedby="consequence" @close=${this.onClose}>
        ${this.request ? this.renderForm(this.request) : nothing}
      </dialog>
    `;
  }

  private renderForm(request: ResponsableRequest) {
    const users = request.users.filter((user) => user.id !== request.account.id);
    const options = users.map((user) => ({ value: user.id, label: `${user.nom} ${user.prenom} (${user.identifier})` }));
    const total = request.usersTotal;
    return html`
      <form novalidate @submit=${this.onSubmit} @keydown=${submitOnEnter}>
        <h2 id="heading" part="heading">${this.t.msg('heading', this.name)}</h2>
        <p id="consequence">${this.t.msg('explain', this.name, request.groups.length, request.account.civilite)}</p>
        ${users.length === 0
          ? html`<div class="notice warning" role="alert"><p>${this.t.msg('noOther')}</p></div>`
          : html`<fieldset>
              <legend>${this.t.msg('legend')}</legend>
              ${request.groups.length > 1
                ? html`<habil-field
                    name="same-for-all"
                    type="select"
                    label=${this.t.msg('sameForAll')}
                    hint=${this.t.msg('sameForAllHint')}
                    empty-option-label=${this.t.msg('chooseUser')}
                    .options=${options}
                    @change=${(event: Event) => this.chooseForAll((event.currentTarget as HabilField).value)}
                  ></habil-field>`
                : nothing}
              ${request.groups.map(
                (group) => html`<habil-field
                  part="replacement"
                  name=${group.id}
                  type="select"
                  required
                  label=${`${group.code} – ${group.label}`}
                  empty-option-label=${this.t.msg('chooseUser')}
                  .options=${options}
                  .value=${this.chosen.get(group.id) ?? ''}
                  error=${this.tried && !this.chosen.get(group.id) ? this.t.msg('chooseError', group.code) : ''}
                  @change=${(event: Event) => this.choose(group.id, (event.currentTarget as HabilField).value)}
                ></habil-field>`,
              )}
              ${total !== undefined && total > request.users.length
                ? html`<p class="hint">${this.t.msg('usersCut', this.locale.formatNumber(request.users.length), this.locale.formatNumber(total))}</p>`
                : nothing}
            </fieldset>`}
        <div class="actions">
          <button type="button" class="button cancel" part="cancel-button" @click=${() => this.dialog.close()}>${this.locale.msg('cancel')}</button>
          ${users.length === 0
            ? nothing
            : html`<button type="submit" class="button button--primary" part="confirm-button">${this.t.msg('next')}</button>`}
        </div>
      </form>
    `;
  }
}
