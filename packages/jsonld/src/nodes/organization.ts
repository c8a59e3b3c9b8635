import type { Organization as ContentOrganization } from '@aira/content-schema';
import type { OrganizationLeaf, WithContext } from 'schema-dts';
import { prune } from '../json.js';
import { type NodeOptions, pageUrl } from '../options.js';
import { postalAddress } from './postal-address.js';

/**
 * `@id` of an organization: `{organization url}/#organization`. It hangs off the
 * organization's own site, not `baseUrl`, so AIRA is one and the same node on every site
 * that embeds it.
 */
export function organizationId(org: ContentOrganization): string {
  return `${org.url.replace(/[#?].*$/, '').replace(/\/+$/, '')}/#organization`;
}

/** The node without `@context`, for embedding as publisher, provider or organizer. */
export function organizationNode(
  org: ContentOrganization,
  options: NodeOptions = {},
): OrganizationLeaf {
  return prune({
    '@type': 'Organization',
    '@id': organizationId(org),
    name: org.name,
    legalName: org.legalName,
    url: org.url,
    logo: org.logo === undefined ? undefined : pageUrl(options, org.logo, ''),
    description: org.description,
    email: org.email,
    telephone: org.telephone,
    address: postalAddress(org.address),
    areaServed: [...org.areaServed],
    sameAs: org.sameAs ? [...org.sameAs] : undefined,
    foundingDate: org.foundingDate,
    knowsLanguage: org.locale,
  });
}

/**
 * A schema.org `Organization` for the site's owner (AIRA), with address and area served.
 *
 * @example
 * ```ts
 * const node = organization(aira, { baseUrl: 'https://example.nl' });
 * // node['@id'] === 'https://example.nl/#organization' when aira.url is https://example.nl
 * ```
 */
export function organization(
  org: ContentOrganization,
  options: NodeOptions = {},
): WithContext<OrganizationLeaf> {
  return {
    '@context': 'https://schema.org',
    ...organizationNode(org, options),
  } as WithContext<OrganizationLeaf>;
}
