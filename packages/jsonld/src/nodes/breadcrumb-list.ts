import type { BreadcrumbList, ListItem, WithContext } from 'schema-dts';
import { JsonLdError } from '../errors.js';
import { prune } from '../json.js';
import { fragmentId, type NodeOptions, pageUrl } from '../options.js';

/** One crumb: its label and page (absolute, or relative to `baseUrl`). */
export interface Crumb {
  name: string;
  url: string;
}

/**
 * A trail of pages as a schema.org `BreadcrumbList`, from the home page to the current one.
 * `@id` is `{url of the last crumb}#breadcrumb`.
 *
 * @example
 * ```ts
 * breadcrumbList(
 *   [{ name: 'Home', url: '/' }, { name: 'Blog', url: '/blog' }, { name: post.title, url: `/blog/${post.slug}` }],
 *   { baseUrl: 'https://example.nl' },
 * );
 * ```
 */
export function breadcrumbList(
  crumbs: readonly Crumb[],
  options: NodeOptions = {},
): WithContext<BreadcrumbList> {
  if (crumbs.length === 0) {
    throw new JsonLdError(
      'invalid-input',
      'breadcrumbList needs at least one crumb; Google asks for two or more',
    );
  }
  const urls = crumbs.map((crumb) => {
    const url = pageUrl(options, crumb.url, '');
    if (url === undefined) {
      throw new JsonLdError(
        'invalid-input',
        `breadcrumbList: the crumb "${crumb.name}" has the relative url "${crumb.url}"; pass options.baseUrl or an absolute URL`,
      );
    }
    return url;
  });
  return prune({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    '@id': fragmentId(urls.at(-1), 'breadcrumb'),
    itemListElement: crumbs.map(
      (crumb, index): ListItem => ({
        '@type': 'ListItem',
        position: index + 1,
        name: crumb.name,
        item: urls[index],
      }),
    ),
  }) as WithContext<BreadcrumbList>;
}
