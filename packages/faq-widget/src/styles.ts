import { type CSSResult, unsafeCSS } from 'lit';

// Lit's own css tag is there to vet interpolated values; these styles interpolate nothing (the
// signature refuses any), so the text goes to unsafeCSS as it is, which the CDN bundle holds
// anyway, and the tag's code stays out of it. Named `css` so that the bundle's template
// minifier and editors still treat the template as CSS.
const css = ([text]: TemplateStringsArray): CSSResult => unsafeCSS(text);

// Adopted stylesheets only (no <style> elements, no style attributes): works under a
// `style-src 'self'` CSP. Colours meet WCAG AA on white; every target is at least 24×24 px.
export const styles = css`
  :host {
    --_accent: var(--aira-faq-accent, #1d4ed8);
    --_on-accent: var(--aira-faq-accent-contrast, #fff);
    --_border: var(--aira-faq-border, #6b7280);
    --_divider: var(--aira-faq-divider, #d1d5db);
    --_muted: var(--aira-faq-muted, #4b5563);
    --_surface: var(--aira-faq-surface, #fff);
    --_radius: var(--aira-faq-radius, 0.5rem);
    --_space: var(--aira-faq-spacing, 1rem);
    --_focus: var(--aira-faq-focus, var(--_accent));
    display: block;
    font-family: var(--aira-faq-font, inherit);
    color: var(--aira-faq-color, inherit);
    background: var(--aira-faq-background, transparent);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]),
  [hidden]:not([hidden='until-found']) {
    display: none !important;
  }
  * {
    box-sizing: border-box;
  }
  button,
  input {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .toolbar {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    margin-block-end: var(--_space);
  }
  label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  input {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .chip,
  .control,
  .retry {
    min-block-size: 2rem;
    min-inline-size: 2rem;
    padding: 0.25rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
  }
  .chip[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .chips,
  .bar,
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .bar {
    align-items: center;
  }
  /* Pushes the buttons to the end of the bar (where the status leaves room, on its line). */
  .controls {
    margin-inline-start: auto;
  }
  .control {
    padding-inline: 0.25rem;
    border-color: transparent;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .status {
    margin: 0;
    color: var(--_muted);
  }
  .status:empty {
    display: none;
  }
  /* While loading there is no toolbar yet and the bar holds only "Vragen laden…". Without a box
     of its own, the toolbar arriving above it moves nothing, so it counts as no layout shift. */
  .bar:not(.toolbar ~ .bar) {
    display: contents;
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .list {
    border-block-start: 1px solid var(--_divider);
  }
  /* A chunk off screen skips style and layout, standing in with the height of its shown items. */
  .chunk {
    content-visibility: auto;
    contain-intrinsic-block-size: calc(var(--n) * 3.5rem);
  }
  /* Not rendered yet: it holds the same place it will take while off screen. */
  .chunk:empty {
    block-size: calc(var(--n) * 3.5rem);
  }
  .item {
    border-block-end: 1px solid var(--_divider);
    /* Items off screen skip layout and paint; find-in-page and deep links still reach them. */
    content-visibility: auto;
    contain-intrinsic-size: auto 3.5rem;
  }
  .jump .item {
    content-visibility: visible;
  }
  .heading {
    margin: 0;
    font-size: var(--aira-faq-question-size, 1.0625rem);
    font-weight: 600;
    line-height: 1.4;
  }
  .question {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: calc(var(--_space) * 0.75) 0.25rem;
    border: 0;
    background: none;
    text-align: start;
    /* A deep link scrolls the question here; a host with a sticky header sets its height. */
    scroll-margin-block-start: var(--aira-faq-scroll-margin, var(--_space));
  }
  .question:focus-visible {
    /* Inside the item's paint containment: an outer ring would be clipped. */
    outline-offset: -3px;
  }
  .question:hover {
    color: var(--_accent);
  }
  .icon {
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    margin-inline: 0.25em;
    /* Physical sides on purpose: a down/up chevron must not mirror in right-to-left text. */
    border-bottom: 2px solid;
    border-right: 2px solid;
    transform: translateY(-25%) rotate(45deg);
    transition: transform 0.2s;
  }
  [aria-expanded='true'] > .icon {
    transform: translateY(25%) rotate(-135deg);
  }
  .answer {
    padding: 0 0.25rem var(--_space);
    animation: aira-faq-open 0.2s ease-out;
  }
  .answer > :first-child {
    margin-block-start: 0;
  }
  .answer > :last-child {
    margin-block-end: 0;
  }
  .answer :is(ul, ol) {
    padding-inline-start: 1.5rem;
  }
  a {
    color: var(--_accent);
  }
  mark {
    background: var(--aira-faq-mark, #fde68a);
    color: var(--aira-faq-mark-color, inherit);
    border-radius: 2px;
  }
  .empty,
  .error {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--aira-faq-notice-background, #f3f4f6);
  }
  .error {
    border-inline-start: 4px solid var(--aira-faq-error, #b91c1c);
  }
  .empty > p,
  .error > p {
    margin: 0 0 0.5rem;
  }
  .error > slot {
    display: block;
    margin-block-start: 0.5rem;
  }
  @keyframes aira-faq-open {
    from {
      opacity: 0;
      transform: translateY(-0.25rem);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .icon {
      transition: none;
    }
    .answer {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .chip[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
    .control {
      color: LinkText;
    }
  }
`;
