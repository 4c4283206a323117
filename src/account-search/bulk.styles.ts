/** The progress and the report of a bulk action (render-bulk.ts): they come with its code. */
import { css } from 'lit';

export const bulkStyles = css`
  [part~='bulk'] {
    display: flex;
    flex-direction: column;
    gap: var(--_habil-space-s);
    padding: var(--_habil-space-m);
    border: 1px solid var(--_habil-divider);
    border-inline-start: 4px solid var(--_habil-accent);
    border-radius: var(--_habil-radius);
    background: var(--_habil-surface-raised);
  }

  [part~='bulk'] h3 {
    margin: 0;
    font-size: var(--_habil-font-size);
  }

  .progress-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_habil-space-s) var(--_habil-space-m);
  }

  progress {
    flex: 1 1 12rem;
    height: 0.75rem;
    accent-color: var(--_habil-accent);
  }

  .progress-count {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }

  .report-table {
    width: 100%;
    border-collapse: collapse;
  }

  .report-table caption {
    padding-block: var(--_habil-space-xs);
    text-align: start;
    font-weight: 600;
  }

  .report-table th,
  .report-table td {
    padding: var(--_habil-space-xs) var(--_habil-space-s);
    border-bottom: 1px solid var(--_habil-divider);
    text-align: start;
    vertical-align: top;
  }

  .report-table thead th {
    background: var(--_habil-surface-sunken);
  }

  .report-detail {
    display: block;
    color: var(--_habil-text-muted);
    font-size: var(--_habil-font-size-small);
  }

  details ul {
    margin: var(--_habil-space-xs) 0 0;
    padding-inline-start: var(--_habil-space-l);
  }

  summary {
    cursor: pointer;
  }

  @media (max-width: 30rem) {
    [part~='bulk'] {
      padding: var(--_habil-space-s);
    }
  }
`;
