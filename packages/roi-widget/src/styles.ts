import { css } from 'lit';

// Adopted stylesheets only (no <style> elements, no style attributes): works under a
// `style-src 'self'` CSP. Colours meet WCAG AA on white; every target is at least 24×24 px.
// Nothing moves (no transitions or animations), so reduced-motion settings have nothing to stop.
export const styles = css`
  :host {
    --_accent: var(--aira-roi-accent, #1d4ed8);
    --_border: var(--aira-roi-border, #6b7280);
    --_muted: var(--aira-roi-muted, #4b5563);
    --_surface: var(--aira-roi-surface, #fff);
    --_card: var(--aira-roi-card, #f3f4f6);
    --_error: var(--aira-roi-error, #b91c1c);
    --_radius: var(--aira-roi-radius, 0.5rem);
    --_space: var(--aira-roi-spacing, 1rem);
    --_focus: var(--aira-roi-focus, var(--_accent));
    display: block;
    font-family: var(--aira-roi-font, inherit);
    color: var(--aira-roi-color, inherit);
    background: var(--aira-roi-background, transparent);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .heading {
    font-size: 1.25em;
    font-weight: 700;
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) * 0.5);
  }
  /* Deeper levels, smaller type, so the element sits under the host's own headings. */
  .heading[aria-level='3'] {
    font-size: 1.125em;
  }
  .heading[aria-level='4'],
  .heading[aria-level='5'],
  .heading[aria-level='6'] {
    font-size: 1em;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    gap: var(--_space);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  label,
  .label {
    font-weight: 600;
  }
  .control {
    display: flex;
    align-items: center;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .control:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .prefix {
    padding-inline-start: 0.75rem;
  }
  input {
    font: inherit;
    color: inherit;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 0;
    background: transparent;
    border-radius: var(--_radius);
  }
  input:focus-visible {
    outline: none;
  }
  input[aria-invalid='true'] {
    text-decoration: underline wavy var(--_error);
  }
  .field:has(input[aria-invalid='true']) .control {
    border: 2px solid var(--_error);
  }
  .unit {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .error,
  .stale {
    color: var(--_error);
    font-weight: 600;
    margin: 0;
  }
  .error::before {
    content: '⚠ ';
  }
  .stale {
    padding: var(--_space);
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
  }
  .groups {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
    gap: var(--_space);
  }
  .group-name {
    font-weight: 700;
    margin: 0 0 0.5rem;
  }
  .cards {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
  }
  .groups .cards {
    flex-direction: column;
  }
  .groups .card {
    flex: none;
  }
  .card {
    flex: 1 1 9rem;
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    background: var(--_card);
    border: 1px solid transparent;
  }
  .card dt {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .card dd {
    margin: 0;
    font-size: 1.375em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .card small {
    display: block;
    font-size: 0.625em;
    font-weight: 400;
  }
  .derivation {
    padding-inline-start: 1.5rem;
  }
  .derivation li + li {
    margin-block-start: 0.25rem;
  }
  .chart {
    margin: 0;
    container-type: inline-size;
  }
  /* The SVG scales down with its box; keep its text readable on a phone. */
  @container (max-width: 30rem) {
    .tick,
    .marker-label {
      font-size: 24px;
    }
  }
  .chart > svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    max-block-size: 20rem;
  }
  .axis {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .tick,
  .marker-label {
    fill: currentColor;
    font-size: 13px;
  }
  .line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .marker {
    stroke: var(--_muted);
    stroke-dasharray: 4 4;
  }
  .marker-dot {
    fill: var(--_surface);
    stroke: currentColor;
    stroke-width: 3;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
    list-style: none;
    padding: 0;
  }
  .legend svg {
    inline-size: 2rem;
    block-size: 0.5rem;
    margin-inline-end: 0.375rem;
  }
  summary {
    cursor: pointer;
    min-block-size: 1.5rem;
    padding-block: 0.25rem;
  }
  table {
    border-collapse: collapse;
    margin-block-start: 0.5rem;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    text-align: end;
    padding: 0.125rem 0.75rem;
    border-block-end: 1px solid var(--_card);
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .line,
    .marker-dot {
      stroke: CanvasText;
    }
    .marker,
    .axis {
      stroke: GrayText;
    }
    .tick,
    .marker-label {
      fill: CanvasText;
    }
    .card {
      border-color: CanvasText;
    }
    .error,
    .stale {
      color: CanvasText;
      border-color: CanvasText;
    }
  }
  @media print {
    :host {
      font-size: 10pt;
      --aira-roi-spacing: 0.5rem;
    }
    .fields {
      grid-template-columns: repeat(3, 1fr);
    }
    .chart > svg {
      max-block-size: 11rem;
    }
    input {
      min-block-size: 0;
      padding: 0 0.25rem;
    }
    .control {
      border: 0;
    }
    .table {
      display: none;
    }
    .card,
    .chart,
    .derivation {
      break-inside: avoid;
    }
    .card {
      border-color: #000;
    }
    .heading {
      margin-block-start: 0.75rem;
    }
  }
`;
