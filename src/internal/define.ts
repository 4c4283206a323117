/**
 * Registers the kit's tags. A page can end up with two copies of the kit (two bundles, or a
 * widget bundled into a micro-frontend); `customElements.define` would then throw and stop the
 * second bundle. The first copy keeps the tag and the second says so once in the console.
 */
const warnedTags = new Set<string>();

export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const registered = customElements.get(tag);
  if (!registered) {
    customElements.define(tag, constructor);
    return;
  }
  if (registered === constructor || warnedTags.has(tag)) return;
  warnedTags.add(tag);
  console.warn(
    `[habil] <${tag}> is already defined by another copy of the kit; this copy's ${constructor.name} is not registered ` +
      'and the page uses the first one. Load the kit once (look for two bundles that both include it).',
  );
}
