/**
 * A client that asks for its answers in one language: every call it makes says the language
 * (as Accept-Language, with the default client), unless the call names another. The widgets
 * call the server through one of these for their own language, so the texts the server writes
 * come in the page's language.
 */
import type { RouteName } from '../contract/routes.js';
import type { CallOptions, HabilClient, RouteArgs, RouteResult } from './types.js';

type Lang = NonNullable<CallOptions['lang']>;

const inLanguages = new WeakMap<HabilClient, Partial<Record<Lang, HabilClient>>>();

/**
 * `client`, asking for `lang`. The same client and language give the same object, so that a
 * widget's reads (a Task keyed on its client) run again only when the language or the client
 * changes.
 */
export function clientInLanguage(client: HabilClient, lang: Lang): HabilClient {
  let byLang = inLanguages.get(client);
  if (!byLang) inLanguages.set(client, (byLang = {}));
  return (byLang[lang] ??= {
    call<K extends RouteName>(name: K, args: RouteArgs<K>, options: CallOptions = {}): Promise<RouteResult<K>> {
      return client.call(name, args, { ...options, lang: options.lang ?? lang });
    },
  });
}
