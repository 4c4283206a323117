/**
 * The design tokens of the kit.
 *
 * A page themes every widget by setting `--habil-*` custom properties on any ancestor (they
 * inherit through shadow roots); a widget reads each token as `var(--habil-…, fallback)`, so a
 * page that sets nothing gets the kit's own palette. The brand themes in `src/themes/*.css`
 * are nothing but such values.
 *
 * Light or dark, exactly:
 * - Every colour fallback is `light-dark(<light>, <dark>)`, resolved with the element's
 *   `color-scheme`.
 * - With no `data-habil-theme` attribute on the element or any ancestor (crossing shadow
 *   roots), an element has `color-scheme: light dark`: it follows the user's
 *   `prefers-color-scheme`.
 * - `data-habil-theme="dark"` on the element or an ancestor forces dark; any other value
 *   (`light`, or a brand theme such as `ucanss` or `caf`, whose palettes are light) forces
 *   light. The attribute is read by {@link ThemeController} and shown to CSS as the custom
 *   states `:state(habil-theme-dark)` / `:state(habil-theme-light)` of the host, because
 *   `:host-context()` is not available in every browser.
 * - Tokens a page sets explicitly win over the fallbacks in both schemes: a page that sets
 *   its own colours for dark does so under `[data-habil-theme="dark"]` (see `themes/dark.css`).
 *
 * Inside the kit, components use the private aliases below (`--_habil-*`), defined once here.
 */
import { css, type ReactiveControllerHost } from 'lit';
import { closestAttribute, InheritedAttributesController } from './inherited-attribute.js';

export const THEME_ATTRIBUTE = 'data-habil-theme';

/** The `--habil-*` tokens and their fallbacks (listed with `@cssprop` on `HabilBaseElement`). */
export const tokens = css`
  :host {
    color-scheme: light dark;

    --_habil-text: var(--habil-color-text, light-dark(#1b1f24, #e6e9ee));
    --_habil-text-muted: var(--habil-color-text-muted, light-dark(#4f5863, #a9b2bd));
    --_habil-surface: var(--habil-color-surface, light-dark(#ffffff, #14181d));
    --_habil-surface-raised: var(--habil-color-surface-raised, light-dark(#ffffff, #1f252d));
    --_habil-surface-sunken: var(--habil-color-surface-sunken, light-dark(#f1f3f6, #1a1f25));
    --_habil-border: var(--habil-color-border, light-dark(#6b7480, #8a94a1));
    --_habil-divider: var(--habil-color-divider, light-dark(#d5dae1, #353c46));
    --_habil-accent: var(--habil-color-accent, light-dark(#1f4fa3, #8cb4ff));
    --_habil-accent-contrast: var(--habil-color-accent-contrast, light-dark(#ffffff, #0a1a33));
    --_habil-highlight: var(--habil-color-highlight, light-dark(#1f4fa3, #8cb4ff));
    --_habil-selected: var(--habil-color-selected, light-dark(#e3ecfa, #24344f));
    --_habil-danger: var(--habil-color-danger, light-dark(#b3261e, #ffa59c));
    --_habil-danger-contrast: var(--habil-color-danger-contrast, light-dark(#ffffff, #2a0705));
    --_habil-success: var(--habil-color-success, light-dark(#1d7a35, #7cd492));
    --_habil-warning: var(--habil-color-warning, light-dark(#8a5300, #f2c063));
    --_habil-focus: var(--habil-color-focus, light-dark(#0b5cd5, #9cc0ff));

    --_habil-font-family: var(
      --habil-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_habil-font-size: var(--habil-font-size, 1rem);
    --_habil-font-size-small: var(--habil-font-size-small, 0.875rem);
    --_habil-font-size-large: var(--habil-font-size-large, 1.25rem);
    --_habil-line-height: var(--habil-line-height, 1.5);
    --_habil-space-xs: var(--habil-space-xs, 0.25rem);
    --_habil-space-s: var(--habil-space-s, 0.5rem);
    --_habil-space-m: var(--habil-space-m, 1rem);
    --_habil-space-l: var(--habil-space-l, 1.5rem);
    --_habil-radius: var(--habil-radius, 0.25rem);
    --_habil-radius-large: var(--habil-radius-large, 0.5rem);
    --_habil-shadow-raised: var(--habil-shadow-raised, 0 0.5rem 2rem rgb(0 0 0 / 0.3));
  }

  :host(:state(habil-theme-light)) {
    color-scheme: light;
  }

  :host(:state(habil-theme-dark)) {
    color-scheme: dark;
  }
`;

export type ThemeScheme = 'light' | 'dark';

/** The scheme forced by the closest `data-habil-theme`, or undefined when the user's preference applies. */
export function forcedSchemeOf(element: Element): ThemeScheme | undefined {
  const theme = closestAttribute(element, THEME_ATTRIBUTE);
  if (theme === undefined) return undefined;
  return theme.split(/\s+/).includes('dark') ? 'dark' : 'light';
}

/** Shows the scheme forced by an ancestor's `data-habil-theme` as a custom state of the host. */
export class ThemeController {
  private readonly host: ReactiveControllerHost & Element;
  private readonly states: CustomStateSet;

  constructor(host: ReactiveControllerHost & Element, internals: ElementInternals) {
    this.host = host;
    this.states = internals.states;
    // The scheme is applied when the host connects, and again when a `data-habil-theme` above it changes.
    new InheritedAttributesController(host, () => this.applyScheme());
  }

  private applyScheme(): void {
    const scheme = forcedSchemeOf(this.host);
    this.states.delete('habil-theme-light');
    this.states.delete('habil-theme-dark');
    if (scheme) this.states.add(`habil-theme-${scheme}`);
  }
}
