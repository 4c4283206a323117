/**
 * Localisation of the kit: French is the source and default locale, English the second.
 * A catalogue is written once per element, French first; the English translation must have
 * the same keys and the same arguments, or the catalogue does not type-check. A widget's
 * catalogue keeps its English in a module of its own, loaded the first time an element renders
 * in English (a French page never downloads it); a small one may hold both.
 *
 * ```ts
 * // messages.ts
 * export const messages = defineMessages({
 *   fr: { next: 'Suivant', results: (n: number) => `${n} résultats` },
 *   en: () => import('./messages.en.js'),
 * });
 * // messages.en.ts: checked where the catalogue names it
 * export default { next: 'Next', results: (n: number) => `${n} results` };
 * ```
 *
 * ```ts
 * class MyTable extends HabilBaseElement {
 *   private readonly t = new LocalizeController(this, messages);
 *   render() { return html`${this.t.msg('results', 3)}`; }
 * }
 * ```
 */
import type { ReactiveControllerHost } from 'lit';
import { formatDate, type Lang } from '../domain/dates.js';
import { closestAttribute, InheritedAttributesController } from './inherited-attribute.js';

export type { Lang };

/** A message: plain text, or a function of its arguments for interpolation and plurals. */
export type Message = string | ((...args: never[]) => string);

export type Catalog = Readonly<Record<string, Message>>;

