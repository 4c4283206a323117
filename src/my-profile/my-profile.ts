import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MyProfile, MyProfilePatch } from '../domain/index.js';
import { focusFirstError, focusField } from '../internal/form-state.js';
import { errorSummaryStyles } from '../internal/form-parts.js';
import { HabilElement } from '../internal/habil-element.js';
import { loadingStyles, renderLoading } from '../internal/loading-styles.js';
import { formIntroStyles, requiredMarkStyles } from '../ui/styles/form.styles.js';
import { headingStyles } from '../ui/styles/heading.styles.js';
import { statusStyles } from '../ui/styles/status.styles.js';
import { LocalizeController } from '../internal/localize.js';
import { myProfileMessages } from './messages.js';
import { myProfileStyles } from './my-profile.styles.js';
import { ProfileDataController } from './profile-data.js';
import { FORM_FIELDS, ProfileForm } from './profile-form.js';
import { ProfileSaveController } from './profile-save.js';
import { renderProfileForm } from './render-form.js';
import { renderReadOnlyProfile } from './render-read-only.js';

/** What `habil-profile-updated` says: the details as saved, and the fields the user changed (as sent). */
export interface ProfileUpdatedDetail {
  profile: MyProfile;
  changes: MyProfilePatch;
}

declare module '../internal/events.js' {
  interface HabilEventMap {
    'habil-profile-updated': CustomEvent<ProfileUpdatedDetail>;
  }
}

/** The « mon profil » page of the Référentiel des ADD, as the user's guide gives it (§3). */
export const ADD_PROFILE_URL = 'http://ucanss.fr/portail/auth/portal/default/Pcarriere';

/**
 * « Mes coordonnées » (UCANSS user's guide §3, FAQ « Gérer mon profil personnel »): the person
 * signed in updates his own details — civilité, prénom, nom, nom de naissance, e-mail de contact,
 * téléphone and organisme secondaire (« si vous occupez des fonctions dans un second organisme »,
 * chosen from the organismes of the portal). His professional e-mail, which is his login, and his
 * organisme are shown, not changed: a local administrator attaches him to a new organisme (R9).
 *
 * The form checks what the servers check before sending (`validateProfile`: nom and prénom kept,
 * the lengths of R17, a well-formed e-mail de contact, a French phone), says what is wrong under
 * each field and in a list above the form whose links lead to the fields, and sends only the
 * fields changed, with the version read (R15). The server's refusals show on their fields;
 * nothing typed is lost. When someone else (his local administrator) changed his account
 * meanwhile, the details are read again, what he typed is kept over them, and the widget says
 * what changed; « Enregistrer » then sends against the new version. « Annuler » brings back the
 * details as they are kept.
 *
 * An Agent de Direction sees his details read only, with the guide's reason: the Référentiel des
 * ADD keeps them (R2); a link to its « mon profil » page, and labdd@ucanss.fr for his questions
 * (a mail ready with his name). A CAF partner user sees his read only too: his partner
 * administrator keeps them.
 *
 * @tag habil-my-profile
 *
 * @fires habil-profile-updated - The user saved his details: `detail` is `{ profile, changes }` (the MyProfile saved, and the fields sent).
 *
 * @csspart heading - The title « Mes coordonnées ».
 * @csspart intro - The explanation under the title.
 * @csspart form - The form.
 * @csspart summary - The list of fields to correct, above the form.
 * @csspart section - Each group of fields (identité, me joindre, organismes).
 * @csspart field - Each `habil-field` (with `read-only-field` on the e-mail and the organisme).
 * @csspart error - The error of the civilité.
 * @csspart notice - Why the last save did not go through, or that the details changed meanwhile (a `habil-alert`).
 * @csspart saved - The confirmation of the last save (a `habil-alert`).
 * @csspart actions - The row of buttons.
 * @csspart cancel-button - « Annuler ».
 * @csspart submit-button - « Enregistrer les modifications ».
 * @csspart read-only-reason - Why the details are not changed here, and where to go (ADD, CAF).
 * @csspart link - The links of the read-only reason (« mon profil », labdd@ucanss.fr).
 * @csspart details - The details shown read only.
 * @csspart loading - What shows while the details load.
 *
 * @cssprop [--habil-color-danger] - Field errors.
 * @cssprop [--habil-color-success] - The confirmation of a save.
 */
