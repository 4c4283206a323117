/**
 * Where focus goes after an action of `<habil-delegation>`, once the host rendered: to a
 * control of its shadow root, to a button inside one of its tables, or — when the control the
 * user was on left the page with its row — to a fallback.
 */
import type { ReactiveElement } from 'lit';
import type { HabilDataTable } from '../ui/data-table/data-table.js';

export class FocusMover {
  constructor(private readonly host: ReactiveElement) {}

  async focusOn(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** After a row left its table, focus goes to `fallback`, unless the user already moved on. */
  async keepFocus(fallback: string): Promise<void> {
    await this.host.updateComplete;
    for (const table of this.host.renderRoot.querySelectorAll('habil-data-table')) await table.updateComplete;
    if (document.activeElement === document.body || document.activeElement === null) await this.focusOn(fallback);
  }

  /** Focuses `selector` inside the `habil-data-table` `table` (a row's button), else `fallback`. */
  async focusInTable(table: string, selector: string, fallback: string): Promise<void> {
    await this.host.updateComplete;
    const found = this.host.renderRoot.querySelector<HabilDataTable>(table);
    await found?.updateComplete;
    const button = found?.shadowRoot?.querySelector<HTMLElement>(selector);
    if (button) button.focus();
    else await this.focusOn(fallback);
  }
}
