/**
 * `<habil-my-access>` shows the catalogue the server writes in the page's language: in
 * English, the English themes, descriptions, target publics and procedures; in French, the
 * French ones; and when the language changes, the texts are read again in the new one. Looked
 * at as a user sees it: the text of the widget, after opening the application if it is closed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { HabilMyAccess } from '../../src/my-access/define.js';
import '../../src/my-access/define.js';
import { useReferenceServer } from '../support/api.js';
import { waitUntil } from '../support/wait.js';

useReferenceServer({ persona: 'user-carsat' });

const ENGLISH = {
  theme: 'Human resources',
  description: 'The Portail Entrepôt de Données RH (EDRH) application of the service offer.',
  procedure: 'Write to the EDRH team, with your line manager in copy.',
};
const FRENCH = {
  theme: 'Ressources humaines',
  description: "Application Portail Entrepôt de Données RH (EDRH) de l'offre de services.",
  procedure: "Écrivez à l'équipe EDRH en associant votre responsable hiérarchique.",
};

/** Every text of the element, its shadow roots included, as a user reads it. */
function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  const root = node instanceof Element && node.shadowRoot ? [node.shadowRoot] : [];
  return [...root, ...node.childNodes].map(deepText).join(' ').replace(/\s+/g, ' ');
}

/** The controls of the element and its parts, for opening what is closed. */
function deepButtons(node: Element | ShadowRoot): HTMLButtonElement[] {
  const own = [...node.querySelectorAll<HTMLButtonElement>('button')];
  const inner = [...node.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? deepButtons(el.shadowRoot) : []));
  return [...own, ...inner];
}

/** Opens the application named `name` if its line is closed (the guide's « croix »). */
function open(el: HTMLElement, name: string): void {
  for (const button of deepButtons(el.shadowRoot!)) {
    if (button.getAttribute('aria-expanded') === 'false' && (button.textContent ?? '').includes(name)) button.click();
  }
}

async function shows(el: HabilMyAccess, texts: Record<string, string>): Promise<void> {
  const missing = () => Object.values(texts).filter((t) => !deepText(el).includes(t));
  await waitUntil(
    () => {
      open(el, 'EDRH');
      return missing().length === 0;
    },
    'the catalogue never showed its texts',
  ).catch(() => {
    throw new Error(`never showed ${JSON.stringify(missing())}`);
  });
}

describe('habil-my-access: the texts of the server in the page\'s language', () => {
  it('shows the English description, target public and procedure of the catalogue in English', async () => {
    const el = await fixture<HabilMyAccess>(html`<habil-my-access lang="en" section="catalogue"></habil-my-access>`);
    await shows(el, { ...ENGLISH, targetPublic: 'Employees of the social security organismes' });
    expect(deepText(el)).not.to.contain(FRENCH.description);
    expect(deepText(el)).not.to.contain(FRENCH.theme);
  });

  it('shows them in French in French, and reads them again when the page changes language', async () => {
    const el = await fixture<HabilMyAccess>(html`<habil-my-access section="catalogue"></habil-my-access>`);
    await shows(el, { ...FRENCH, targetPublic: 'Salariés des organismes de Sécurité sociale' });
    expect(deepText(el)).not.to.contain(ENGLISH.description);

    el.lang = 'en';
    await shows(el, ENGLISH);
    expect(deepText(el)).not.to.contain(FRENCH.procedure);
  });
});
