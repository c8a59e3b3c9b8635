// llms.txt and llms-full.txt, in the shape of the llms.txt proposal (https://llmstxt.org/):
// an H1 with the site's name, a blockquote summary, notes without headings, then H2 sections
// of "[name](url): notes" links. llms-full.txt has the same head and carries the content.
import { WORDS } from './labels';
import { type ExportFile, toMarkdownCompanions } from './markdown-companions';
import { blocks, link, oneLine } from './markdown-text';
import { LLMS_SECTIONS } from './sections';
import {
  type ExportContext,
  type ExportOptions,
  exportContext,
  type SiteContent,
} from './site-content';

function head(content: SiteContent, options: ExportOptions, context: ExportContext): string {
  const org = content.organization;
  const { language } = context;
  const summary = oneLine(options.summary ?? org.description ?? org.name);
  const place = [org.address.locality, org.address.region].filter(Boolean).join(', ');
  const notes = [
    place && `- ${WORDS.office[language]}: ${place}`,
    `- ${WORDS.area[language]}: ${org.areaServed.join(', ')}`,
    org.email && `- ${WORDS.contact[language]}: ${link(org.email, `mailto:${org.email}`)}`,
    `- ${WORDS.website[language]}: ${link(org.url, org.url)}`,
  ].filter(Boolean);
  return blocks(`# ${oneLine(org.name)}`, `> ${summary}`, notes.join('\n'));
}

function sections(content: SiteContent, context: ExportContext) {
  return LLMS_SECTIONS.map((section) => ({
    title: section.title[context.language],
    entries: section.entries(content, context),
  })).filter((section) => section.entries.length > 0);
}

/**
 * The site's `llms.txt`: its name, a summary, a few facts, and one section per content type
 * with a link and a one-line description per item (posts and the FAQ link their Markdown
 * companions). Same content, same text: nothing depends on the clock or on file order.
 *
 * @example
 * ```ts
 * const text = toLlmsTxt({ organization, faq, posts }, { baseUrl: 'https://www.aira.nl' });
 * // # AIRA\n\n> AIRA traint teams …\n\n…\n## Veelgestelde vragen\n\n- [Veelgestelde vragen …](https://www.aira.nl/veelgestelde-vragen.md): 30 vragen …
 * ```
 */
export function toLlmsTxt(content: SiteContent, options: ExportOptions): string {
  const context = exportContext(content.organization.locale, options);
  return blocks(
    head(content, options, context),
    ...sections(content, context).map((section) =>
      blocks(
        `## ${section.title}`,
        section.entries
          .map((entry) => `- ${link(entry.title, entry.url)}: ${oneLine(entry.description)}`)
          .join('\n'),
      ),
    ),
    // "Optional" is the proposal's keyword for links a reader may skip, so it is not translated.
    blocks(
      '## Optional',
      `- ${link(WORDS.fullText[context.language], context.url('/llms-full.txt'))}: ${WORDS.fullTextNote[context.language]}`,
    ),
  );
}

/**
 * The site's `llms-full.txt`: the head of `llms.txt`, then every section with its items in
 * full (answers, post bodies with their FAQ, training and workshop facts), links absolute.
 */
export function toLlmsFullTxt(content: SiteContent, options: ExportOptions): string {
  const context = exportContext(content.organization.locale, options);
  return blocks(
    head(content, options, context),
    ...sections(content, context).map((section) =>
      blocks(
        `## ${section.title}`,
        ...section.entries.map((entry) =>
          blocks(
            `### ${oneLine(entry.title)}`,
            `${WORDS.source[context.language]}: ${entry.url}`,
            entry.content,
          ),
        ),
      ),
    ),
  );
}

/**
 * Every text file of the site: `llms.txt`, `llms-full.txt` and the Markdown companions,
 * each with its path below the site root. Write them next to the HTML pages.
 *
 * @example
 * ```ts
 * for (const file of exportSite(content, { baseUrl: 'https://www.aira.nl' })) {
 *   await writeFile(join('dist', file.path), file.text);
 * }
 * ```
 */
export function exportSite(content: SiteContent, options: ExportOptions): ExportFile[] {
  const context = exportContext(content.organization.locale, options);
  return [
    { path: 'llms.txt', url: context.url('/llms.txt'), text: toLlmsTxt(content, options) },
    {
      path: 'llms-full.txt',
      url: context.url('/llms-full.txt'),
      text: toLlmsFullTxt(content, options),
    },
    ...toMarkdownCompanions(content, options),
  ];
}
