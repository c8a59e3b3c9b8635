// The ROI blog post embeds <aira-roi> under its worked example: the figures are pre-rendered
// (renderRoiHtml), so the case reads without JavaScript, and the element makes it editable.
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderRoiHtml } from '@aira/roi-widget/server';

const SLUG = 'roi-van-ai-training-berekenen';
const SCRIPT = '/static-site/aira-roi.js';

/** The `<script>` the post's <head> needs, or nothing for other posts. */
export const roiHead = (post) =>
  post.slug === SLUG ? `\n<script type="module" src="${SCRIPT}"></script>` : '';

/**
 * The post's HTML with the calculator after the worked example: before the first <h2> that
 * follows the "Rekenvoorbeeld" heading.
 */
export function withRoiCalculator(post, html) {
  if (post.slug !== SLUG) return html;
  const example = html.indexOf('<h2>Rekenvoorbeeld');
  const next = example === -1 ? -1 : html.indexOf('<h2>', example + 1);
  if (next === -1)
    throw new Error(`${SLUG}: no heading after the worked example to put the calculator before`);
  const calculator = `<h3>Reken het zelf na</h3>
<p>Hieronder staat hetzelfde rekenvoorbeeld. Vul uw eigen aantallen en bedragen in; de uitkomst, de berekening en de grafiek passen zich aan.</p>
${renderRoiHtml({}, { headingLevel: 4, share: true })}
`;
  return `${html.slice(0, next)}${calculator}${html.slice(next)}`;
}

/** Puts the element's single-file bundle next to the pages. */
export function copyRoiBundle(out) {
  const bundle = fileURLToPath(import.meta.resolve('@aira/roi-widget/aira-roi.js'));
  copyFileSync(bundle, new URL('aira-roi.js', out));
}
