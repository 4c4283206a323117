import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { configure } from 'storybook/test';
import { DEFAULT_PERSONA, PERSONAS, type PersonaId } from '../mocks/personas.js';
import '../src/themes/ucanss.css';
import '../src/themes/caf.css';
import '../src/themes/dark.css';
import manifest from '../custom-elements.json';
import { freshReferenceServer, referenceHandlers, type StoryServerOptions } from './reference-server.js';

setCustomElementsManifest(manifest);

// The play functions wait (`waitFor`) for the reference server's answers: on a busy machine some
// take longer than testing-library's 1 s (6,000 generated accounts). A wait that fails says what
// it waited for, without a dump of the page, which cannot show the widgets' shadow roots anyway.
configure({ asyncUtilTimeout: 10_000, getElementError: (message) => new Error(message ?? 'waitFor timed out') });

/** A global chosen in the toolbar from `items`, the toolbar showing the one chosen. */
function toolbarMenu(description: string, title: string, icon: string, items: { value: string; title: string }[]) {
  return { description, toolbar: { title, icon, items, dynamicTitle: true } };
}

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: toolbarMenu('Langue des widgets', 'Langue', 'globe', [
      { value: 'fr', title: 'Français' },
      { value: 'en', title: 'English' },
    ]),
    theme: toolbarMenu('Thème (--habil-* tokens)', 'Thème', 'paintbrush', [
      { value: 'light', title: 'Clair' },
      { value: 'dark', title: 'Sombre' },
      { value: 'ucanss', title: 'Portail UCANSS' },
      { value: 'caf', title: 'Mon Compte Partenaire (Caf)' },
    ]),
    persona: toolbarMenu(
      'Personne connectée (serveur de référence)',
      'Persona',
      'user',
      Object.entries(PERSONAS).map(([value, p]) => ({ value, title: p.label.fr })),
    ),
  },
  initialGlobals: { locale: 'fr', theme: 'light', persona: DEFAULT_PERSONA },
  parameters: {
    msw: { handlers: { reference: referenceHandlers } },
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  loaders: [
    async ({ globals, parameters }) => {
      const persona = (parameters.persona as PersonaId | undefined) ?? (globals.persona as PersonaId | undefined) ?? DEFAULT_PERSONA;
      freshReferenceServer(persona, (parameters.referenceServer as StoryServerOptions | undefined) ?? {});
      return {};
    },
    mswLoader(),
  ],
  decorators: [
    (story, { globals }) => {
      const lang = (globals.locale as string | undefined) ?? 'fr';
      const theme = (globals.theme as string | undefined) ?? 'light';
      document.documentElement.lang = lang;
      document.documentElement.setAttribute('data-habil-theme', theme);
      // The docs page wraps stories in lang="en" containers: the widgets follow the closest lang.
      return html`<div lang=${lang} data-habil-theme=${theme} class="habil-story">${story()}</div>`;
    },
  ],
};

export default preview;
