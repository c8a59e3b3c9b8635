import type { BlogPost } from '../schemas/blog-post';
import { countWords, type MarkdownOutline } from './markdown-outline';
import type { LintRuleId, LintSeverity } from './types';

export interface RuleContext {
  post: BlogPost;
  outline: MarkdownOutline;
  knownSlugs: Set<string> | undefined;
  wordCount: { min: number; max: number };
  postPath: string;
}
/** A finding before the rule id and any severity override are applied; `line` is 0-based in the body. */
export interface RawFinding {
  severity: LintSeverity;
  message: string;
  line?: number;
  path?: string;
}
type Rule = (ctx: RuleContext) => RawFinding[];

// Google cuts titles by pixel width (about 600 px on desktop, roughly 50–60 characters) and
// snippets at about 920 px (roughly 155–160 characters); under about 50 characters it tends
// to write its own snippet. These are the usual SEO rules of thumb (Moz, Yoast), not Google rules.
export const TITLE_MAX = 60;
export const DESCRIPTION_RANGE = { min: 50, max: 160 } as const;
const CONCLUSION = /conclusie|tot slot|samenvatting|afsluit|kortom|in het kort|conclusion|summary/i;
const CASE_HEADING =
  /\b(?:case|casus|cases|praktijkvoorbeeld|klantcase|klantverhaal|case study)\b/i;
const FICTIONAL =
  /\b(?:fictie(?:f|ve)|fictional|fictitious|verzonnen|gefingeerde?|hypothetische?)\b/i;
const FAQ_RANGE = { min: 3, max: 5 } as const;

export const RULES: Record<LintRuleId, Rule> = {
  'word-count': ({ outline, wordCount: { min, max } }) =>
    outline.words < min || outline.words > max
      ? [
          {
            severity: 'warning',
            message: `core posts run ${min}–${max} words; this body has ${outline.words}`,
          },
        ]
      : [],

  intro: ({ outline }) => {
    const firstH2 = outline.headings.find((h) => h.level === 2)?.line ?? Number.POSITIVE_INFINITY;
    const intro = outline.paragraphs.filter((p) => p.line < firstH2);
    return intro.some((p) => countWords(p.text) > 0)
      ? []
      : [
          {
            severity: 'warning',
            message: 'start with an introduction paragraph before the first "## " heading',
            line: 0,
          },
        ];
  },

  headings: ({ outline }) => {
    const findings: RawFinding[] = [];
    let previous = 1;
    for (const h of outline.headings) {
      if (h.level === 1) {
        findings.push({
          severity: 'error',
          line: h.line,
          message: `"# ${h.text}": the title comes from the frontmatter; use "## " for sections`,
        });
      } else if (h.level > previous + 1) {
        findings.push({
          severity: 'error',
          line: h.line,
          message: `"${'#'.repeat(h.level)} ${h.text}" skips a level after H${previous}; use H${previous + 1}`,
        });
      }
      previous = Math.max(h.level, 1);
    }
    if (outline.headings.filter((h) => h.level === 2).length < 2) {
      findings.push({
        severity: 'warning',
        message: 'structure the post with at least two "## " sections',
      });
    }
    return findings;
  },

  conclusion: ({ outline }) =>
    outline.headings.some((h) => h.level === 2 && CONCLUSION.test(h.text))
      ? []
      : [
          {
            severity: 'warning',
            message: 'end with a conclusion: a "## " heading such as "Conclusie" or "Tot slot"',
          },
        ],

  'faq-count': ({ post }) =>
    post.faq.length < FAQ_RANGE.min || post.faq.length > FAQ_RANGE.max
      ? [
          {
            severity: 'error',
            path: 'faq',
            message: `the faq block needs ${FAQ_RANGE.min}–${FAQ_RANGE.max} questions; it has ${post.faq.length}`,
          },
        ]
      : [],

  'internal-links': ({ post, outline, knownSlugs, postPath }) => {
    const findings: RawFinding[] = [];
    const internal = outline.links.filter((l) => !/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(l.url));
    if (internal.length === 0 && (post.readMore ?? []).length === 0) {
      findings.push({
        severity: 'warning',
        message: 'link to at least one other page of the site (in the body or in readMore)',
      });
    }
    if (!knownSlugs) return findings;
    for (const link of internal) {
      const slug = postSlug(link.url, postPath);
      if (slug !== undefined && !knownSlugs.has(slug)) {
        findings.push({
          severity: 'error',
          line: link.line,
          message: `link "${link.url}" points at "${slug}", which is not a known post`,
        });
      }
    }
    for (const [index, entry] of (post.readMore ?? []).entries()) {
      if (!knownSlugs.has(entry.slug)) {
        findings.push({
          severity: 'error',
          path: `readMore.${index}.slug`,
          message: `readMore.${index}: "${entry.slug}" is not a known post`,
        });
      }
    }
    return findings;
  },

  'title-length': ({ post }) =>
    [...post.title].length > TITLE_MAX
      ? [
          {
            severity: 'warning',
            path: 'title',
            message: `title has ${[...post.title].length} characters; search results show about ${TITLE_MAX}`,
          },
        ]
      : [],

  'description-length': ({ post }) => {
    const length = [...post.description].length;
    return length < DESCRIPTION_RANGE.min || length > DESCRIPTION_RANGE.max
      ? [
          {
            severity: 'warning',
            path: 'description',
            message: `description has ${length} characters; keep it ${DESCRIPTION_RANGE.min}–${DESCRIPTION_RANGE.max} so search results show it in full`,
          },
        ]
      : [];
  },

  'fictional-case': ({ outline }) => {
    const findings: RawFinding[] = [];
    const { headings, paragraphs } = outline;
    // Headings and paragraphs are both in line order: one pass finds each heading's first
    // paragraph, so a post with thousands of sections stays linear.
    let next = 0;
    headings.forEach((h, index) => {
      if (!CASE_HEADING.test(h.text)) return;
      const end = headings[index + 1]?.line ?? Number.POSITIVE_INFINITY;
      while (next < paragraphs.length && (paragraphs[next]?.line ?? 0) <= h.line) next++;
      const candidate = paragraphs[next];
      const first = candidate && candidate.line < end ? candidate : undefined;
      if (FICTIONAL.test(h.text) || FICTIONAL.test(first?.text ?? '')) return;
      findings.push({
        severity: 'error',
        line: h.line,
        message: `case "${h.text}": say it is fictional ("fictief"/"fictieve") in its heading or first paragraph`,
      });
    });
    return findings;
  },
};

/** The slug a relative link points at, when it points at a post: `/blog/x`, `x.md`, `./x.md`. */
function postSlug(url: string, postPath: string): string | undefined {
  const path = url.replace(/[?#].*$/, '');
  if (path.startsWith(postPath)) return path.slice(postPath.length).replace(/\/$/, '') || undefined;
  const file = /^(?:\.{1,2}\/)*([^/]+)\.md$/.exec(path);
  return file?.[1];
}
