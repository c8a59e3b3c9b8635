import { describe, expect, test } from 'vitest';
import { ContentValidationError } from './index';

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
