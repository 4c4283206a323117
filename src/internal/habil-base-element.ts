import { LitElement, type CSSResultGroup } from 'lit';
import type { HabilEventDetail, HabilEventMap } from './events.js';
import { kitMessages } from './kit-messages.js';
import { LocalizeController, wordsOnTheWay } from './localize.js';
import { sharedStyles } from './shared-styles.js';
import { ThemeController, tokens } from './theme.js';

export interface EmitOptions {
  /** Lets a listener veto the action with `preventDefault()`. */
  cancelable?: boolean;
}

/**
 * What every element of the kit shares, widgets and UI pieces alike: typed `habil-*` events,
 * the language (French by default, from `lang` on the element, an ancestor or `<html>`), the
 * light/dark scheme, and the `--habil-*` design tokens. Widgets that talk to the server extend
 * {@link HabilElement}, which adds the REST client.
 *
 * @cssprop [--habil-color-text] - Body text.
 * @cssprop [--habil-color-text-muted] - Secondary text (hints, counts); 4.5:1 on every surface.
 * @cssprop [--habil-color-surface] - Background of the widgets.
 * @cssprop [--habil-color-surface-raised] - Background of dialogs and raised panels.
 * @cssprop [--habil-color-surface-sunken] - Background of table headers and striped rows.
 * @cssprop [--habil-color-border] - Borders of controls (inputs, checkboxes, buttons); 3:1 on every surface.
 * @cssprop [--habil-color-divider] - Decorative lines between rows.
 * @cssprop [--habil-color-accent] - Primary buttons and links.
 * @cssprop [--habil-color-accent-contrast] - Text on the accent colour.
 * @cssprop [--habil-color-highlight] - Decorative brand colour (header rule, selected-row mark).
 * @cssprop [--habil-color-selected] - Background of selected rows.
 * @cssprop [--habil-color-danger] - Errors and destructive actions.
 * @cssprop [--habil-color-danger-contrast] - Text on the danger colour.
 * @cssprop [--habil-color-success] - Success messages.
 * @cssprop [--habil-color-warning] - Warnings.
 * @cssprop [--habil-color-focus] - Focus ring.
 * @cssprop [--habil-font-family] - Font of the widgets.
 * @cssprop [--habil-font-size] - Base font size.
 * @cssprop [--habil-font-size-small] - Hints, counts.
 * @cssprop [--habil-font-size-large] - Headings.
 * @cssprop [--habil-line-height] - Line height.
 * @cssprop [--habil-space-xs] - Spacing, extra small.
 * @cssprop [--habil-space-s] - Spacing, small.
 * @cssprop [--habil-space-m] - Spacing, medium.
 * @cssprop [--habil-space-l] - Spacing, large.
 * @cssprop [--habil-radius] - Corner radius of controls.
 * @cssprop [--habil-radius-large] - Corner radius of dialogs and panels.
 * @cssprop [--habil-shadow-raised] - Shadow of dialogs.
 */
export class HabilBaseElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, sharedStyles];

  /** Custom states for CSS (the theme) and, for form controls, the form value and validity. */
  protected readonly internals: ElementInternals = this.attachInternals();

  /** The language of the element, date and number formats, and the words the whole kit shares. */
  protected readonly locale = new LocalizeController(this, kitMessages);

  constructor() {
    super();
    new ThemeController(this, this.internals);
  }

  /** An element renders once it has the words of its language (a widget's English loads on first use). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const words = wordsOnTheWay(this);
    return words ? words.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * Fires the kit event `type`. It bubbles, and crosses the shadow roots of the page's own
   * elements (composed), so that one listener on `document` hears the widgets. An element that
   * is a part of another kit element (in its shadow root) speaks to that element only: its
   * events stop at that shadow root, and the page hears each widget's documented events, never
   * its parts' (a widget passes on, as its own, those of its parts it documents). Returns the
   * event, so that a cancelable one can be checked with `defaultPrevented`.
   */
  protected emit<K extends keyof HabilEventMap>(type: K, detail: HabilEventDetail<K>, options: EmitOptions = {}): HabilEventMap[K] {
    const root = this.getRootNode();
    const part = root instanceof ShadowRoot && root.host instanceof HabilBaseElement;
    const event = new CustomEvent(type, { detail, bubbles: true, composed: !part, cancelable: options.cancelable ?? false });
    this.dispatchEvent(event);
    return event as HabilEventMap[K];
  }
}
