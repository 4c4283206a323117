import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { actorOf } from '../../mocks/access.js';
import { createReferenceServer } from '../../mocks/reference-server.js';
import { accountDetail, accountSummary } from '../../mocks/views.js';
import { HabilDeactivationDialog, type DeactivationRequest } from '../../src/account-parts/deactivation-dialog.js';
import { defineElement } from '../../src/internal/define.js';
import '../../src/ui/field/define.js';
import { askingStory, confirmingAtOnce } from '../play.js';

// The widget's define module registers its parts; the stories of a part register only what they show.
defineElement('habil-deactivation-dialog', HabilDeactivationDialog);

/** The day of the guide's screens, as the reference server of the tests has it. */
const TODAY = '2025-06-02';
const { store } = createReferenceServer({ now: `${TODAY}T10:00:00+02:00`, generatedAccounts: 0 });
const admin = actorOf(store, 'e-benga');
const partnerAdmin = actorOf(store, 'p-martin');

const meta: Meta = {
  title: 'Comptes/Éléments internes/Dialogue de désactivation',
  id: 'comptes-parts-deactivation-dialog',
  component: 'habil-deactivation-dialog',
  parameters: { docs: { story: { inline: false, iframeHeight: 620 } } },
};
export default meta;

type Story = StoryObj;

/** The dialog asked for `request` by a button reading `trigger`; the output shows the answer the host would send. */
function asking(request: DeactivationRequest, trigger: string): Story {
  return askingStory(trigger, html`<habil-deactivation-dialog></habil-deactivation-dialog>`, 'habil-deactivation-dialog', async (dialog: HabilDeactivationDialog) => {
    const answer = await dialog.ask(request);
    return answer ? `Réponse : ${JSON.stringify(answer)}` : 'Annulé.';
  });
}

function dialogOf(canvas: HTMLElement): HabilDeactivationDialog {
  return canvas.querySelector('habil-deactivation-dialog')!;
}

/** Emma AHOVA, UCANSS: the two choices of the guide, none chosen in advance. */
export const Ucanss: Story = asking({ account: accountSummary(store, admin, store.accounts.get('e-ahova')!), space: 'ucanss', today: TODAY }, 'Désactiver le compte');

/** Confirming without a choice: the error is tied to the group and read out. */
export const UcanssSansChoix: Story = { ...Ucanss, play: confirmingAtOnce(Ucanss, 'habil-deactivation-dialog') };

/** Louis D'ARTAGNAN is already inactive: only the permanent deletion is left. */
export const UcanssCompteInactif: Story = asking(
  { account: accountSummary(store, admin, store.accounts.get('l-dartagnan')!), space: 'ucanss', today: TODAY },
  'Désactiver le compte',
);

/** A bulk action on the whole result ("Tout"): the number of accounts. */
export const UcanssPlusieursComptes: Story = asking({ count: 12, space: 'ucanss', today: TODAY }, 'Désactiver 12 comptes');

/** « Tout » on a result holding read-only accounts: the host's note says they will be left out. */
export const UcanssPlusieursComptesDontLectureSeule: Story = asking(
  {
    count: 12,
    space: 'ucanss',
    today: TODAY,
    note: '2 comptes du résultat ne permettent pas cette action (comptes en lecture seule, par exemple) : ils seront laissés de côté.',
  },
  'Désactiver 12 comptes',
);

/** Anaïs ROUX, CAF: closing date (today by default) and her Afas profile, to remove first (R6). */
export const Caf: Story = asking({ account: accountDetail(store, partnerAdmin, store.accounts.get('a-roux')!), space: 'caf', today: TODAY }, "Désactiver l'utilisateur");

/** Mathieu DURAND holds no Afas profile: no Afas notice. A date in the past is refused with the words of R6. */
export const CafDateRetroactive: Story = {
  ...asking({ account: accountDetail(store, partnerAdmin, store.accounts.get('m-durand')!), space: 'caf', today: TODAY }, "Désactiver l'utilisateur"),
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLButtonElement>('.trigger')!.click();
    const dialog = dialogOf(canvasElement);
    await dialog.updateComplete;
    const input = dialog.shadowRoot!.querySelector('habil-field')!.shadowRoot!.querySelector('input')!;
    input.value = '2025-05-30';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
  },
};

/** Closing several CAF users: a bulk action closes today. */
export const CafPlusieursComptes: Story = asking({ count: 3, space: 'caf', today: TODAY }, 'Désactiver 3 utilisateurs');
