import type { Organization as ContentOrganization } from '@aira/content-schema';
import type { WebSite, WithContext } from 'schema-dts';
import { JsonLdError } from '../errors.js';
import { prune } from '../json.js';
import { type NodeOptions, normalizeBaseUrl } from '../options.js';
import { organizationNode } from './organization.js';

/** The site as a whole. */
export interface WebSiteInput {
  /** The site name Google may show, e.g. `'AIRA'`. */
  name: string;
  alternateName?: string;
  description?: string;
  locale: string;
  /** Home page; defaults to `baseUrl`. */
  url?: string;
  publisher?: ContentOrganization;
}

/**
 * The site as a schema.org `WebSite` (site name, language, publisher). `@id` is
 * `{home}/#website`.
 *
 * @example
 * ```ts
 * webSite({ name: 'AIRA', locale: 'nl-NL', publisher: aira }, { baseUrl: 'https://example.nl' });
 * ```
 */
export function webSite(input: WebSiteInput, options: NodeOptions = {}): WithContext<WebSite> {
  const home = normalizeBaseUrl(input.url ?? options.baseUrl);
  if (home === undefined) {
    throw new JsonLdError(
      'invalid-input',
      'webSite needs input.url or options.baseUrl: the home page URL',
    );
  }
  return prune({
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${home}/#website`,
    url: `${home}/`,
    name: input.name,
    alternateName: input.alternateName,
    description: input.description,
    inLanguage: input.locale,
    publisher: input.publisher && organizationNode(input.publisher, options),
  }) as WithContext<WebSite>;
}
