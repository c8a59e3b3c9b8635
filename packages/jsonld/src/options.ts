import type { PagePaths } from '@aira/content-schema';
import { describe, JsonLdError } from './errors.js';

/** Options every generator accepts. */
export interface NodeOptions {
  /**
   * Absolute origin (and optional path prefix) of the site, e.g. `https://example.nl`.
   * Gives every node a stable absolute `@id` and resolves relative URLs in the content.
   * Without it, nodes get an `@id` only when the content has an absolute URL.
   */
  baseUrl?: string;
  /**
   * Where the site's pages live, when it does not use `DEFAULT_PAGE_PATHS` from
   * `@aira/content-schema` (e.g. `{ faq: '/veelgestelde-vragen' }`). The same map as the
   * text exports' `paths` option, so the JSON-LD and llms.txt name the same URL for a page.
   * Content with its own `url` keeps it.
   */
  paths?: Partial<PagePaths>;
}

/** Removes a trailing slash and checks that the base URL is absolute http(s). */
export function normalizeBaseUrl(baseUrl: string | undefined): string | undefined {
  if (baseUrl === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    throw new JsonLdError(
      'invalid-option',
      `baseUrl must be an absolute http(s) URL without query or hash, like "https://example.nl", received ${describe(baseUrl)}`,
    );
  }
  return url.href.replace(/\/+$/, '');
}

/**
 * The absolute URL of a page: the content's own URL (resolved against `baseUrl` when it is
 * relative), else `baseUrl` + `defaultPath`, else `undefined`.
 */
export function pageUrl(
  options: NodeOptions,
  contentUrl: string | undefined,
  defaultPath: string,
): string | undefined {
  const base = normalizeBaseUrl(options.baseUrl);
  if (contentUrl) {
    if (/^https?:\/\//i.test(contentUrl)) return contentUrl;
    if (base) return `${base}/${contentUrl.replace(/^\/+/, '')}`;
    return undefined;
  }
  return base === undefined ? undefined : `${base}${defaultPath}`;
}

/** `url#fragment`, or `undefined` without a URL. */
export function fragmentId(url: string | undefined, fragment: string): string | undefined {
  return url === undefined ? undefined : `${url.replace(/#.*$/, '')}#${fragment}`;
}

/** A URL-safe slug of free text: lower case, ASCII, words joined by `-`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
