// Markdown companions: a clean Markdown copy of each post and of the FAQ page, served next to
// the HTML at the same URL plus `.md` (the llms.txt proposal's convention).
import { stringify } from 'yaml';
import { pagePath } from '../page-paths';
import type { BlogPost } from '../schemas/blog-post';
import type { FaqFeed } from '../schemas/faq-feed';
import type { FaqItem } from '../schemas/faq-item';
import { WORDS } from './labels';
import { absoluteLinks, blocks, link, oneLine, shiftHeadings } from './markdown-text';
import { companionUrl, MODEL_PAGES } from './model-markdown';
import { type ExportedPost, exportedPost, type PostSources } from './post-sources';
import {
  type ExportContext,
  type ExportOptions,
  exportContext,
  type SiteContent,
} from './site-content';

/** A file the exports write: its path below the output folder, its absolute URL and its text. */
export interface ExportFile {
  /** Relative to the site root, e.g. `blog/roi-van-ai-training.md` or `llms.txt`. */
  path: string;
  /** Absolute URL the file is served at. */
  url: string;
  /** For a Markdown companion: the absolute URL of the HTML page it mirrors. */
  alternateOf?: string;
  text: string;
}

/** The absolute URL of a post's HTML page: the `post` path with its slug. */
export function postPageUrl(post: Pick<BlogPost, 'slug'>, context: ExportContext): string {
  return context.url(pagePath('post', { slug: post.slug }, context.paths));
}

/**
 * The absolute URL of the FAQ page: the feed's own `url`, else the `faq` path (as
 * `@aira/jsonld`'s `faqPage` does).
 */
export function faqPageUrl(feed: Pick<FaqFeed, 'url'>, context: ExportContext): string {
  return context.url(feed.url ?? pagePath('faq', {}, context.paths));
}

/** An ATX heading at `level` (capped at 6) on one line. */
export const heading = (level: number, text: string) =>
  `${'#'.repeat(Math.min(6, level))} ${oneLine(text)}`;

function questionAndAnswer(
  item: Pick<FaqItem, 'question' | 'answer'>,
  level: number,
  pageUrl: string,
) {
  return blocks(heading(level, item.question), absoluteLinks(item.answer, pageUrl));
}

/** The FAQ's questions as Markdown, grouped under its categories; headings start at `top`. */
export function faqQuestionsMarkdown(feed: FaqFeed, context: ExportContext, top: number): string {
  const pageUrl = faqPageUrl(feed, context);
  const categories = feed.categories ?? [];
  if (categories.length === 0) {
    return blocks(...feed.items.map((item) => questionAndAnswer(item, top, pageUrl)));
  }
  const known = new Set(categories.map((category) => category.id));
  const groups = [
    ...categories.map((category) => ({
      label: category.label,
      items: feed.items.filter((item) => item.category === category.id),
    })),
    {
      label: WORDS.otherQuestions[context.language],
      items: feed.items.filter((item) => item.category === undefined || !known.has(item.category)),
    },
  ].filter((group) => group.items.length > 0);
  return blocks(
    ...groups.map((group) =>
      blocks(
        heading(top, group.label),
        ...group.items.map((item) => questionAndAnswer(item, top + 1, pageUrl)),
      ),
    ),
  );
}

/**
 * A post's byline (author, linked to their page when known, and date), its body, its whole FAQ
 * (written-out questions and the feed items it names) and its further reading as Markdown;
 * headings start at `top`.
 */
export function postMarkdownBody(
  { post, author }: ExportedPost,
  context: ExportContext,
  top: number,
): string {
  const pageUrl = postPageUrl(post, context);
  const readMore = (post.readMore ?? []).map((entry) => {
    const url = postPageUrl(entry, context);
    return `- ${link(entry.title ?? entry.slug, url)}`;
  });
  const by = author.url ? link(author.name, author.url) : oneLine(author.name);
  return blocks(
    `${WORDS.by[context.language]} ${by}, ${context.longDate(post.date)}`,
    shiftHeadings(absoluteLinks(post.body, pageUrl), top),
    post.faq.length > 0 &&
      blocks(
        heading(top, WORDS.faq[context.language]),
        ...post.faq.map((item) => questionAndAnswer(item, top + 1, pageUrl)),
      ),
    readMore.length > 0 &&
      blocks(heading(top, WORDS.readMore[context.language]), readMore.join('\n')),
  );
}

