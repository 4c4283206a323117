import { ContextProvider } from '@lit/context';
import { API_BASE } from '../contract/paths.js';
import { habilClientContext } from '../client/context.js';
import { NetworkError } from '../client/transport-errors.js';
import type { FetchClientOptions } from '../client/fetch-client.js';
import type { HabilClient } from '../client/types.js';
import { LazyPart } from '../internal/lazy-part.js';

const DEFAULTS = { baseUrl: API_BASE, credentials: 'same-origin' as RequestCredentials, csrfHeader: 'X-CSRF-Token' };

/** The element's children are laid out as if it were not there. */
function showContentsOnly(host: HTMLElement): void {
  const style = document.createElement('style');
  style.textContent = ':host { display: contents; }';
  host.attachShadow({ mode: 'open' }).append(style, document.createElement('slot'));
}

/**
 * The client the provider builds from its attributes loads its HTTP code (up-fetch) on its first call,
 * not with the provider: the provider draws nothing and calls nothing itself, and the widgets of
 * the page bring that code with them (their default client), so that their calls do not wait
 * for it. Code that cannot be loaded fails the call as the network does (`NetworkError`: the
 * widget says the server is unreachable and offers to try again; the next call loads it again).
 */
function fetchClientOnFirstCall(options: FetchClientOptions): HabilClient {
  const code = new LazyPart({ requestUpdate: () => undefined }, () => import('../client/fetch-client.js'));
  let client: HabilClient | undefined;
  return {
    async call(name, args, callOptions) {
      if (!(await code.load())) throw new NetworkError('The client of <habil-provider> could not be loaded.', { cause: code.error });
      client ??= code.module!.createFetchClient(options);
      return client.call(name, args, callOptions);
    },
  };
}

/** Each attribute and the property it sets. */
const ATTRIBUTES = { 'base-url': 'baseUrl', credentials: 'credentials', 'csrf-token': 'csrfToken', 'csrf-header': 'csrfHeader' } as const;
type Setting = (typeof ATTRIBUTES)[keyof typeof ATTRIBUTES];

/**
 * Gives one REST client to every habil widget inside it, so that a page configures the
 * connection once. Set `client` to bring your own {@link HabilClient}; otherwise the
 * attributes describe the server and the provider builds a fetch client for it. A widget's own
 * `client` property wins over the provider, and the nearest of nested providers wins.
 *
 * It draws nothing and needs no rendering library: a page may load it, and configure its
 * client, before any widget.
 *
 * @tag habil-provider
 * @slot - The widgets, and any other content; the provider adds no box of its own.
 */
export class HabilProvider extends HTMLElement {
  static readonly observedAttributes = Object.keys(ATTRIBUTES);

  private readonly provider = new ContextProvider(this, { context: habilClientContext });
  private readonly settings: Record<Setting, string | undefined> = { baseUrl: undefined, credentials: undefined, csrfToken: undefined, csrfHeader: undefined };
  private ownClient?: HabilClient;
  private tokenFunction?: () => string | Promise<string>;
  private builtClient?: { settings: string; client: HabilClient };

  constructor() {
    super();
    showContentsOnly(this);
  }

  /** Your own client; when set, the attributes are ignored. */
  get client(): HabilClient | undefined {
    return this.ownClient;
  }

  set client(client: HabilClient | undefined) {
    this.ownClient = client;
    this.provideClient();
  }

  /**
   * Where the API lives: a path on this origin or an absolute URL.
   * @attr base-url
   */
  get baseUrl(): string {
    return this.settings.baseUrl ?? DEFAULTS.baseUrl;
  }

  set baseUrl(value: string) {
    this.set('baseUrl', value);
  }

  /**
   * `include` for an API on another origin that authenticates with cookies.
   * @attr credentials
   */
  get credentials(): RequestCredentials {
    return (this.settings.credentials as RequestCredentials | undefined) ?? DEFAULTS.credentials;
  }

  set credentials(value: RequestCredentials) {
    this.set('credentials', value);
  }

  /**
   * A CSRF token sent on writes (POST, PUT, PATCH, DELETE), e.g. rendered by the portal's server.
   * @attr csrf-token
   */
  get csrfToken(): string | undefined {
    return this.settings.csrfToken;
  }

  set csrfToken(value: string | undefined) {
    this.set('csrfToken', value);
  }

  /**
   * The header that carries `csrf-token`.
   * @attr csrf-header
   */
  get csrfHeader(): string {
    return this.settings.csrfHeader ?? DEFAULTS.csrfHeader;
  }

  set csrfHeader(value: string) {
    this.set('csrfHeader', value);
  }

  /**
   * Gives the access token of the signed-in person (the portal's OpenID Connect access token),
   * asked before every call — so a refreshed token is used as soon as the portal has it — and
   * sent as `Authorization: Bearer …`, as habil-server expects.
   */
  get token(): (() => string | Promise<string>) | undefined {
    return this.tokenFunction;
  }

  set token(token: (() => string | Promise<string>) | undefined) {
    // Read at each call: another token function needs no new client.
    this.tokenFunction = token;
  }

  connectedCallback(): void {
    // The widgets inside ask for their client as they connect, right after this element.
    this.provideClient();
    this.provider.hostConnected();
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    // A removed attribute reads as the default.
    this.set(ATTRIBUTES[name as keyof typeof ATTRIBUTES], value ?? undefined);
  }

  private set(setting: Setting, value: string | undefined): void {
    this.settings[setting] = value || undefined;
    this.provideClient();
  }

  private provideClient(): void {
    this.provider.setValue(this.ownClient ?? this.clientFromSettings());
  }

  /** Rebuilt only when a setting changes, so that widgets are not told of a new client for nothing. */
  private clientFromSettings(): HabilClient {
    const settings = JSON.stringify([this.baseUrl, this.credentials, this.csrfToken, this.csrfHeader]);
    if (this.builtClient?.settings !== settings) {
      const csrf = this.csrfToken ? { header: this.csrfHeader, token: this.csrfToken } : undefined;
      this.builtClient = {
        settings,
        client: fetchClientOnFirstCall({
          baseUrl: this.baseUrl,
          credentials: this.credentials,
          csrf,
          headers: async (): Promise<Record<string, string>> => (this.tokenFunction ? { Authorization: `Bearer ${await this.tokenFunction()}` } : {}),
        }),
      };
    }
    return this.builtClient.client;
  }
}
