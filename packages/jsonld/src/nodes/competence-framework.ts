import { type CompetenceFramework, pagePath } from '@aira/content-schema';
import type { DefinedTerm, DefinedTermSet, WithContext } from 'schema-dts';
import { JsonLdError } from '../errors.js';
import { prune } from '../json.js';
import { fragmentId, type NodeOptions, pageUrl } from '../options.js';

/**
 * A competence framework (from `parseCompetenceFramework`) as a schema.org `DefinedTermSet`:
 * each competence is a `DefinedTerm` with its id as `termCode`, its description and
 * behaviours as `description`. The levels and their population shares have no schema.org
 * property, so they stay on the page, not in the markup.
 *
 * `@id`s: the set is `{page}#competences`, competence `x` is `{page}#competence-x`, where
 * `{page}` is the framework's `url`, else `{baseUrl}` + the `competenceFramework` page path
 * (default `/competenties/{id}`; see `DEFAULT_PAGE_PATHS` and `paths`).
 *
 * @example
 * ```ts
 * competenceFramework(parseCompetenceFramework(json), { baseUrl: 'https://example.nl' });
 * ```
 */
export function competenceFramework(
  input: CompetenceFramework,
  options: NodeOptions = {},
): WithContext<DefinedTermSet> {
  if (input.competences.length === 0) {
    throw new JsonLdError(
      'invalid-input',
      `competenceFramework "${input.id}": a framework needs at least one competence`,
    );
  }
  const url = pageUrl(
    options,
    input.url,
    pagePath('competenceFramework', { id: input.id }, options.paths),
  );
  const setId = fragmentId(url, 'competences');
  return prune({
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': setId,
    url,
    name: input.name,
    description: input.description,
    inLanguage: input.locale,
    hasDefinedTerm: input.competences.map(
      (competence): DefinedTerm => ({
        '@type': 'DefinedTerm',
        '@id': fragmentId(url, `competence-${competence.id}`),
        termCode: competence.id,
        name: competence.name,
        description: [competence.description, ...competence.behaviours].join(' '),
        url: fragmentId(url, `competence-${competence.id}`),
        inDefinedTermSet: setId === undefined ? undefined : { '@id': setId },
      }),
    ),
  }) as WithContext<DefinedTermSet>;
}
