import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { shadowWith, typeIn } from '../play.js';
import { myProfile } from '../../core/views.js';
import { createReferenceServer } from '../../mocks/reference-server.js';
import type { MyProfile } from '../../src/domain/index.js';
import '../../src/my-profile/define.js';
import { ADD_PROFILE_URL, type HabilMyProfile } from '../../src/my-profile/define.js';
import { maintenance, referenceHandlers, withHandlers } from '../../.storybook/reference-server.js';
import { failing, loading, NOW } from '../server.js';

type Args = Pick<HabilMyProfile, 'addProfileUrl'>;

const meta: Meta<Args> = {
  title: 'Widgets/Mes coordonnées',
  id: 'widgets-my-profile',
  component: 'habil-my-profile',
  args: { addProfileUrl: ADD_PROFILE_URL },
  argTypes: { addProfileUrl: { control: 'text' } },
  parameters: { persona: 'user-carsat', referenceServer: { now: NOW } },
  render: (args) => html`<habil-my-profile add-profile-url=${args.addProfileUrl}></habil-my-profile>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The widget's shadow root, once the details are shown. */
const form = (canvas: HTMLElement) => shadowWith(canvas.querySelector('habil-my-profile')!, 'form');

function save(root: ShadowRoot): void {
  root.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
}

const problem = (status: number, body: object) => HttpResponse.json({ status, ...body }, { status, headers: { 'Content-Type': 'application/problem+json' } });

/** Coralie Living, user at CARSAT ALSACE-MOSELLE: the guide's « Mes coordonnées ». */
export const MesCoordonnees: Story = {};

/** « Enregistrer » with a foreign phone, no nom and a broken e-mail: each field says why, the list above leads to them. */
export const ChampsACorriger: Story = {
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    typeIn(root, 'nom', '');
    typeIn(root, 'phone', '+44 20 7946 0958');
    typeIn(root, 'emailContact', 'coralie@');
    save(root);
  },
};

/** A phone and an organisme secondaire saved: the phone as the guides write it, and which fields changed. */
export const Enregistrees: Story = {
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    typeIn(root, 'phone', '0388252630');
    const select = root.querySelector('habil-field[name="secondaryOrganismeId"]')!.shadowRoot!.querySelector<HTMLSelectElement>('#control')!;
    select.value = 'cpam-67';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    save(root);
  },
};

/** « Enregistrer » with nothing changed. */
export const RienAEnregistrer: Story = {
  play: async ({ canvasElement }) => save(await form(canvasElement)),
};

/** Coralie's details as the seed has them (version 1), then as her local administrator changed them meanwhile (R15). */
const { store } = createReferenceServer({ now: NOW, generatedAccounts: 0 });
const CORALIE: MyProfile = myProfile(store, store.accounts.get('c-living')!, undefined);
const CHANGED_MEANWHILE: MyProfile = { ...CORALIE, phone: '03 88 25 26 30', version: 2 };
const staleState = { reads: 0 };

/** Her local administrator corrected her phone while she typed her nom de naissance: read again, what she typed kept, what changed said. */
export const ModifieesEntreTemps: Story = {
  loaders: [
    () => {
      staleState.reads = 0;
    },
  ],
  parameters: {
    msw: {
      handlers: {
        reference: [
          http.get('/api/me/profile', () => {
            staleState.reads += 1;
            return HttpResponse.json(staleState.reads === 1 ? CORALIE : CHANGED_MEANWHILE);
          }),
          http.patch('/api/me/profile', async ({ request }) =>
            request.headers.get('If-Match') === '"1"'
              ? problem(412, { type: '/problems/stale-write', code: 'stale-write', title: 'Quelqu’un d’autre a modifié cet élément entre-temps.', currentVersion: 2 })
              : HttpResponse.json({ ...CHANGED_MEANWHILE, ...((await request.json()) as object), version: 3 }),
          ),
          ...referenceHandlers,
        ],
      },
    },
  },
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    typeIn(root, 'nomNaissance', 'MARTIN');
    save(root);
  },
};

/** The server does not answer the save: the reason, « Réessayer », what was typed kept. */
export const EnregistrementImpossible: Story = {
  parameters: withHandlers(http.patch('/api/me/profile', () => maintenance())),
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    typeIn(root, 'phone', '03 88 25 26 30');
    save(root);
  },
};

/** Pierre Raymond, director (ADD): read only, the Référentiel des ADD's « mon profil » page and labdd@ucanss.fr (R2). */
export const AgentDeDirection: Story = { parameters: { persona: 'director-carsat' } };

/** Mathieu Durand, CAF partner user: his partner administrator keeps his details. */
export const UtilisateurPartenaire: Story = { parameters: { persona: 'responsable' } };

export const Chargement: Story = loading('/api/me/profile');

export const Erreur: Story = failing('/api/me/profile');
