/**
 * The ARIA tab pattern shared by the widgets that show their content in tabs: one tab stop
 * (the selected tab), arrows move along the tabs and wrap, Home and End go to the ends.
 */
import { css, html, type TemplateResult } from 'lit';

/** The tab that a key leads to, or undefined when the key is not one of the pattern's. */
export function tabAfterKey<T>(tabs: readonly T[], current: T, key: string): T | undefined {
  const index = Math.max(0, tabs.indexOf(current));
  switch (key) {
    case 'ArrowRight':
      return tabs[(index + 1) % tabs.length];
    case 'ArrowLeft':
      return tabs[(index - 1 + tabs.length) % tabs.length];
    case 'Home':
      return tabs[0];
    case 'End':
      return tabs[tabs.length - 1];
    default:
      return undefined;
  }
}

export interface TabList<T extends string> {
  tabs: readonly T[];
  selected: T;
  /** The accessible name of the tab list. */
  label: string;
  content: (tab: T) => TemplateResult | string;
  /** A tab was chosen; `byKeyboard` asks the host to move the focus onto it. */
  select: (tab: T, byKeyboard: boolean) => void;
}

/** A `role="tablist"` of buttons whose ids are `tab-<name>` and whose panels are `panel-<name>`. */
export function renderTabList<T extends string>({ tabs, selected, label, content, select }: TabList<T>): TemplateResult {
  const onKeydown = (event: KeyboardEvent) => {
    const target = tabAfterKey(tabs, selected, event.key);
    if (target === undefined) return;
    event.preventDefault();
    select(target, true);
  };
  return html`<div part="tabs" class="tabs" role="tablist" aria-label=${label} @keydown=${onKeydown}>
    ${tabs.map((tab) => {
      const isSelected = tab === selected;
      return html`<button
        type="button"
        role="tab"
        id="tab-${tab}"
        part=${isSelected ? 'tab tab-selected' : 'tab'}
        class="tab"
        aria-selected=${isSelected ? 'true' : 'false'}
        aria-controls="panel-${tab}"
        tabindex=${isSelected ? '0' : '-1'}
        @click=${() => select(tab, false)}
      >
        ${content(tab)}
      </button>`;
    })}
  </div>`;
}

export const tabStyles = css`
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_habil-space-xs);
    border-bottom: 2px solid var(--_habil-divider);
  }

  .tab {
    display: inline-flex;
    align-items: center;
    gap: var(--_habil-space-s);
    min-height: 2.75rem;
    margin-bottom: -2px;
    padding: var(--_habil-space-s) var(--_habil-space-m);
    border: 0;
    border-bottom: 4px solid transparent;
    background: none;
    color: var(--_habil-text-muted);
    font: inherit;
    cursor: pointer;
  }

  .tab:hover {
    color: var(--_habil-text);
    background: var(--_habil-surface-sunken);
  }

  /* The selected tab is marked by its weight and a thick rule, not by colour alone. */
  .tab[aria-selected='true'] {
    border-bottom-color: var(--_habil-highlight);
    color: var(--_habil-text);
    font-weight: 700;
  }
`;
