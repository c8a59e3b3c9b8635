import { describe, expect, test } from 'vitest';
import {
  ContentValidationError,
  checkPostReferences,
  lintBlogPost,
  parseBlogPost,
  parseFaqFeed,
  resolveFaqRefs,
  safeParseBlogPost,
} from '../index';
import { validPostSource } from '../test/fixtures';
import { exampleAuthor, exampleFeed, examplePostSource } from '../test/model-fixtures';

const feed = parseFaqFeed(exampleFeed());
const authors = [exampleAuthor(), { id: 'trainersteam-aira' }];
const file = 'ai-training-amsterdam-randstad.md';

describe('a post refers to an author by id and to FAQ feed items', () => {
  test('the example posts resolve against the example authors and feed', () => {
    for (const name of [
      'ai-training-amsterdam-randstad.md',
      'roi-van-ai-training-berekenen.md',
      'wat-kost-een-ai-workshop-mkb.md',
    ]) {
      const post = parseBlogPost(examplePostSource(name), { file: name, authors, feed });
      expect(post.faqRefs?.length, name).toBeGreaterThan(0);
      expect(resolveFaqRefs(post, feed).faq.length, name).toBe(5);
    }
  });

  test('an unknown author id is an issue with its line in the Markdown file', () => {
    const source = examplePostSource(file).replace(
      'author: trainersteam-aira',
      'author: Trainersteam AIRA',
    );
    const result = safeParseBlogPost(source, { file, authors });
    expect(result.success ? [] : result.error.issues).toEqual([
      {
        path: 'author',
        line: 6,
        message:
          '"Trainersteam AIRA" is not the id of any author; use one of: redactie-aira, trainersteam-aira',
      },
    ]);
    expect(() => parseBlogPost(source, { file, authors })).toThrow(
      `${file}:6: author: "Trainersteam AIRA" is not the id of any author`,
    );
  });

  test('a FAQ reference missing from the feed, or repeating a written-out question, has its line', () => {
    const source = examplePostSource(file).replace(
      '  - werken-jullie-alleen-in-de-randstad',
      '  - werken-jullie-ook-in-utrecht-en-rotterdam\n  - bestaat-niet',
    );
    const feedWithInline = {
      ...feed,
      items: [...feed.items, { ...feed.items[0], id: 'werken-jullie-ook-in-utrecht-en-rotterdam' }],
    } as typeof feed;
    const result = safeParseBlogPost(source, { file, feed: feedWithInline });
    expect(result.success ? [] : result.error.issues).toEqual([
      {
        path: 'faqRefs.0',
        line: 42,
        message:
          '"werken-jullie-ook-in-utrecht-en-rotterdam" is also the id of a question written out in faq; keep one of the two',
      },
      {
        path: 'faqRefs.1',
        line: 43,
        message:
          '"bestaat-niet" is not the id of any item in the FAQ feed; check the spelling or add the question to the feed',
      },
    ]);
  });

  test('the same reference twice is a schema issue, without the feed', () => {
    const source = validPostSource().replace('faq:\n', 'faqRefs: [a, a]\nfaq:\n');
    const result = safeParseBlogPost(source);
    expect(result.success ? [] : result.error.issues.map((i) => [i.path, i.line])).toEqual([
      ['faqRefs.1', 13],
    ]);
  });

  test('without authors or feed nothing outside the file is checked: author stays a name', () => {
    const post = parseBlogPost(validPostSource());
    expect(post.author).toBe('Redactie AIRA');
    expect(checkPostReferences({ ...post, faqRefs: ['x'] }, {})).toEqual([]);
    expect(checkPostReferences(post, { authors: [] })).toEqual([
      {
        path: 'author',
        message:
          '"Redactie AIRA" is not the id of any author; use one of: none (add an author file)',
      },
    ]);
  });

  test('resolveFaqRefs appends the referenced questions after the written-out ones', () => {
    const post = parseBlogPost(examplePostSource(file));
    const resolved = resolveFaqRefs(post, feed);
    expect(resolved.faq.map((item) => item.id)).toEqual([
      ...post.faq.map((item) => item.id),
      'werken-jullie-alleen-in-de-randstad',
    ]);
    expect(resolved.faq.at(-1)?.question).toBe('Werken jullie alleen in de Randstad?');
    expect(resolved).not.toHaveProperty('faqRefs');
    expect(post.faq).toHaveLength(4);
    expect(() => resolveFaqRefs({ ...post, faqRefs: ['weg'] }, feed)).toThrow(
      ContentValidationError,
    );
  });

  test('the faq-count rule counts references: 2 written out + 1 reference is 3', () => {
    const post = parseBlogPost(validPostSource());
    const twoInline = { ...post, faq: post.faq.slice(0, 2) };
    const rules = (p: typeof post) => lintBlogPost(p).map((f) => f.rule);
    expect(rules(twoInline)).toContain('faq-count');
    expect(rules({ ...twoInline, faqRefs: ['hoe-snel-kunnen-we-starten'] })).not.toContain(
      'faq-count',
    );
    expect(
      lintBlogPost({ ...post, faqRefs: ['a', 'b', 'c'] }).find((f) => f.rule === 'faq-count')
        ?.message,
    ).toBe('the faq block needs 3–5 questions; it has 6');
  });
});
