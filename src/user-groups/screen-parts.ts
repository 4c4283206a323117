/** What the screens of `<habil-user-groups>` share: the loading state, the convention shown (or its picker), "Retour à la liste". */
import { html } from 'lit';
import type { Convention } from '../domain/index.js';
import { renderLoading as renderWidgetLoading } from '../internal/loading-styles.js';
import type { HabilField } from '../ui/field/field.js';
import type { UserGroupsWords } from './user-groups.messages.js';

export function renderLoading(t: UserGroupsWords) {
  return renderWidgetLoading(t.msg('loadingWidget'));
}

export function renderBack(t: UserGroupsWords, onBack: () => void) {
  return html`<button type="button" part="back-button" class="back" @click=${onBack}>
    <span aria-hidden="true">‹</span> ${t.msg('backToList')}
  </button>`;
}

export interface ConventionLineView {
  t: UserGroupsWords;
  convention: Convention;
  /** The person's conventions, offered when he may pick. */
  conventions: readonly Convention[];
  pickable: boolean;
  onPick: (id: string) => void;
}

/** The convention shown and its partner, or, when the person has several, the picker. */
export function renderConventionLine(view: ConventionLineView) {
  const { t, convention } = view;
  if (view.pickable) {
    return html`<div part="convention" class="convention">
      <habil-field
        class="convention-picker"
        type="select"
        label=${t.msg('conventionPicker')}
        hint=${t.msg('partnerOf', convention.partnerName)}
        .options=${view.conventions.map((c) => ({ value: c.id, label: c.label }))}
        .value=${convention.id}
        empty-option-label=${t.msg('chooseConvention')}
        @change=${(event: Event) => {
          const value = (event.currentTarget as HabilField).value;
          if (value) view.onPick(value);
        }}
      ></habil-field>
    </div>`;
  }
  return html`<p part="convention" class="convention">
    <span>${t.msg('conventionSelected')} <strong>${convention.label}</strong></span>
    <span>${t.msg('partner')} <strong>${convention.partnerName}</strong></span>
  </p>`;
}
