import { consume } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import { habilClientContext } from '../client/context.js';
import { clientInLanguage, createDefaultClient } from '../client/index.js';
import type { HabilClient } from '../client/types.js';
import { HabilBaseElement } from './habil-base-element.js';

/**
 * The base class of every widget: what {@link HabilBaseElement} gives, plus the REST client.
 *
 * The client is found, in order: the widget's own `client` property; the one provided to
 * `habilClientContext` by an ancestor (e.g. `<habil-provider>`), so that a page sets it once
 * for all its widgets; else the page's default client (`createDefaultClient()`: same-origin
 * `/api`, created on first use and shared by every widget).
 *
 * Every call asks for the widget's language (`lang` on the element, an ancestor or `<html>`):
 * the texts the server writes (the catalogue's, the history's, the details of a refusal) come
 * in the language the widget shows.
 */
export class HabilElement extends HabilBaseElement {
  /** The REST client of this widget. Overrides the client provided by an ancestor. */
  @property({ attribute: false })
  client?: HabilClient;

  @consume({ context: habilClientContext, subscribe: true })
  @state()
  private providedClient?: HabilClient;

  /**
   * The client this widget calls the server with, in its language. The same for as long as
   * the client and the language stay: a read keyed on it runs again when either changes.
   */
  protected get api(): HabilClient {
    return clientInLanguage(this.client ?? this.providedClient ?? createDefaultClient(), this.locale.lang);
  }
}
