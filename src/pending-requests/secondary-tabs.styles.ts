/**
 * What only the history and the account requests draw, in the widget's shadow root: the
 * history's filters, the « En cours / Historique » choice of account requests and the colour of
 * the external-account mark. Added after the
 * widget's styles with the code of those tabs (`loadSecondaryTabs`, panels.ts).
 */
import { css } from 'lit';
import { inlineChoiceStyles } from '../ui/styles/choice.styles.js';
import { fieldRowStyles } from '../ui/styles/toolbar.styles.js';

export const secondaryTabStyles = [
  inlineChoiceStyles,
  fieldRowStyles('.filters'),
  css`
    .filters,
    .view-switch {
      margin-inline: 0;
      margin-block: 0 var(--_habil-space-m);
      padding: 0;
      border: 0;
    }

    .filters {
      min-width: 0;
    }

    .filters .search {
      flex-basis: 16rem;
    }

    .filters habil-field:not(.search) {
      flex: 0 1 11rem;
    }

    .view-switch {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_habil-space-s) var(--_habil-space-l);
    }

    habil-data-table::part(external-icon) {
      color: var(--_habil-warning);
    }

    .view-switch legend {
      float: left;
      padding: 0;
      margin-inline-end: var(--_habil-space-s);
      font-weight: 600;
    }
  `,
];
