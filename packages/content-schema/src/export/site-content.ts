import { fillPath, type PagePaths, pagePaths } from '../page-paths';
import type { Author } from '../schemas/author';
import type { BlogPost } from '../schemas/blog-post';
import type { BudgetSplit } from '../schemas/budget-split';
import type { CompetenceFramework } from '../schemas/competence-framework';
import type { FaqFeed } from '../schemas/faq-feed';
import type { Organization } from '../schemas/organization';
import type { Roadmap } from '../schemas/roadmap';
import type { StepPlan } from '../schemas/step-plan';
import type { TrainingOffer } from '../schemas/training-offer';
import type { Workshop } from '../schemas/workshop';

/**
 * A site's content, already validated (the `parseX` functions), as the text exports read it.
 * Only `organization` is required; every other list becomes a section when it is not empty.
 */
export interface SiteContent {
  organization: Organization;
  faq?: FaqFeed;
  posts?: readonly BlogPost[];
  trainings?: readonly TrainingOffer[];
  workshops?: readonly Workshop[];
  stepPlans?: readonly StepPlan[];
  roadmaps?: readonly Roadmap[];
  competenceFrameworks?: readonly CompetenceFramework[];
  budgetSplits?: readonly BudgetSplit[];
  /** The authors posts name by id; a post then shows the name and links the author's page. */
  authors?: readonly Author[];
}

/**
 * Where a site's pages live, as paths below the base URL; `{slug}` and `{id}` are filled in.
 * The same map as {@link PagePaths}; the defaults are `DEFAULT_PAGE_PATHS`.
 */
export type ExportPaths = PagePaths;

/** Options of the text exports (`toLlmsTxt`, `toLlmsFullTxt`, `toMarkdownCompanions`, `exportSite`). */
export interface ExportOptions {
  /** The site's absolute http(s) URL; every link in the output is made absolute from it. */
  baseUrl: string;
  /** `'nl'` or `'en'` for headings and labels. Default: from the organization's locale. */
  language?: ExportLanguage;
  /** The summary blockquote. Default: the organization's description. */
  summary?: string;
  /**
   * Page paths, when the site does not use the defaults (`DEFAULT_PAGE_PATHS`). Pass
   * the same map to `@aira/jsonld` (its `paths` option) so the JSON-LD names the same URLs.
   */
  paths?: Partial<ExportPaths>;
}

/** The languages the exports write their own words in. */
export type ExportLanguage = 'nl' | 'en';

/** The options with defaults filled in, shared by every export. */
export interface ExportContext {
  /** The base URL without a trailing slash. */
  base: string;
  language: ExportLanguage;
  paths: ExportPaths;
  /** An absolute URL for a path (or a URL, returned as it is). */
  url: (path: string) => string;
  /** `2026-11-22` as `22 november 2026` (or `22 November 2026`). */
  longDate: (iso: string) => string;
}

/**
 * Resolves options once, for content in `locale`; throws a clear error for a base URL that
 * is not absolute http(s).
 */
export function exportContext(locale: string, options: ExportOptions): ExportContext {
  const raw = typeof options?.baseUrl === 'string' ? options.baseUrl.trim() : '';
  let parsed: URL | undefined;
  try {
    parsed = new URL(raw);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new TypeError(
      `[@aira/content-schema] baseUrl must be an absolute http(s) URL such as "https://www.aira.nl", received ${JSON.stringify(options?.baseUrl)}`,
    );
  }
  const base = `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
  const language = options?.language ?? (locale.toLowerCase().startsWith('nl') ? 'nl' : 'en');
  const paths = pagePaths(options?.paths);
  const dates = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  });
  return {
    base,
    language,
    paths,
    // Paths are below the base URL, so a site served from a sub-path keeps it.
    url: (path) =>
      /^[a-z][a-z0-9+.-]*:/i.test(path)
        ? path
        : new URL(path.startsWith('/') ? `${base}${path}` : `${base}/${path}`).href,
    // A plain date is read at noon in Amsterdam so it never shifts to the day before.
    longDate: (iso) => dates.format(new Date(iso.length === 10 ? `${iso}T12:00:00+01:00` : iso)),
  };
}

/** The absolute URL of an item's page: its own `url`, else the path template filled with its id. */
export function itemPageUrl(
  item: { id: string; url?: string | undefined },
  template: string,
  context: ExportContext,
): string {
  return context.url(item.url ?? fillPath(template, { id: item.id }));
}