export class HabilMyProfile extends HabilElement {
  static override styles = [HabilElement.styles, loadingStyles, errorSummaryStyles, statusStyles, headingStyles, formIntroStyles, requiredMarkStyles, myProfileStyles];

  /** Where an Agent de Direction updates his details: the « mon profil » page of the Référentiel des ADD (the guide's address by default); no link when empty. */
  @property({ attribute: 'add-profile-url' })
  addProfileUrl = ADD_PROFILE_URL;

  /** What the status line says: nothing to save, or the changes cancelled. */
  @state()
  private status: 'nothingChanged' | 'cancelled' | undefined;

  private readonly t = new LocalizeController(this, myProfileMessages);
  private readonly data = new ProfileDataController(this, () => this.api);
  private readonly form = new ProfileForm(this, () => this.data.profile);
  private readonly saving = new ProfileSaveController(this, {
    api: () => this.api,
    t: this.t,
    data: this.data,
    form: this.form,
    focusFirstError: () => void this.updateComplete.then(() => this.focusFirstError()),
    saved: (profile, changes) => this.emit('habil-profile-updated', { profile, changes }),
  });

  /** The details the form follows: a newer version keeps what was typed. */
  private followed: MyProfile | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const profile = this.data.profile;
    if (profile && profile !== this.followed) {
      this.followed = profile;
      this.form.follow(profile);
    }
  }

  private focusFirstError(): void {
    if (!focusFirstError(this.renderRoot, this.form.errors(this.t.lang), FORM_FIELDS)) this.renderRoot.querySelector<HTMLElement>('[part="summary"]')?.focus();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.status = undefined;
    await this.saving.save();
    if (this.form.state.nothingChanged) this.status = 'nothingChanged';
  }

  private cancel(): void {
    const hadChanges = this.form.state.touchedAny;
    this.saving.clear();
    this.form.reset();
    this.status = hadChanges ? 'cancelled' : undefined;
  }

  protected override render() {
    return html`<section class="page" aria-labelledby="heading">
      <h2 id="heading" class="heading" part="heading">${this.t.msg('heading')}</h2>
      ${this.renderBody()}
    </section>`;
  }

  private renderBody() {
    const error = this.data.error;
    if (error !== undefined) {
      return html`<habil-alert class="filled" heading=${this.t.msg('loadFailed')} .error=${error} retryable @habil-retry=${() => this.data.reload()}></habil-alert>`;
    }
    const profile = this.data.profile;
    if (!profile) {
      return renderLoading(this.t.msg('loading'));
    }
    if (profile.readOnlyReason) return renderReadOnlyProfile(this.t, profile, this.addProfileUrl);
    return renderProfileForm({
      t: this.t,
      requiredMark: this.locale.msg('requiredMark'),
      cancelLabel: this.locale.msg('cancel'),
      profile,
      secondaryChoices: this.data.secondaryChoices,
      values: this.form.values,
      errors: this.form.errors(this.t.lang),
      status: this.status ? this.t.msg(this.status) : '',
      notice: this.saving.notice,
      saved: this.saving.done,
      saving: this.saving.saving,
      set: (field, value) => {
        // A new change: what was said of the last one no longer holds.
        this.status = undefined;
        this.saving.done = undefined;
        this.form.state.set(field, value);
      },
      submit: (event) => void this.submit(event),
      cancel: () => this.cancel(),
      goTo: (field) => focusField(this.renderRoot, field),
    });
  }
}
