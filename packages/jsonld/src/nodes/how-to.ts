import { pagePath, renderAnswer } from '@aira/content-schema';
import type { HowToLeaf, HowToStep, WithContext } from 'schema-dts';
import { JsonLdError } from '../errors.js';
import { prune } from '../json.js';
import { fragmentId, type NodeOptions, pageUrl } from '../options.js';

/** A step plan, e.g. AIRA's seven steps from goals to scaling. */
export interface HowToInput {
  id: string;
  name: string;
  description?: string;
  locale: string;
  /**
   * Page of the plan, absolute or relative to `baseUrl`; default `{baseUrl}` + the `stepPlan`
   * page path (`/stappenplan/{id}` unless `paths` says otherwise).
   */
  url?: string;
  /** ISO 8601 duration of the whole plan, e.g. `'P13W'`. */
  totalTime?: string;
  /** The steps in order; `text` is Markdown and is written as plain text. */
  steps: readonly { name: string; text: string; url?: string }[];
}

/**
 * A step plan as a schema.org `HowTo` with numbered `HowToStep`s. Step text is Markdown,
 * rendered with `renderAnswer` and written as plain text.
 *
 * `@id`s: the plan is `{page}#howto`, step n is `{page}#step-{n}` (also its `url` unless the
 * step has its own), where `{page}` is the plan's `url`, else `{baseUrl}` + the `stepPlan`
 * page path (default `/stappenplan/{id}`; see `DEFAULT_PAGE_PATHS` and `paths`).
 *
 * @example
 * ```ts
 * howTo({ id: 'stappenplan', name: 'In 7 stappen naar AI', locale: 'nl-NL', steps });
 * ```
 */
export function howTo(input: HowToInput, options: NodeOptions = {}): WithContext<HowToLeaf> {
  if (input.steps.length === 0) {
    throw new JsonLdError('invalid-input', `howTo "${input.id}": a HowTo needs at least one step`);
  }
  const url = pageUrl(options, input.url, pagePath('stepPlan', { id: input.id }, options.paths));
  return prune({
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    '@id': fragmentId(url, 'howto'),
    url,
    name: input.name,
    description: input.description,
    inLanguage: input.locale,
    totalTime: input.totalTime,
    step: input.steps.map(
      (step, index): HowToStep => ({
        '@type': 'HowToStep',
        '@id': fragmentId(url, `step-${index + 1}`),
        position: index + 1,
        name: step.name,
        text: renderAnswer(step.text).text,
        url:
          step.url === undefined
            ? fragmentId(url, `step-${index + 1}`)
            : pageUrl(options, step.url, ''),
      }),
    ),
  }) as WithContext<HowToLeaf>;
}
