import { renderAnswer } from '@aira/content-schema';
import { describe, expect, test } from 'vitest';
import { BASE_URL, feed } from '../__fixtures__/content.js';
import { serializeJsonLd } from '../serialize.js';
import { faqPage } from './faq-page.js';

describe('faqPage with renderedAnswers', () => {
  test('answers rendered by the caller give the same FAQPage as rendering them here', () => {
    const rendered = new Map(feed.items.map((item) => [item.id, renderAnswer(item.answer).html]));
    expect(serializeJsonLd(faqPage(feed, { baseUrl: BASE_URL, renderedAnswers: rendered }))).toBe(
      serializeJsonLd(faqPage(feed, { baseUrl: BASE_URL })),
    );
  });

  test('uses the given HTML (still limited to the tags Google reads); renders the rest', () => {
    const first = feed.items[0]?.id ?? '';
    const data = faqPage(feed, {
      baseUrl: BASE_URL,
      renderedAnswers: new Map([[first, '<p>Al <code>klaar</code></p>']]),
    });
    const texts = (data.mainEntity as unknown as Array<{ acceptedAnswer: { text: string } }>).map(
      (q) => q.acceptedAnswer.text,
    );
    expect(texts[0]).toBe('<p>Al klaar</p>');
    expect(texts[1]).toBe(renderAnswer(feed.items[1]?.answer ?? '').html);
  });
});
