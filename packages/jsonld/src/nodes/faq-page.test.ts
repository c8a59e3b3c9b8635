import { describe, expect, test } from 'vitest';
import { BASE_URL, feed, golden, plain, post } from '../__fixtures__/content.js';
import { disallowedAnswerTags, GOOGLE_ANSWER_TAGS } from '../answer-html.js';
import { serializeJsonLd } from '../serialize.js';
import { faqPage } from './faq-page.js';

describe('faqPage', () => {
  test('golden: the FAQ feed', async () => {
    await expect(golden(faqPage(feed, { baseUrl: BASE_URL }))).toMatchFileSnapshot(
      './__golden__/faq-page.feed.json',
    );
  });

  test('golden: the FAQ block of a blog post', async () => {
    await expect(golden(faqPage(post, { baseUrl: BASE_URL }))).toMatchFileSnapshot(
      './__golden__/faq-page.post.json',
    );
  });

  test('gives the page and every question a stable absolute @id', () => {
    const data = faqPage(feed, { baseUrl: BASE_URL });
    expect(data['@id']).toBe('https://example.nl/faq#faq');
    expect(data.mainEntity).toHaveLength(3);
    const questions = plain<{ '@id': string; name: string }[]>(data.mainEntity);
    expect(questions[0]?.['@id']).toBe('https://example.nl/faq#q-wat-kost-een-workshop');
    expect(questions[0]?.name).toBe('Wat kost een workshop?');
  });

  test('falls back to {baseUrl}/faq without a feed url, and to no @id without either', () => {
    const { url: _url, ...withoutUrl } = feed;
    expect(faqPage(withoutUrl, { baseUrl: 'https://partner.example/kennisbank/' })['@id']).toBe(
      'https://partner.example/kennisbank/faq#faq',
    );
    const bare = faqPage(withoutUrl);
    expect(bare['@id']).toBeUndefined();
    expect(JSON.stringify(bare)).not.toContain('@id');
  });

  test('answers are rendered HTML with only the tags Google reads in Answer.text', () => {
    const data = faqPage(feed, { baseUrl: BASE_URL });
    for (const question of plain<{ acceptedAnswer: { text: string } }[]>(data.mainEntity)) {
      expect(disallowedAnswerTags(question.acceptedAnswer.text)).toEqual([]);
    }
    const first = plain<{ acceptedAnswer: { text: string } }[]>(data.mainEntity)[0];
    expect(first?.acceptedAnswer.text).toContain('<strong>€ 750</strong>');
    expect(first?.acceptedAnswer.text).toContain('href="https://example.nl/trainingen"');
    expect(GOOGLE_ANSWER_TAGS).toContain('strong');
  });

  test('raw HTML in an answer never reaches the output as markup', () => {
    const hostile = {
      ...feed,
      items: [
        {
          id: 'x',
          question: 'Vraag <b>?',
          answer: '<script>alert(1)</script> en <img src=x onerror=alert(1)>',
        },
      ],
    };
    const data = faqPage(hostile);
    const text =
      plain<{ acceptedAnswer: { text: string } }[]>(data.mainEntity)[0]?.acceptedAnswer.text ?? '';
    expect(text).not.toContain('<script');
    expect(text).not.toContain('<img');
    expect(serializeJsonLd(data)).not.toContain('<');
  });

  test('inLanguage comes from the feed; an item in another language says so', () => {
    const data = faqPage(feed, { baseUrl: BASE_URL });
    expect(data.inLanguage).toBe('nl-NL');
    const questions = plain<{ inLanguage?: string }[]>(data.mainEntity);
    expect(questions.map((q) => q.inLanguage)).toEqual([undefined, undefined, 'en']);
  });

  test('blog post questions without an id get one from the question text', () => {
    const data = faqPage(post, { baseUrl: BASE_URL });
    expect(plain<{ '@id': string }[]>(data.mainEntity).map((q) => q['@id'])).toEqual([
      'https://example.nl/blog/wat-kost-een-ai-workshop#q-wat-kost-een-halve-dag',
      'https://example.nl/blog/wat-kost-een-ai-workshop#q-is-de-intake-gratis',
      'https://example.nl/blog/wat-kost-een-ai-workshop#q-kan-het-online',
    ]);
  });

  test('options.ids picks and orders questions; an unknown id is an error', () => {
    const data = faqPage(feed, {
      baseUrl: BASE_URL,
      ids: ['hoe-snel-kunnen-we-starten', 'wat-kost-een-workshop'],
    });
    expect(plain<{ name: string }[]>(data.mainEntity).map((q) => q.name)).toEqual([
      'Hoe snel kunnen we starten?',
      'Wat kost een workshop?',
    ]);
    expect(() => faqPage(feed, { ids: ['bestaat-niet'] })).toThrow(
      /options\.ids contains "bestaat-niet"/,
    );
  });

  test('refuses an empty FAQ and a relative baseUrl', () => {
    expect(() => faqPage({ ...feed, items: [] })).toThrow(/at least one Question/);
    expect(() => faqPage(feed, { baseUrl: 'example.nl' })).toThrow(
      /baseUrl must be an absolute http\(s\) URL/,
    );
  });

  test('is deterministic', () => {
    expect(serializeJsonLd(faqPage(feed, { baseUrl: BASE_URL }))).toBe(
      serializeJsonLd(faqPage(feed, { baseUrl: BASE_URL })),
    );
  });
});
