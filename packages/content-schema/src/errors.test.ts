import { describe, expect, test } from 'vitest';
import { ContentValidationError, safeParseFaqFeed } from './index';

describe('ContentValidationError', () => {
  test('is an Error with a name, the issues and a one-line-per-issue message', () => {
    const error = new ContentValidationError(
      [
        { path: 'title', message: 'is required (expected string)', line: 2 },
        { path: '', message: 'invalid YAML: bad indent', line: 7 },
      ],
      { subject: 'blog post', file: 'posts/a.md' },
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentValidationError');
    expect(error.file).toBe('posts/a.md');
    expect(error.message).toBe(
      [
        '[@aira/content-schema] Invalid blog post in posts/a.md: fix the 2 issues below.',
        '  posts/a.md:2: title: is required (expected string)',
        '  posts/a.md:7: invalid YAML: bad indent',
      ].join('\n'),
    );
  });

  test('names the root as (root) when there is no file', () => {
    expect(
      new ContentValidationError([{ path: '', message: 'expected object, received undefined' }])
        .message,
    ).toContain('  (root): expected object, received undefined');
  });

  test('never has an empty issue list', () => {
    expect(new ContentValidationError([]).issues).toHaveLength(1);
  });
});

describe('very many issues', () => {
  // zod alone overflows the stack on this feed (it spreads 150,000 issues into one push).
  test('150,000 broken FAQ items: every issue is reported, the message lists the first 100 and the total', {
    timeout: 60_000,
  }, () => {
    const items = Array.from({ length: 150_000 }, (_, i) => ({
      id: i < 2 ? 'dubbel' : `Fout-${i}`,
      question: 'Vraag?',
      answer: 'Antwoord.',
    }));
    const result = safeParseFaqFeed({ version: 1, locale: 'nl-NL', items });
    expect(result.success).toBe(false);
    if (result.success) return;
    const { issues, message } = result.error;
    expect(issues).toHaveLength(149_999);
    expect(issues.slice(0, 2).map((i) => i.path)).toEqual(['items.2.id', 'items.3.id']);
    // The cross-field checks still run when zod has to be run in parts.
    expect(issues.filter((i) => /already the id of items\.0/.test(i.message))).toHaveLength(1);
    expect(issues.at(-2)?.path).toBe('items.149999.id');
    const lines = message.split('\n');
    expect(lines[0]).toBe('[@aira/content-schema] Invalid FAQ feed: fix the 149,999 issues below.');
    expect(lines).toHaveLength(1 + 100 + 1);
    expect(lines.at(-1)).toBe("  ... and 149,899 more (the error's issues list holds all 149,999)");
  });
});

describe('control characters from content', () => {
  test('are escaped in the message, so they cannot forge lines or reach a terminal', () => {
    const error = new ContentValidationError(
      [{ path: 'ti\ntle', message: '"a\u001b[31mb" is not a field here\u202e', line: 2 }],
      { file: 'posts/x\n.md' },
    );
    expect(error.message.split('\n')).toEqual([
      '[@aira/content-schema] Invalid content in posts/x\\n.md: fix the 1 issue below.',
      '  posts/x\\n.md:2: ti\\ntle: "a\\x1b[31mb" is not a field here\\u202e',
    ]);
    expect(error.issues[0]?.path).toBe('ti\ntle');
  });
});
