import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createReferenceServer } from '../../mocks/reference-server.js';
import { HabilResponsableDialog, type ResponsableRequest } from '../../src/account-search/responsable-dialog.js';
import type { Group } from '../../src/domain/index.js';
import { defineElement } from '../../src/internal/define.js';
import '../../src/ui/field/define.js';
import { askingStory, confirmingAtOnce } from '../play.js';
import { NOW } from '../server.js';

// The widget's define module registers its parts; the stories of a part register only what they show.
defineElement('habil-responsable-dialog', HabilResponsableDialog);

const { store } = createReferenceServer({ now: NOW, generatedAccounts: 0 });

/** The seeded groups of the convention, as the contract shows them (with the partner administrator's actions). */
function groupsOf(responsableId: string): Group[] {
  return [...store.groups.values()]
    .filter((g) => g.conventionId === 'conv-cd83' && g.responsableId === responsableId)
    .sort((a, b) => a.code.localeCompare(b.code, 'fr'))
    .map((g) => ({
      id: g.id,
      conventionId: g.conventionId,
      code: g.code,
      label: g.label,
      level: g.level,
      openingDate: g.openingDate,
      status: 'ouvert',
      responsable: { id: responsableId, name: '' },
      roleIds: [...g.roleIds],
      memberCount: 0,
      version: g.version,
      actions: ['edit', 'close', 'assign-role', 'remove-role', 'add-member', 'edit-member', 'remove-member', 'create-subgroup'],
    }));
}

const users = [...store.accounts.values()]
  .filter((a) => a.conventionId === 'conv-cd83')
  .sort((a, b) => a.nom.localeCompare(b.nom, 'fr'))
  .map((a) => ({ id: a.id, nom: a.nom, prenom: a.prenom, identifier: a.identifier }));

const person = (id: string) => {
  const a = store.accounts.get(id)!;
  return { id, nom: a.nom, prenom: a.prenom, civilite: a.civilite };
};

const meta: Meta = {
  title: 'Comptes/Éléments internes/Désactiver un responsable habilitations',
  id: 'comptes-parts-responsable-dialog',
  component: 'habil-responsable-dialog',
  parameters: { docs: { story: { inline: false, iframeHeight: 720 } } },
};
export default meta;

type Story = StoryObj;

/** The dialog asked for `request` by « Désactiver un responsable habilitations »; the output shows what the host would then send. */
function asking(request: ResponsableRequest): Story {
  return askingStory('Désactiver un responsable habilitations', html`<habil-responsable-dialog></habil-responsable-dialog>`, 'habil-responsable-dialog', async (dialog: HabilResponsableDialog) => {
    const answer = await dialog.ask(request);
    return answer ? `Réponse : ${answer.map((r) => `${r.group.code} → ${r.responsableName}`).join(', ')}` : 'Annulé.';
  });
}

/** Sylvie GARNIER, responsable of five groups: one choice each, or the same for all. */
export const FiveGroups: Story = asking({ account: person('s-garnier'), groups: groupsOf('s-garnier'), users });

/** Julie BLANC, responsable of the sub-group CDAP T1-NORD. */
export const OneGroup: Story = asking({ account: person('j-blanc'), groups: groupsOf('j-blanc'), users });

/** No other open user in the convention: the dialog says to create one first, and offers nothing to confirm. */
export const NobodyToNameInstead: Story = asking({ account: person('j-blanc'), groups: groupsOf('j-blanc'), users: users.filter((u) => u.id === 'j-blanc') });

/** « Continuer » with choices missing: each is said on its field, and focus goes to the first. */
export const ChoicesMissing: Story = { ...FiveGroups, play: confirmingAtOnce(FiveGroups, 'habil-responsable-dialog') };