function frontmatter(fields: Record<string, string | readonly string[] | undefined>): string {
  const defined = Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  );
  return `---\n${stringify(defined, { lineWidth: 0 })}---`;
}

/**
 * A post as a Markdown file: frontmatter (title, description, date, updated, url, language,
 * author and the author's page, category, tags), the title as H1, the byline, the body, its
 * FAQ and its further reading. Every link is absolute. Pass `sources` so the author id becomes
 * the author's name and `faqRefs` become the feed's questions.
 *
 * @example
 * ```ts
 * const text = postToMarkdown(post, { baseUrl: 'https://www.aira.nl' }, { authors, faq });
 * // ---\ntitle: Zo bereken je de ROI van AI-training\n…\nauthor: Redactie AIRA\n…
 * ```
 */
export function postToMarkdown(
  post: BlogPost,
  options: ExportOptions,
  sources: PostSources = {},
): string {
  const context = exportContext(post.locale, options);
  const exported = exportedPost(post, sources, context);
  const { author } = exported;
  return blocks(
    frontmatter({
      title: post.title,
      description: oneLine(post.description),
      date: post.date,
      updated: post.updated ?? post.date,
      url: postPageUrl(post, context),
      language: post.locale,
      author: author.name,
      author_url: author.url,
      category: post.category,
      tags: post.tags.length > 0 ? post.tags : undefined,
    }),
    heading(1, post.title),
    postMarkdownBody(exported, context, 2),
  );
}

/**
 * The FAQ as a Markdown file: frontmatter (title, updated, url, language), the title as H1,
 * each category as H2 and each question as H3 with its answer. Every link is absolute.
 */
export function faqToMarkdown(feed: FaqFeed, options: ExportOptions): string {
  const context = exportContext(feed.locale, options);
  const title = feed.title ?? WORDS.faq[context.language];
  return blocks(
    frontmatter({
      title,
      updated: feed.updated,
      url: faqPageUrl(feed, context),
      language: feed.locale,
    }),
    heading(1, title),
    faqQuestionsMarkdown(feed, context, 2),
  );
}

/**
 * The Markdown companions of a site: one per post (`blog/<slug>.md`), one for the FAQ (at its
 * own `url` or the `faq` path; none when that page is on another site), and one
 * for each step plan, roadmap, competence framework, budget split and author that has a page
 * of its own (a URL with `#` is a part of another page, so it gets none).
 */
export function toMarkdownCompanions(content: SiteContent, options: ExportOptions): ExportFile[] {
  const files: ExportFile[] = [];
  const companion = (pageUrl: string, text: string) => {
    // `/stappenplan/` and `/stappenplan` share one companion, `/stappenplan.md`.
    const url = `${pageUrl.replace(/\/+$/, '')}.md`;
    const base = exportContext(content.organization.locale, options).base;
    const path = url.startsWith(`${base}/`)
      ? url.slice(base.length + 1)
      : new URL(url).pathname.slice(1);
    files.push({ path, url, alternateOf: pageUrl, text });
  };
  if (content.faq && content.faq.items.length > 0) {
    const faqContext = exportContext(content.faq.locale, options);
    const pageUrl = faqPageUrl(content.faq, faqContext);
    // A feed whose own `url` is a page on another site gets no companion here.
    if (companionUrl(pageUrl, faqContext) !== undefined) {
      companion(pageUrl, faqToMarkdown(content.faq, options));
    }
  }
  const posts = [...(content.posts ?? [])].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  for (const post of posts) {
    companion(
      postPageUrl(post, exportContext(post.locale, options)),
      postToMarkdown(post, options, content),
    );
  }
  const context = exportContext(content.organization.locale, options);
  for (const type of MODEL_PAGES) {
    for (const page of type.pages(content, context)) {
      if (companionUrl(page.url, context) === undefined) continue;
      companion(
        page.url,
        blocks(
          frontmatter({
            title: page.title,
            description: page.description,
            url: page.url,
            language: page.locale,
          }),
          heading(1, page.title),
          page.body(2),
        ),
      );
    }
  }
  return files;
}
