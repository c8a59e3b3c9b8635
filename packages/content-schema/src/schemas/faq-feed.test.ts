import { describe, expect, test } from 'vitest';
import { ContentValidationError, parseFaqFeed, safeParseFaqFeed } from '../index';
import { at, validFeed } from '../test/fixtures';

function issuesOf(input: unknown) {
  const result = safeParseFaqFeed(input);
  if (result.success) throw new Error('expected the feed to be refused');
  return result.error.issues;
}

describe('FaqFeed', () => {
  test('accepts a valid feed and returns its data', () => {
    const feed = parseFaqFeed(validFeed());
    expect(feed.version).toBe(1);
    expect(feed.items.map((i) => i.id)).toEqual(['hoe-snel-starten', 'wat-kost-een-workshop']);
  });

  test('accepts the minimal feed: version, locale, items', () => {
    expect(parseFaqFeed({ version: 1, locale: 'en', items: [] })).toEqual({
      version: 1,
      locale: 'en',
      items: [],
    });
  });

  test('ignores unknown fields so newer v1 feeds stay readable', () => {
    const feed = parseFaqFeed({ ...validFeed(), publisher: 'AIRA' });
    expect(feed).not.toHaveProperty('publisher');
  });

  test('refuses another version with a message that says what to do', () => {
    const [issue] = issuesOf({ ...validFeed(), version: 2 });
    expect(issue?.path).toBe('version');
    expect(issue?.message).toMatch(/version 1 only.*newer @aira\/content-schema.*received 2/);
  });

  test('reports every missing field with a dotted path', () => {
    const issues = issuesOf({ version: 1, items: [{ id: 'a' }] });
    expect(issues.map((i) => i.path)).toEqual(['locale', 'items.0.question', 'items.0.answer']);
    expect(issues[0]?.message).toBe('is required (expected string)');
  });

  test('refuses duplicate item ids and names the first one', () => {
    const feed = validFeed();
    feed.items.push({ ...feed.items[0], id: 'hoe-snel-starten' } as never);
    const [issue] = issuesOf(feed);
    expect(issue).toEqual({
      path: 'items.2.id',
      message: '"hoe-snel-starten" is already the id of items.0; ids must be unique in a feed',
    });
  });

  test('refuses a category that the feed does not list', () => {
    const feed = validFeed();
    (feed.items[1] as { category: string }).category = 'prijzen';
    expect(issuesOf(feed)).toEqual([
      {
        path: 'items.1.category',
        message: expect.stringContaining(
          '"prijzen" is not one of the feed\'s categories (starten, kosten)',
        ),
      },
    ]);
  });

  test('allows any category when the feed lists none', () => {
    const { categories: _, ...feed } = validFeed();
    expect(safeParseFaqFeed(feed).success).toBe(true);
  });

  test('refuses duplicate category ids', () => {
    const feed = validFeed();
    feed.categories.push({ id: 'kosten', label: 'Nog eens' } as never);
    expect(issuesOf(feed).map((i) => i.path)).toEqual(['categories.2.id']);
  });

  test('refuses related ids that do not exist or point at the item itself', () => {
    const feed = validFeed();
    at(feed.items, 0).related = ['bestaat-niet', 'hoe-snel-starten'];
    expect(issuesOf(feed).map((i) => [i.path, i.message])).toEqual([
      ['items.0.related.0', '"bestaat-niet" is not the id of any item in this feed'],
      ['items.0.related.1', '"hoe-snel-starten" is the item itself'],
    ]);
  });

  test('refuses bad slugs, locales, URLs and dates', () => {
    const feed = validFeed();
    at(feed.items, 0).id = 'Hoe Snel';
    feed.locale = 'nederlands';
    feed.url = 'ftp://aira.example/faq';
    feed.updated = '2026-02-30';
    expect(
      issuesOf(feed)
        .map((i) => i.path)
        .sort(),
    ).toEqual(['items.0.id', 'locale', 'updated', 'url']);
  });

  test('refuses empty questions and answers', () => {
    const feed = validFeed();
    at(feed.items, 0).question = '   ';
    expect(issuesOf(feed)).toEqual([
      { path: 'items.0.question', message: 'must not be empty, received "   "' },
    ]);
  });

  test('reports shape and cross-field problems in one pass', () => {
    const feed = validFeed();
    (feed.items[0] as { question: unknown }).question = 42;
    at(feed.items, 1).id = 'hoe-snel-starten';
    expect(issuesOf(feed).map((i) => i.path)).toEqual([
      'items.0.question',
      'items.1.id',
      'items.0.related.0',
    ]);
  });

  test('parseFaqFeed throws a ContentValidationError listing each issue on its own line', () => {
    const feed = validFeed();
    at(feed.items, 0).id = 'X';
    at(feed.items, 1).answer = '';
    try {
      parseFaqFeed(feed);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ContentValidationError);
      expect(error).toBeInstanceOf(Error);
      const lines = (error as Error).message.split('\n');
      expect(lines).toEqual([
        '[@aira/content-schema] Invalid FAQ feed: fix the 2 issues below.',
        '  items.0.id: must be a slug (lowercase letters, digits and single hyphens, e.g. "ai-training-mkb"), received "X"',
        '  items.1.answer: must not be empty, received ""',
      ]);
      expect((error as ContentValidationError).issues).toHaveLength(2);
    }
  });
});
