import { ContextProvider } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { API_BASE } from '../contract/paths.js';
import { habilClientContext } from '../client/context.js';
import { createKyClient } from '../client/ky-client.js';
import type { HabilClient } from '../client/types.js';

/**
 * Gives one REST client to every habil widget inside it, so that a page configures the
 * connection once. Set `client` to bring your own {@link HabilClient}; otherwise the
 * attributes describe the server and the provider builds a ky client for it. A widget's own
 * `client` property wins over the provider, and the nearest of nested providers wins.
 *
 * @tag habil-provider
 * @slot - The widgets, and any other content; the provider adds no box of its own.
 */
export class HabilProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Your own client; when set, the attributes are ignored. */
  @property({ attribute: false })
  client?: HabilClient;

  /** Where the API lives: a path on this origin or an absolute URL. */
  @property({ attribute: 'base-url' })
  baseUrl: string = API_BASE;

  /** `include` for an API on another origin that authenticates with cookies. */
  @property()
  credentials: RequestCredentials = 'same-origin';

  /** A CSRF token sent on writes (POST, PUT, PATCH, DELETE), e.g. rendered by the portal's server. */
  @property({ attribute: 'csrf-token' })
  csrfToken?: string;

  /** The header that carries `csrf-token`. */
  @property({ attribute: 'csrf-header' })
  csrfHeader = 'X-CSRF-Token';

  /**
   * Gives the access token of the signed-in person (the portal's OpenID Connect access token),
   * asked before every call — so a refreshed token is used as soon as the portal has it — and
   * sent as `Authorization: Bearer …`, as habil-server expects.
   */
  @property({ attribute: false })
  token?: () => string | Promise<string>;

  private readonly provider = new ContextProvider(this, { context: habilClientContext });
  private builtClient?: { settings: string; client: HabilClient };

  override connectedCallback(): void {
    // Before super: the widgets inside ask for their client as they connect, right after this element.
    this.provideClient();
    super.connectedCallback();
  }

  protected override willUpdate(): void {
    this.provideClient();
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private provideClient(): void {
    this.provider.setValue(this.client ?? this.clientFromAttributes());
  }

  /** Rebuilt only when the attributes change, so that widgets are not told of a new client for nothing. */
  private clientFromAttributes(): HabilClient {
    const settings = JSON.stringify([this.baseUrl, this.credentials, this.csrfToken, this.csrfHeader]);
    if (this.builtClient?.settings !== settings) {
      // A removed attribute reads as null: no token then, and the defaults for the rest.
      const csrf = this.csrfToken ? { header: this.csrfHeader ?? undefined, token: this.csrfToken } : undefined;
      this.builtClient = {
        settings,
        client: createKyClient({
          baseUrl: this.baseUrl ?? undefined,
          credentials: this.credentials ?? undefined,
          csrf,
          // Read at each call: setting another token function needs no new client.
          headers: async (): Promise<Record<string, string>> => (this.token ? { Authorization: `Bearer ${await this.token()}` } : {}),
        }),
      };
    }
    return this.builtClient.client;
  }
}
