// The Custom Elements Manifest (`npm run analyze`, run by the build, Storybook and the tests):
// the public API of every element — attributes, properties, events with the type of their
// `detail`, slots, parts, CSS custom properties — with paths into dist/, as the package ships it;
// and, from it, VS Code's custom data and JetBrains' web-types, so that editors complete the
// tags, their attributes and events in a host's HTML.
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

/** Lit's and the DOM's lifecycle: public in the class, not the element's API. */
const LIFECYCLE = new Set(['render', 'update', 'updated', 'firstUpdated', 'willUpdate', 'shouldUpdate', 'connectedCallback', 'disconnectedCallback', 'attributeChangedCallback', 'createRenderRoot', 'getUpdateComplete', 'scheduleUpdate', 'performUpdate', 'requestUpdate']);

/** The events of each module, as its `declare module … { interface HabilEventMap { … } }` types them. */
const eventTypes = new Map();

function publicApi() {
  return {
    name: 'habil-public-api',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'HabilEventMap') return;
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.type || !ts.isStringLiteral(member.name)) continue;
        eventTypes.set(member.name.text, { module: moduleDoc.path, type: member.type.getText() });
      }
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      for (const mod of manifest.modules) {
        mod.declarations = (mod.declarations ?? []).filter((d) => d.customElement && d.tagName);
        for (const d of mod.declarations) {
          d.members = (d.members ?? []).filter(
            (m) =>
              (m.privacy ?? 'public') === 'public' &&
              !m.static &&
              !/^[_#]/.test(m.name) &&
              (m.kind === 'field' ? !m.readonly || Boolean(m.description) : Boolean(m.description) && !LIFECYCLE.has(m.name)),
          );
          for (const event of d.events ?? []) {
            const typed = eventTypes.get(event.name);
            // A DOM event the element passes on (a field's `input`) is a plain Event.
            if (typed) event.type = { text: typed.type };
            else if (!event.name.startsWith('habil-')) event.type = { text: 'Event' };
          }
        }
        const kept = new Set(mod.declarations.map((d) => d.name));
        mod.exports = (mod.exports ?? []).filter((e) => kept.has(e.declaration?.name));
      }
      manifest.modules = manifest.modules.filter((mod) => mod.declarations.length);
      // Paths as the package ships them: src/x/y.ts → dist/x/y.js.
      const rewrite = (value) => {
        if (typeof value === 'string') return value.replace(/^\/?src\/(.*)\.ts$/, 'dist/$1.js');
        if (Array.isArray(value)) return value.map(rewrite);
        if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v)]));
        return value;
      };
      manifest.modules = rewrite(manifest.modules);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/define.ts', 'src/define.ts', 'src/index.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    publicApi(),
    customElementVsCodePlugin({ outdir: '.', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: '.', webTypesFileName: 'web-types.json', hideLogs: true }),
  ],
};
