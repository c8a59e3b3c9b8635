import { html, type TemplateResult } from 'lit';

/** Heading levels the element accepts; anything else falls back to 2. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Clamps an attribute value to a heading level 2–6 (the page's h1 is the host's). */
export function headingLevel(value: unknown): HeadingLevel {
  const level = Math.trunc(Number(value));
  return level >= 2 && level <= 6 ? (level as HeadingLevel) : 2;
}

// Real <hN> elements, not role="heading": one static template per level keeps Lit's
// template cache working without the static-html module.
export function heading(level: HeadingLevel, content: TemplateResult): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3 class="heading" part="heading">${content}</h3>`;
    case 4:
      return html`<h4 class="heading" part="heading">${content}</h4>`;
    case 5:
      return html`<h5 class="heading" part="heading">${content}</h5>`;
    case 6:
      return html`<h6 class="heading" part="heading">${content}</h6>`;
    default:
      return html`<h2 class="heading" part="heading">${content}</h2>`;
  }
}
