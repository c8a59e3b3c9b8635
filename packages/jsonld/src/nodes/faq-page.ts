import { type BlogPost, type FaqFeed, pagePath, renderAnswer } from '@aira/content-schema';
import type { FAQPage, Question, WithContext } from 'schema-dts';
import { toGoogleAnswerHtml } from '../answer-html.js';
import { JsonLdError } from '../errors.js';
import { prune } from '../json.js';
import { fragmentId, type NodeOptions, pageUrl, slugify } from '../options.js';

/** Options for {@link faqPage}. */
export interface FaqPageOptions extends NodeOptions {
  /** Only these item ids, in this order (e.g. the related questions shown under a post). */
  ids?: readonly string[];
  /**
   * Answer HTML that `renderAnswer` already made, by item id (a widget that shows the answers
   * has it), so that it is not rendered twice; items missing here are rendered as usual.
   */
  renderedAnswers?: ReadonlyMap<string, string>;
}

interface Entry {
  id: string;
  question: string;
  answer: string;
  locale?: string;
  updated?: string;
}

function entries(source: FaqFeed | BlogPost): Entry[] {
  if ('items' in source) return source.items;
  return source.faq.map((item) => ({ ...item, id: item.id ?? slugify(item.question) }));
}

function select(all: Entry[], ids: readonly string[] | undefined): Entry[] {
  if (!ids) return all;
  return ids.map((id) => {
    const found = all.find((entry) => entry.id === id);
    if (!found) {
      throw new JsonLdError(
        'invalid-input',
        `faqPage: options.ids contains "${id}", which is not an item of this FAQ; known ids: ${all.map((e) => e.id).join(', ')}`,
      );
    }
    return found;
  });
}

/**
 * An FAQ feed, or the FAQ block of a blog post, as a schema.org `FAQPage`. Answers are
 * rendered with `renderAnswer` from `@aira/content-schema` and keep only the HTML tags
 * Google reads in `Answer.text`.
 *
 * `@id`s: the page is `{page}#faq`, each question `{page}#q-{item id}`, where `{page}` is
 * the feed's `url`, else `{baseUrl}` + the `faq` page path for a feed and the `post` path for
 * a post (defaults `/faq` and `/blog/{slug}`; see `DEFAULT_PAGE_PATHS` and `paths`).
 * Questions of a post without an id get one from the question text.
 *
 * @example
 * ```ts
 * const data = faqPage(feed, { baseUrl: 'https://example.nl' });
 * // data.mainEntity[0]['@id'] === 'https://example.nl/faq#q-wat-kost-een-workshop'
 * ```
 */
export function faqPage(
  source: FaqFeed | BlogPost,
  options: FaqPageOptions = {},
): WithContext<FAQPage> {
  const isFeed = 'items' in source;
  const url = isFeed
    ? pageUrl(options, source.url, pagePath('faq', {}, options.paths))
    : pageUrl(options, undefined, pagePath('post', { slug: source.slug }, options.paths));
  const items = select(entries(source), options.ids);
  if (items.length === 0) {
    throw new JsonLdError(
      'invalid-input',
      'faqPage: there are no questions to mark up; an FAQPage needs at least one Question',
    );
  }
  const mainEntity = items.map(
    (item): Question => ({
      '@type': 'Question',
      '@id': fragmentId(url, `q-${item.id}`),
      name: item.question,
      inLanguage: item.locale && item.locale !== source.locale ? item.locale : undefined,
      dateModified: item.updated,
      acceptedAnswer: {
        '@type': 'Answer',
        text: toGoogleAnswerHtml(
          options.renderedAnswers?.get(item.id) ?? renderAnswer(item.answer).html,
        ),
      },
    }),
  );
  return prune({
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    '@id': fragmentId(url, 'faq'),
    url,
    name: isFeed ? source.title : undefined,
    inLanguage: source.locale,
    dateModified: isFeed ? source.updated : undefined,
    mainEntity,
  });
}
