import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/ui/field/define.js';
import type { FieldOption, FieldType } from '../../src/ui/field/define.js';

interface Args {
  label: string;
  name: string;
  type: FieldType;
  value: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  hint: string;
  error: string;
  options: FieldOption[];
}

const ORGANISMES: FieldOption[] = [
  { value: '670000RH', label: 'CARSAT ALSACE-MOSELLE' },
  { value: '330000RH', label: 'CPAM DE LA GIRONDE' },
  { value: '750000RH', label: 'URSSAF ÎLE-DE-FRANCE' },
  { value: '690000RH', label: 'CAF DU RHÔNE' },
];

const meta: Meta<Args> = {
  title: 'UI/Champ de formulaire',
  id: 'ui-field',
  component: 'habil-field',
  args: {
    label: 'Adresse e-mail professionnelle',
    name: 'emailPro',
    type: 'email',
    value: '',
    required: false,
    disabled: false,
    readonly: false,
    hint: '',
    error: '',
    options: [],
  },
  argTypes: {
    type: { control: 'select', options: ['text', 'email', 'tel', 'password', 'search', 'url', 'number', 'date', 'select', 'textarea'] },
  },
  render: (args) => html`
    <habil-field
      label=${args.label}
      name=${args.name}
      type=${args.type}
      .value=${args.value}
      hint=${args.hint}
      error=${args.error}
      .options=${args.options}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
    ></habil-field>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Text: Story = { args: { label: 'Nom', name: 'nom', type: 'text', value: "D'Artagnan" } };

export const Required: Story = { args: { required: true } };

export const WithHint: Story = { args: { required: true, hint: 'Exemple : prenom.nom@urssaf.fr' } };

/** The error is tied to the input; what the user typed stays. */
export const WithError: Story = {
  args: {
    required: true,
    hint: 'Exemple : prenom.nom@urssaf.fr',
    value: 'co.living@gmail.com',
    error: "Utilisez une adresse d'un domaine de l'Institution (@urssaf.fr, @assurance-maladie.fr…) ou indiquez un compte externe.",
  },
};

export const Select: Story = {
  args: { label: 'Organisme de rattachement', name: 'organismeId', type: 'select', options: ORGANISMES, required: true },
};

export const DateField: Story = { args: { label: 'Date de clôture', name: 'closingDate', type: 'date', value: '2025-06-30', hint: 'Pas de date passée.' } };

export const Textarea: Story = { args: { label: 'Motif du refus', name: 'reason', type: 'textarea', value: '' } };

export const ReadOnly: Story = {
  args: { label: 'Identifiant', name: 'id', type: 'text', value: 'AAA2930CAU', readonly: true, hint: "Attribué à la création du compte." },
};

export const Disabled: Story = { args: { label: 'Fonction', name: 'fonction', type: 'text', value: 'Gestionnaire', disabled: true } };

/** In a native form: the values are submitted under their names. */
export const InAForm: Story = {
  render: () => {
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      form.querySelector('output')!.textContent = JSON.stringify(Object.fromEntries(new FormData(form)));
    };
    return html`
      <form @submit=${submit}>
        <p>Les champs marqués d'un astérisque (*) sont obligatoires.</p>
        <habil-field label="Nom" name="nom" required></habil-field>
        <habil-field label="Prénom" name="prenom" required></habil-field>
        <habil-field label="Organisme" name="organismeId" type="select" .options=${ORGANISMES} required></habil-field>
        <button type="submit">Envoyer</button>
        <button type="reset">Effacer</button>
        <output aria-label="Valeurs envoyées"></output>
      </form>
    `;
  },
};
