import { type FaqFeed, renderAnswer } from '@aira/content-schema';
import { faqPage, serializeJsonLd } from '@aira/jsonld';
import { validateFeed } from './data/load-feed.js';
import { escapeHtml } from './escape-html.js';

/** Options of {@link renderFaqHtml}. */
export interface RenderFaqHtmlOptions {
  /**
   * Wrap the questions in an `<aira-faq>` tag, optionally with attributes
   * (`{ single: true, 'heading-level': 3 }`; `true` renders a bare attribute, `false`/`undefined` none).
   * Default `true`.
   */
  element?: boolean | Record<string, string | number | boolean | undefined>;
  /** Append the FAQPage JSON-LD `<script>` for the feed. Default `false`. */
  jsonld?: boolean;
  /** Absolute URL of the page, for the FAQPage's `url` and `@id`. Default: the feed's `url`. */
  url?: string;
  /** Open the `<details>` of these ids. */
  open?: readonly string[];
}

function attributes(values: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(values)
    .filter(
      ([name, value]) => value !== undefined && value !== false && /^[a-z][a-z0-9-]*$/.test(name),
    )
    .map(([name, value]) =>
      value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`,
    )
    .join('');
}

/**
 * The FAQ as plain HTML `<details>` elements, readable and crawlable without JavaScript,
 * which `<aira-faq>` reads and enhances when its script runs. Answers go through
 * renderAnswer; every other text is escaped. Runs anywhere (no DOM needed).
 * The feed is validated first, as the element validates it.
 *
 * @throws FaqLoadError of kind `invalid` naming the fields at fault, as the element reports them.
 *
 * @example
 * ```ts
 * import { renderFaqHtml } from '@aira/faq-widget/server';
 * const html = renderFaqHtml(feed, { element: { 'heading-level': 3 }, jsonld: true });
 * // <aira-faq heading-level="3"><details id="intake">…</details></aira-faq><script type="application/ld+json">…
 * ```
 */
export function renderFaqHtml(input: FaqFeed, options: RenderFaqHtmlOptions = {}): string {
  const feed = validateFeed(input, "renderFaqHtml's feed argument");
  const open = new Set(options.open ?? []);
  const labels = new Map((feed.categories ?? []).map((c) => [c.id, c.label]));
  const items = feed.items.map((item) => {
    const attrs = attributes({
      id: item.id,
      lang: item.locale && item.locale !== feed.locale ? item.locale : undefined,
      'data-category': item.category,
      'data-category-label': item.category
        ? (labels.get(item.category) ?? item.category)
        : undefined,
      open: open.has(item.id),
    });
    const answer = renderAnswer(item.answer).html;
    return `<details${attrs}><summary>${escapeHtml(item.question)}</summary><div class="aira-faq-answer">${answer}</div></details>`;
  });
  const body = items.join('\n');
  const element = options.element ?? true;
  const wrapped =
    element === false
      ? body
      : `<aira-faq${attributes({
          lang: feed.locale,
          // The element keeps this snippet unless its src feed is newer.
          'data-updated': feed.updated,
          ...(element === true ? {} : element),
        })}>\n${body}\n</aira-faq>`;
  if (!options.jsonld) return wrapped;
  const url = options.url ?? feed.url;
  const data = faqPage(url ? { ...feed, url } : feed);
  return `${wrapped}\n<script type="application/ld+json">${serializeJsonLd(data)}</script>`;
}
