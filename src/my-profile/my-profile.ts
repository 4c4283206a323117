import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { MyProfile, MyProfilePatch } from '../domain/index.js';
import { errorSummaryStyles } from '../ui/styles/error-summary.styles.js';
import { HabilElement } from '../internal/habil-element.js';
import { LazyPart } from '../internal/lazy-part.js';
import { renderPart } from '../internal/lazy-part-view.js';
import { loadingStyles, renderLoading } from '../internal/loading-styles.js';
import { formIntroStyles, requiredMarkStyles } from '../ui/styles/form.styles.js';
import { headingStyles } from '../ui/styles/heading.styles.js';
import { statusStyles } from '../ui/styles/status.styles.js';
import { LocalizeController, partWords } from '../internal/localize.js';
import { myProfileMessages } from './messages.js';
import { myProfileStyles } from './my-profile.styles.js';
import { ProfileDataController } from './profile-data.js';
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

  private readonly t = new LocalizeController(this, myProfileMessages);
  private readonly data = new ProfileDataController(this, () => this.api);

  /** The form, what it checks and its save (profile-form-part.ts), with its words: asked for as soon as the widget is connected, it comes with the details. */
  private readonly formPart = new LazyPart(this, async () => {
    const [{ ProfileFormPart }, { profileFormMessages }] = await Promise.all([import('./profile-form-part.js'), import('./profile-form.messages.js')]);
    return new ProfileFormPart(this, {
      api: () => this.api,
      t: await partWords(this, profileFormMessages),
      data: this.data,
      saved: (profile, changes) => this.emit('habil-profile-updated', { profile, changes }),
    });
  });

  override connectedCallback(): void {
    super.connectedCallback();
    void this.formPart.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.formPart.module?.follow(this.data.profile);
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
    return renderPart(
      this.formPart,
      (form) => form.render({ profile, requiredMark: this.locale.msg('requiredMark'), cancelLabel: this.locale.msg('cancel') }),
      () => renderLoading(this.t.msg('loading')),
    );
  }
}
