/**
 * Where a site's pages live, as path templates below the base URL; `{slug}` and `{id}` are
 * filled in. The text exports (`exportSite` and friends) and the `@aira/jsonld` generators
 * read the same map, so llms.txt, the Markdown companions and the JSON-LD name one URL per page.
 */
export interface PagePaths {
  /** A blog post. Default `/blog/{slug}`. */
  post: string;
  /** The FAQ page of the feed. Default `/faq`, for Dutch and English content alike. */
  faq: string;
  /** Used when a training has no `url`. Default `/trainingen/{id}`. */
  training: string;
  /** Used when a workshop (a dated run of a training) has no `url`. Default `/agenda/{id}`. */
  workshop: string;
  /** Used when a step plan has no `url`. Default `/stappenplan/{id}`. */
  stepPlan: string;
  /** Used when a roadmap has no `url`. Default `/roadmap/{id}`. */
  roadmap: string;
  /** Used when a competence framework has no `url`. Default `/competenties/{id}`. */
  competenceFramework: string;
  /** Used when a budget split has no `url`. Default `/budget/{id}`. */
  budgetSplit: string;
  /** Used when an author has no `url`. Default `/auteurs/{id}`. */
  author: string;
}

/** The kinds of page a site has: the keys of {@link PagePaths}. */
export type PageKind = keyof PagePaths;

/** What fills a kind's template: a post's `slug`, an item's `id`, nothing for the FAQ. */
export interface PagePathValues {
  post: { slug: string };
  faq: Record<never, never>;
  training: { id: string };
  workshop: { id: string };
  stepPlan: { id: string };
  roadmap: { id: string };
  competenceFramework: { id: string };
  budgetSplit: { id: string };
  author: { id: string };
}

/**
 * The page paths a site gets when it does not pass its own: one set for every language, used
 * by the text exports and by `@aira/jsonld`. Override any of them with `paths` (a
 * `Partial<PagePaths>`) in both places, or give one item its own `url`.
 *
 * @example
 * ```ts
 * DEFAULT_PAGE_PATHS.workshop; // '/agenda/{id}'
 * ```
 */
export const DEFAULT_PAGE_PATHS: Readonly<PagePaths> = Object.freeze({
  post: '/blog/{slug}',
  faq: '/faq',
  training: '/trainingen/{id}',
  workshop: '/agenda/{id}',
  stepPlan: '/stappenplan/{id}',
  roadmap: '/roadmap/{id}',
  competenceFramework: '/competenties/{id}',
  budgetSplit: '/budget/{id}',
  author: '/auteurs/{id}',
});

/**
 * The defaults with a site's own paths on top; a path left `undefined` keeps its default.
 *
 * @example
 * ```ts
 * pagePaths({ faq: '/veelgestelde-vragen' }).faq; // '/veelgestelde-vragen'
 * ```
 */
export function pagePaths(paths?: Partial<PagePaths>): PagePaths {
  const resolved: PagePaths = { ...DEFAULT_PAGE_PATHS };
  for (const kind of Object.keys(resolved) as PageKind[]) {
    const own = paths?.[kind];
    if (typeof own === 'string') resolved[kind] = own;
  }
  return resolved;
}

/**
 * The path of one page below the base URL: the kind's template (from `paths`, else
 * {@link DEFAULT_PAGE_PATHS}) with `{id}` / `{slug}` filled in.
 *
 * @example
 * ```ts
 * pagePath('workshop', { id: 'ai-training-utrecht-2026-12-03' });
 * // '/agenda/ai-training-utrecht-2026-12-03'
 * pagePath('post', { slug: 'wat-kost-een-ai-workshop' }, { post: '/artikelen/{slug}' });
 * // '/artikelen/wat-kost-een-ai-workshop'
 * pagePath('faq', {}); // '/faq'
 * ```
 */
export function pagePath<K extends PageKind>(
  kind: K,
  values: PagePathValues[K],
  paths?: Partial<PagePaths>,
): string {
  const template = paths?.[kind] ?? DEFAULT_PAGE_PATHS[kind];
  return fillPath(template, values as Record<string, string>);
}

/** Fills `{slug}` / `{id}` (any `{name}` in `values`) in a path template; others stay as written. */
export function fillPath(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? (values[key] as string) : whole,
  );
}