/** The shape a translation of catalogue `F` must have: the same keys, the same arguments. */
export type Translation<F extends Catalog> = {
  readonly [K in keyof F]: F[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

/** An English translation kept in a module of its own, as its default export. */
export type TranslationModule<F extends Catalog> = () => Promise<{ default: Translation<F> }>;

/** A translation module whose words `E` have the keys of `F` and no other. */
type ExactTranslationModule<F extends Catalog, E> = () => Promise<{ default: E & Record<Exclude<keyof E, keyof F>, never> }>;

/** A catalogue: French at once, English at once or from its module. */
export class Messages<F extends Catalog> {
  readonly fr: F;
  private en: Translation<F> | undefined;
  private readonly loadEnglish: TranslationModule<F> | undefined;
  private loading: Promise<void> | undefined;

  constructor(fr: F, en: Translation<F> | TranslationModule<F>) {
    this.fr = fr;
    if (typeof en === 'function') this.loadEnglish = en;
    else this.en = en;
  }

  /** The words of `lang`; French while English is not loaded (see {@link load}). */
  catalog(lang: Lang): Catalog {
    return lang === 'en' && this.en ? this.en : this.fr;
  }

  /**
   * Loads the words of `lang`; undefined when they are there already. English that cannot be
   * loaded (the network, a page's old build) leaves the French, and is asked for again next time.
   */
  load(lang: Lang): Promise<void> | undefined {
    if (lang === 'fr' || this.en || !this.loadEnglish) return undefined;
    this.loading ??= this.loadEnglish().then(
      (module) => {
        this.en = module.default;
      },
      () => {
        this.loading = undefined;
      },
    );
    return this.loading;
  }
}

/** The arguments message `K` of catalogue `F` takes (none for plain text). */
export type MessageArgs<F extends Catalog, K extends keyof F> = F[K] extends (...args: infer A) => string ? A : [];

/**
 * Checks a catalogue: the French keys are the reference; a key missing from the English
 * translation, an extra one, or a function whose arguments differ is a type error.
 */
export function defineMessages<F extends Catalog, E extends NoInfer<Translation<F>>>(messages: {
  fr: F;
  en: NoInfer<Translation<F>> | ExactTranslationModule<NoInfer<F>, E>;
}): Messages<F> {
  return new Messages(messages.fr, messages.en as Translation<F> | TranslationModule<F>);
}

/** Any value starting with "en" (en, en-GB, EN-us) is English; everything else is French. */
export function normaliseLang(value: string | undefined | null): Lang {
  return value?.trim().toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/** The language of `element`: its `lang`, else its closest ancestor's (across shadow roots), else `<html lang>`, else French. */
export function langOf(element: Element): Lang {
  return normaliseLang(closestAttribute(element, 'lang') ?? document.documentElement.lang);
}

/**
 * Message `key` of `messages` in `lang`, outside of any element (e.g. in an export): where its
 * English is a module of its own, `await messages.load(lang)` first.
 */
export function translate<F extends Catalog, K extends keyof F & string>(
  messages: Messages<F>,
  lang: Lang,
  key: K,
  ...args: MessageArgs<F, K>
): string {
  const message = messages.catalog(lang)[key];
  return typeof message === 'function' ? (message as (...a: unknown[]) => string)(...args) : message;
}

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };
const controllersOf = new WeakMap<Element, LocalizeController<Catalog>[]>();

/**
 * What `host` waits for before it renders: the words of its language that are still on their
 * way (undefined when it has them all), so that an element never shows French in between.
 */
export function wordsOnTheWay(host: Element): Promise<unknown> | undefined {
  const loads = (controllersOf.get(host) ?? []).map((controller) => controller.messages.load(controller.lang)).filter(Boolean);
  return loads.length ? Promise.all(loads) : undefined;
}
/**
 * The words of a part loaded on demand (its own catalogue), spoken through a controller of the
 * widget that shows it: loaded in the widget's language before the part first shows, so that it
 * never shows French in an English widget; the widget then waits for them as for its own when its
 * language changes (`wordsOnTheWay`).
 */
export async function partWords<F extends Catalog>(host: ReactiveControllerHost & Element, messages: Messages<F>): Promise<LocalizeController<F>> {
  const words = new LocalizeController(host, messages);
  await messages.load(words.lang);
  return words;
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();
const timeFormats = new Map<Lang, Intl.DateTimeFormat>();

/**
 * Gives an element its language and its messages, and renders it again when the language
 * changes: its own `lang`, an ancestor's, or `<html lang>` (a portal's language switch).
 */
export class LocalizeController<F extends Catalog> {
  private readonly host: ReactiveControllerHost & Element;
  readonly messages: Messages<F>;
  private renderedLang: Lang | undefined;

  constructor(host: ReactiveControllerHost & Element, messages: Messages<F>) {
    this.host = host;
    this.messages = messages;
    // An element moved to a container of another language, or under a changed `lang`, renders again.
    new InheritedAttributesController(host, () => this.langMayHaveChanged());
    controllersOf.set(host, [...(controllersOf.get(host) ?? []), this as unknown as LocalizeController<Catalog>]);
  }

  private langMayHaveChanged(): void {
    const lang = this.lang;
    if (lang === this.renderedLang) return;
    this.renderedLang = lang;
    this.host.requestUpdate();
    // A host that does not wait for its words (see wordsOnTheWay) renders again once they come.
    void this.messages.load(lang)?.then(() => this.host.requestUpdate());
  }

  /** The language the host renders in. */
  get lang(): Lang {
    return langOf(this.host);
  }

  /** The BCP 47 locale of {@link lang} for `Intl` (fr-FR, en-GB). */
  get locale(): string {
    return LOCALES[this.lang];
  }

  /** Message `key` of the host's catalogue in the current language. */
  msg<K extends keyof F & string>(key: K, ...args: MessageArgs<F, K>): string {
    return translate(this.messages, this.lang, key, ...args);
  }

  /**
   * A day as the guides write it: 28/05/2025 in French, 2025-05-28 in English. A date-only
   * string ("2025-05-28") is shown as is, with no time-zone shift; a date-time or a Date is
   * shown in the user's time zone.
   */
  formatDate(value: string | Date | undefined | null): string {
    if (!value) return '';
    const day = typeof value === 'string' && value.length === 10 ? value : localDay(new Date(value));
    return formatDate(day, this.lang);
  }

  /** A date and a time: "28/05/2025 14:05" in French, "2025-05-28 14:05" in English. */
  formatDateTime(value: string | Date | undefined | null): string {
    if (!value) return '';
    const date = new Date(value);
    let format = timeFormats.get(this.lang);
    if (!format) {
      format = new Intl.DateTimeFormat(this.locale, { hour: '2-digit', minute: '2-digit', hour12: false });
      timeFormats.set(this.lang, format);
    }
    return `${this.formatDate(date)} ${format.format(date)}`;
  }

  /** A number with the locale's grouping: 12 345 in French, 12,345 in English. */
  formatNumber(value: number): string {
    let format = numberFormats.get(this.lang);
    if (!format) {
      format = new Intl.NumberFormat(this.locale);
      numberFormats.set(this.lang, format);
    }
    return format.format(value);
  }
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
