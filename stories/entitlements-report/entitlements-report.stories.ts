import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { http } from 'msw';
import { waitFor } from 'storybook/test';
import '../../src/entitlements-report/define.js';
import type { HabilEntitlementsReport } from '../../src/entitlements-report/define.js';
import { neverAnswered, referenceHandlers } from '../../.storybook/reference-server.js';
import { failing, loading, NOW } from '../server.js';

interface Args {
  nom: string;
  email: string;
  add: 'true' | 'false' | undefined;
}

const meta: Meta<Args> = {
  title: 'Widgets/État des habilitations',
  id: 'widgets-entitlements-report',
  component: 'habil-entitlements-report',
  args: { nom: '', email: '', add: undefined },
  argTypes: {
    nom: { control: 'text' },
    email: { control: 'text' },
    add: { control: 'inline-radio', options: [undefined, 'true', 'false'], labels: { undefined: 'Indifférent', true: 'Avec ADD', false: 'Sans ADD' } },
  },
  parameters: { persona: 'admin-carsat', referenceServer: { now: NOW } },
  render: (args) =>
    html`<habil-entitlements-report nom=${args.nom} email=${args.email} add=${args.add ?? nothing}></habil-entitlements-report>`,
};
export default meta;

type Story = StoryObj<Args>;

function widget(canvas: HTMLElement): HabilEntitlementsReport {
  return canvas.querySelector('habil-entitlements-report')!;
}

async function clickWhenReady(canvas: HTMLElement, part: string): Promise<void> {
  const button = await waitFor(() => {
    const found = widget(canvas).shadowRoot?.querySelector<HTMLElement>(`[part~="${part}"]`);
    if (!found || found.getAttribute('aria-disabled') === 'true') throw new Error(`waiting for ${part}`);
    return found;
  });
  button.click();
}

/** Émilie Benga, local administrator of CARSAT ALSACE-MOSELLE: everybody in her organisme, with their roles. */
export const Resultats: Story = {};

/** "Nom : schneider" — the report of one person, as the guide suggests. */
export const UnePersonne: Story = { args: { nom: 'schneider-k' } };

/** "ADD : Avec ADD" — the senior executives (agents de direction) and their roles. */
export const AvecADD: Story = { args: { add: 'true' } };

/** Nobody matches: no export is offered. */
export const AucunResultat: Story = { args: { nom: 'zzz' } };

/** The report is on its way (the server never answers here). */
export const Chargement: Story = loading('/api/reports/entitlements');

/** The server failed: its reason, and "Recharger l'état". */
export const Erreur: Story = failing('/api/reports/entitlements');

/** Coralie Living, a plain user: the report is for administrators. */
export const NonAutorise: Story = { parameters: { persona: 'user-carsat' } };

/**
 * A large organisme (about 1,300 persons): "Exporter en Excel" reads the result 500 at a time
 * with a progress bar and a Cancel button. The second page never comes here, to show it.
 */
export const ExportEnCours: Story = {
  parameters: {
    referenceServer: { now: NOW, generatedAccounts: 6000 },
    msw: {
      handlers: {
        reference: [
          http.get('/api/reports/entitlements', async ({ request }) => {
            if (new URL(request.url).searchParams.get('page') === '2') await neverAnswered();
          }),
          ...referenceHandlers,
        ],
      },
    },
  },
  play: async ({ canvasElement }) => clickWhenReady(canvasElement, 'export-excel'),
};

/** The PDF was created: the status says which file and how many persons (the story keeps the file instead of downloading it). */
export const ExportTermine: Story = {
  args: { nom: 'schneider-k' },
  play: async ({ canvasElement }) => {
    widget(canvasElement).addEventListener('habil-report-exported', (event) => event.preventDefault());
    await clickWhenReady(canvasElement, 'export-pdf');
  },
};

/**
 * Stands in for `Worker` while a story's play shows one state of an export, then gives it back
 * (the export keeps the worker it started).
 */
async function withWorker(stand: unknown, play: () => Promise<void>): Promise<void> {
  const real = globalThis.Worker;
  globalThis.Worker = stand as typeof Worker;
  try {
    await play();
  } finally {
    globalThis.Worker = real;
  }
}

/** An export worker that has made 42 % of the file and goes no further, to show that state. */
class HalfwayWorker extends EventTarget {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: unknown = null;
  onmessageerror: unknown = null;
  postMessage(): void {
    queueMicrotask(() => {
      this.onmessage?.({ data: { kind: 'started' } });
      this.onmessage?.({ data: { kind: 'progress', done: 0.42 } });
    });
  }
  terminate(): void {}
}

/** Every page is read; the export worker is making the PDF: how much of it is made, and « Annuler ». */
export const CreationDuFichier: Story = {
  parameters: { referenceServer: { now: NOW, generatedAccounts: 6000 } },
  play: async ({ canvasElement }) =>
    withWorker(HalfwayWorker, async () => {
      await clickWhenReady(canvasElement, 'export-pdf');
      await waitFor(() => {
        if (!widget(canvasElement).shadowRoot?.querySelector('[part~="progress-panel"] label')?.textContent?.includes('42')) throw new Error('waiting');
      });
    }),
};

/** A browser that refuses to start the worker (a strict CSP, a script of another origin). */
class RefusedWorker {
  constructor() {
    throw new DOMException('Script at a cross-origin URL cannot be accessed from origin', 'SecurityError');
  }
}

/** The page refuses workers: the widget says so and makes the file in the page, more slowly. */
export const ExportDansLaPage: Story = {
  args: { nom: 'schneider' },
  play: async ({ canvasElement }) => {
    widget(canvasElement).addEventListener('habil-report-exported', (event) => event.preventDefault());
    await withWorker(RefusedWorker, async () => {
      await clickWhenReady(canvasElement, 'export-excel');
      await waitFor(() => {
        if (widget(canvasElement).shadowRoot?.querySelector('[part~="progress-panel"]')) throw new Error('waiting');
      });
    });
  },
};
