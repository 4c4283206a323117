/**
 * « Enregistrer les modifications »: the form's checks first (nothing is sent while a field is
 * wrong), then the changed fields with the version read (R15), through the host's
 * {@link WriteController} (not sent twice, aborted when the widget leaves). It says how it went:
 * saved (and which fields), refused (the server's reason, its field errors on the fields, what
 * was typed kept), or changed meanwhile by someone else — the details are read again, shown with
 * what was typed kept, and what changed is listed.
 */
import type { ReactiveControllerHost } from 'lit';
import type { HabilClient } from '../client/types.js';
import type { MyProfile, MyProfilePatch } from '../domain/schemas.js';
import type { Notice } from '../internal/notice.js';
import { WriteController } from '../internal/writes.js';
import type { ProfileFormWords } from './profile-form.messages.js';
import type { ProfileDataController } from './profile-data.js';
import { changedMeanwhile, fieldLabel, FORM_FIELDS, type ProfileForm } from './profile-form.js';

const SAVE = 'save-profile';

export interface ProfileSaveOptions {
  api: () => HabilClient;
  t: ProfileFormWords;
  data: ProfileDataController;
  form: ProfileForm;
  /** Gives focus to the first field in error, once the host has rendered. */
  focusFirstError: () => void;
  /** The details were saved: the host tells the page. */
  saved: (profile: MyProfile, changes: MyProfilePatch) => void;
}

export class ProfileSaveController extends WriteController {
  /** What went wrong, or needs a look, with the last save. */
  notice: Notice | undefined;
  /** The last save went through: the fields it changed. */
  done: { fields: string[] } | undefined;

  constructor(
    private readonly owner: ReactiveControllerHost,
    private readonly widget: ProfileSaveOptions,
  ) {
    super(owner, { lang: () => widget.t.lang });
  }

  get saving(): boolean {
    return this.isBusy(SAVE);
  }

  /** Forgets what the last save said (the user cancelled, or starts again). */
  clear(): void {
    this.notice = undefined;
    this.done = undefined;
  }

  async save(): Promise<void> {
    try {
      await this.send();
    } finally {
      // What the save says is drawn once it is known.
      this.owner.requestUpdate();
    }
  }

  private async send(): Promise<void> {
    const { data, form, t } = this.widget;
    const profile = data.profile;
    if (!profile || this.saving) return;
    this.clear();
    if (!form.state.submit(form.problems(), this.widget.focusFirstError)) return;
    const patch = form.patch();
    if (Object.keys(patch).length === 0) {
      form.state.unchanged();
      return;
    }
    const api = this.widget.api();
    const result = await this.run(({ signal }) => api.call('updateMyProfile', { body: patch, ifMatch: profile.version }, { signal }), {
      key: SAVE,
      reload: (signal) => api.call('getMyProfile', {}, { signal }),
    });
    if (result.ok) {
      data.replace(result.value);
      form.reset();
      this.done = { fields: FORM_FIELDS.filter((field) => field in patch).map((field) => fieldLabel(t, field).toLowerCase()) };
      this.widget.saved(result.value, patch);
      return;
    }
    if (result.aborted) return;
    if (result.stale) {
      if (result.reloaded) {
        const changes = changedMeanwhile(t, profile, result.reloaded).map(([label, value]) => t.msg('summaryItem', label, value));
        data.replace(result.reloaded);
        this.notice = { variant: 'warning', heading: t.msg('staleHeading'), text: `${t.msg('stale')}${changes.length ? ` ${t.msg('staleChanges', changes)}` : ''}` };
      } else {
        this.notice = { variant: 'error', heading: t.msg('staleHeading'), text: t.msg('staleUnreadable'), error: result.reloadError, retry: () => void this.save() };
      }
      return;
    }
    form.serverRefused(result.fieldErrors);
    this.notice = { variant: 'error', heading: t.msg('saveFailed'), error: result.error, ...(result.retryable ? { retry: () => void this.save() } : {}) };
    if (result.fieldErrors.length > 0) this.widget.focusFirstError();
  }
}
