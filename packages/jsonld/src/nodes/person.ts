import type { PersonLeaf, WithContext } from 'schema-dts';
import { JsonLdError } from '../errors.js';
import { prune } from '../json.js';
import { fragmentId, type NodeOptions, normalizeBaseUrl, pageUrl, slugify } from '../options.js';

/** A person, usually an author; only `name` is required. */
export interface PersonInput {
  name: string;
  /** Profile page, absolute or relative to `baseUrl`. */
  url?: string;
  jobTitle?: string;
  image?: string;
  sameAs?: readonly string[];
}

/** `@id` of a person: `{baseUrl}/#person-{slug of name}`, else `{url}#person`. */
export function personId(input: PersonInput, options: NodeOptions): string | undefined {
  const base = normalizeBaseUrl(options.baseUrl);
  if (base) return `${base}/#person-${slugify(input.name)}`;
  return fragmentId(pageUrl(options, input.url, ''), 'person');
}

/** The node without `@context`, for embedding (e.g. as a post's author). */
export function personNode(input: PersonInput | string, options: NodeOptions = {}): PersonLeaf {
  const person = typeof input === 'string' ? { name: input } : input;
  if (!person.name?.trim()) {
    throw new JsonLdError('invalid-input', 'person: name must be a non-empty string');
  }
  return prune({
    '@type': 'Person',
    '@id': personId(person, options),
    name: person.name,
    url: person.url === undefined ? undefined : pageUrl(options, person.url, ''),
    jobTitle: person.jobTitle,
    image: person.image,
    sameAs: person.sameAs ? [...person.sameAs] : undefined,
  });
}

/**
 * A schema.org `Person` (e.g. a blog author). `@id` is `{baseUrl}/#person-{slug of name}`,
 * so every post by the same author links to one node in a graph.
 *
 * @example
 * ```ts
 * person({ name: 'Sanne de Vries', jobTitle: 'AI-trainer' }, { baseUrl: 'https://example.nl' });
 * ```
 */
export function person(
  input: PersonInput | string,
  options: NodeOptions = {},
): WithContext<PersonLeaf> {
  return {
    '@context': 'https://schema.org',
    ...personNode(input, options),
  } as WithContext<PersonLeaf>;
}
