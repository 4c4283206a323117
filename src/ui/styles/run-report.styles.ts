/**
 * The report of a run over many items (a decision on a selection, the roles of a group saved one
 * by one): a boxed `.report` with its `<progress>`, then a `.report-row` per item, marked ✓ (`ok`),
 * ✗ (`failed`, with `.why`) or – (not sent) — a sign and words, not colour alone.
 */
import { css } from 'lit';

export const runReportStyles = css`
  .report {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_habil-space-s);
    padding: var(--_habil-space-m);
    border: 1px solid var(--_habil-divider);
    border-inline-start: 4px solid var(--_habil-accent);
    border-radius: var(--_habil-radius);
    background: var(--_habil-surface-sunken);
  }

  .report > * {
    margin: 0;
  }

  progress {
    width: min(100%, 28rem);
    height: 0.75rem;
    accent-color: var(--_habil-accent);
  }

  .report-rows {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .report-row {
    padding-block: 0.125rem;
  }

  .report-row .mark {
    display: inline-block;
    width: 1.25rem;
    font-weight: 700;
  }

  .report-row.ok .mark {
    color: var(--_habil-success);
  }

  .report-row.failed .mark {
    color: var(--_habil-danger);
  }

  .report-row .why {
    display: block;
    padding-inline-start: 1.25rem;
    color: var(--_habil-text-muted);
  }
`;
