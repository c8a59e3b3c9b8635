import { pagePath, type Roadmap } from '@aira/content-schema';
import type { ItemList, ListItem, WithContext } from 'schema-dts';
import { JsonLdError } from '../errors.js';
import { prune } from '../json.js';
import { fragmentId, type NodeOptions, pageUrl } from '../options.js';

/**
 * A roadmap (from `parseRoadmap`) as a schema.org `ItemList` of its phases in order.
 * schema.org has no plan or roadmap type; an ascending list keeps what matters to a
 * reader or a generative engine: which phase comes when, and what it is for. Each phase is a
 * `ListItem` named with its weeks (`Experimenteren (week 5–9)`) and described by its goal
 * and activities.
 *
 * The list's `@id` is `{page}#roadmap`; phase n's `item` is its section `{page}#phase-{n}`,
 * where `{page}` is the roadmap's `url`, else `{baseUrl}` + the `roadmap` page path (default
 * `/roadmap/{id}`; see `DEFAULT_PAGE_PATHS` and `paths`).
 *
 * @example
 * ```ts
 * roadmap(parseRoadmap(json), { baseUrl: 'https://example.nl' });
 * ```
 */
export function roadmap(input: Roadmap, options: NodeOptions = {}): WithContext<ItemList> {
  if (input.phases.length === 0) {
    throw new JsonLdError(
      'invalid-input',
      `roadmap "${input.id}": a roadmap needs at least one phase`,
    );
  }
  const url = pageUrl(options, input.url, pagePath('roadmap', { id: input.id }, options.paths));
  return prune({
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    '@id': fragmentId(url, 'roadmap'),
    url,
    name: input.name,
    description: input.description,
    numberOfItems: input.phases.length,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    itemListElement: input.phases.map(
      (phase, index): ListItem => ({
        '@type': 'ListItem',
        position: index + 1,
        // The phase's own section of the page, so a reader (or engine) can link to it.
        item: fragmentId(url, `phase-${index + 1}`),
        name: `${phase.name} (${weeks(phase.weeks.from, phase.weeks.to)})`,
        description: [phase.goal, ...phase.activities].filter(Boolean).join(' '),
      }),
    ),
  }) as WithContext<ItemList>;
}

// "week" reads the same in Dutch and English, the two locales the content is written in.
function weeks(from: number, to: number): string {
  return from === to ? `week ${from}` : `week ${from}–${to}`;
}
