/**
 * The form of « Mes coordonnées » as `<habil-my-profile>` loads it (a `LazyPart`, with the
 * `<habil-field>` it is drawn with): what was typed and what is wrong with it (profile-form.ts),
 * « Enregistrer » and « Annuler » (profile-save.ts), and the form on screen (render-form.ts). The
 * widget asks for it as soon as it is connected, so that it comes with the details it shows.
 */
import type { ReactiveControllerHost } from 'lit';
import type { HabilClient } from '../client/types.js';
import type { MyProfile, MyProfilePatch } from '../domain/schemas.js';
import { focusField, focusFirstError } from '../internal/form-state.js';
import '../ui/field/define.js';
import type { ProfileFormWords } from './profile-form.messages.js';
import type { ProfileDataController } from './profile-data.js';
import { FORM_FIELDS, ProfileForm } from './profile-form.js';
import { ProfileSaveController } from './profile-save.js';
import { renderProfileForm } from './render-form.js';

export interface ProfileFormHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface ProfileFormPartOptions {
  api: () => HabilClient;
  /** The form's words, with the widget's (profile-form.messages.ts). */
  t: ProfileFormWords;
  data: ProfileDataController;
  /** The details were saved: the widget tells the page. */
  saved: (profile: MyProfile, changes: MyProfilePatch) => void;
}

/** What the widget gives the form each time it draws it. */
export interface ProfileFormFrame {
  profile: MyProfile;
  /** The kit's words (« (obligatoire) », « Annuler »). */
  requiredMark: string;
  cancelLabel: string;
}

export class ProfileFormPart {
  private readonly form: ProfileForm;
  private readonly saving: ProfileSaveController;
  /** What the status line says: nothing to save, or the changes cancelled. */
  private status: 'nothingChanged' | 'cancelled' | undefined;
  /** The details the form follows: a newer version keeps what was typed. */
  private followed: MyProfile | undefined;

  constructor(
    private readonly host: ProfileFormHost,
    private readonly options: ProfileFormPartOptions,
  ) {
    this.form = new ProfileForm(host, () => options.data.profile);
    this.saving = new ProfileSaveController(host, {
      api: options.api,
      t: options.t,
      data: options.data,
      form: this.form,
      focusFirstError: () => void host.updateComplete.then(() => this.focusFirstError()),
      saved: options.saved,
    });
  }

  /** The details read (or read again, or saved): the form follows them before it is drawn. */
  follow(profile: MyProfile | undefined): void {
    if (profile && profile !== this.followed) {
      this.followed = profile;
      this.form.follow(profile);
    }
  }

  private setStatus(status: 'nothingChanged' | 'cancelled' | undefined): void {
    this.status = status;
    this.host.requestUpdate();
  }

  private focusFirstError(): void {
    const root = this.host.renderRoot;
    if (!focusFirstError(root, this.form.errors(this.options.t.lang), FORM_FIELDS)) root.querySelector<HTMLElement>('[part="summary"]')?.focus();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.setStatus(undefined);
    await this.saving.save();
    if (this.form.state.nothingChanged) this.setStatus('nothingChanged');
  }

  private cancel(): void {
    const hadChanges = this.form.state.touchedAny;
    this.saving.clear();
    this.form.reset();
    this.setStatus(hadChanges ? 'cancelled' : undefined);
  }

  render({ profile, requiredMark, cancelLabel }: ProfileFormFrame) {
    const { t, data } = this.options;
    return renderProfileForm({
      t,
      requiredMark,
      cancelLabel,
      profile,
      secondaryChoices: data.secondaryChoices,
      values: this.form.values,
      errors: this.form.errors(t.lang),
      status: this.status ? t.msg(this.status) : '',
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
      goTo: (field) => focusField(this.host.renderRoot, field),
    });
  }
}
