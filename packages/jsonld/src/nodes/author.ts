import {
  type Author,
  type Organization as ContentOrganization,
  pagePath,
} from '@aira/content-schema';
import type { PersonLeaf, WithContext } from 'schema-dts';
import { JsonLdError } from '../errors.js';
import { prune } from '../json.js';
import { fragmentId, type NodeOptions, normalizeBaseUrl, pageUrl } from '../options.js';
import { organizationNode } from './organization.js';

/** Options for {@link author}. */
export interface AuthorOptions extends NodeOptions {
  /** The organization the author works for (embedded; {@link graph} turns repeats into references). */
  worksFor?: ContentOrganization;
}

/**
 * `@id` of an author: `{baseUrl}/#person-{author id}`, else `{author url}#person`. For an
 * author whose id is the slug of the name, this is the `@id` a post with that name had
 * before authors existed, so links made earlier keep pointing at the same person.
 */
export function authorId(input: Author, options: NodeOptions = {}): string | undefined {
  const base = normalizeBaseUrl(options.baseUrl);
  if (base) return `${base}/#person-${input.id}`;
  return fragmentId(pageUrl(options, input.url, ''), 'person');
}

/** The node without `@context`, for embedding as a post's author. */
export function authorNode(input: Author, options: AuthorOptions = {}): PersonLeaf {
  if (!input.name?.trim()) {
    throw new JsonLdError('invalid-input', `author "${input.id}": name must be a non-empty string`);
  }
  return prune({
    '@type': 'Person',
    '@id': authorId(input, options),
    name: input.name,
    jobTitle: input.role,
    description: input.bio,
    url: pageUrl(options, input.url, pagePath('author', { id: input.id }, options.paths)),
    image: input.image === undefined ? undefined : pageUrl(options, input.image, ''),
    sameAs: input.sameAs?.length ? [...input.sameAs] : undefined,
    worksFor: options.worksFor && organizationNode(options.worksFor, options),
  });
}

/**
 * An author (from `parseAuthor`) as a schema.org `Person`: name, role as `jobTitle`, bio as
 * `description`, page, image and profiles. The page (`url`) is the author's `url`, else
 * `{baseUrl}` + the `author` page path (default `/auteurs/{id}`; see `DEFAULT_PAGE_PATHS`
 * and `paths`). Posts by this author link to the same `@id`
 * when {@link blogPosting} gets the authors.
 *
 * @example
 * ```ts
 * const node = author(parseAuthor(json), { baseUrl: 'https://example.nl', worksFor: aira });
 * // node['@id'] === 'https://example.nl/#person-redactie-aira'
 * ```
 */
export function author(input: Author, options: AuthorOptions = {}): WithContext<PersonLeaf> {
  return {
    '@context': 'https://schema.org',
    ...authorNode(input, options),
  } as WithContext<PersonLeaf>;
}
