import { describe, expect, test } from 'vitest';
import { ContentValidationError, parseBlogPost, safeParseBlogPost } from './index';
import { validPostSource } from './test/fixtures';

function errorOf(source: unknown, file = 'posts/a.md') {
  const result = safeParseBlogPost(source, { file });
  if (result.success) throw new Error('expected the post to be refused');
  return result.error;
}

describe('parseBlogPost', () => {
  test('reads frontmatter and body into one flat object, with defaults', () => {
    const post = parseBlogPost(validPostSource());
    expect(post.slug).toBe('ai-training-mkb');
    expect(post.date).toBe('2026-09-22');
    expect(post.locale).toBe('nl-NL');
    expect(post.faq).toHaveLength(3);
    expect(post.body.startsWith('teams leren')).toBe(true);
  });

  test('keeps the body exactly as written after the closing fence', () => {
    const post = parseBlogPost(validPostSource({ body: '\nIntro.\n\n## Kop\n' }));
    expect(post.body).toBe('\nIntro.\n\n## Kop\n');
  });

  test('accepts Windows line endings and a byte-order mark', () => {
    const source = `\uFEFF${validPostSource()}`.replace(/\n/g, '\r\n');
    expect(parseBlogPost(source).title).toBe('AI-training voor het mkb');
  });

  test('accepts an object with the fields and body', () => {
    const { body, ...fields } = parseBlogPost(validPostSource());
    expect(parseBlogPost({ ...fields, body }).slug).toBe('ai-training-mkb');
  });

  test('maps frontmatter issues to 1-based file lines and file:line messages', () => {
    const source = validPostSource()
      .replace('title: AI-training voor het mkb', 'title: 42')
      .replace('answer: Ja, online of hybride.', 'answer: ""');
    const error = errorOf(source);
    expect(error.issues).toEqual([
      { path: 'title', line: 3, message: 'expected string, received 42' },
      { path: 'faq.1.answer', line: 17, message: 'must not be empty, received ""' },
    ]);
    expect(error.message.split('\n').slice(1)).toEqual([
      '  posts/a.md:3: title: expected string, received 42',
      '  posts/a.md:17: faq.1.answer: must not be empty, received ""',
    ]);
  });

  test('points a missing field at the first frontmatter line and a missing nested field at its parent', () => {
    const source = validPostSource()
      .replace('author: Redactie AIRA\n', '')
      .replace('  - question: Kan het online?\n', '  - vraag: Kan het online?\n');
    expect(errorOf(source).issues.map((i) => [i.path, i.line])).toEqual([
      ['author', 2],
      ['faq.1.vraag', 15],
      ['faq.1.question', 15],
    ]);
  });

  test('reports a misspelt optional field with its line and the field it resembles', () => {
    const source = validPostSource().replace(
      'date: 2026-09-22',
      'date: 2026-09-22\nupdatd: 2026-10-01',
    );
    const error = errorOf(source);
    expect(error.issues).toEqual([
      { path: 'updatd', line: 6, message: '"updatd" is not a field here; did you mean "updated"?' },
    ]);
    expect(error.message).toContain('posts/a.md:6: updatd: "updatd" is not a field here');
  });

  test('names the known fields when an unknown key resembles none, also inside FAQ items', () => {
    const source = validPostSource().replace(
      '  - question: Kan het online?',
      '  - question: Kan het online?\n    bron: intern',
    );
    const [issue] = errorOf(source).issues;
    expect(issue).toMatchObject({ path: 'faq.1.bron', line: 17 });
    expect(issue?.message).toBe('"bron" is not a field here; known fields: id, question, answer');
  });

  test('leaves out the keys of other tools when asked, and keeps refusing the rest', () => {
    const source = validPostSource().replace(
      'date: 2026-09-22',
      'date: 2026-09-22\nlayout: post\ndraft: true',
    );
    expect(errorOf(source).issues.map((i) => i.path)).toEqual(['layout', 'draft']);
    const post = parseBlogPost(source, { ignoreFields: ['layout', 'draft'] });
    expect(post).not.toHaveProperty('layout');
    expect(post.slug).toBe('ai-training-mkb');
  });

  test('refuses updated before date and repeated FAQ ids', () => {
    const source = validPostSource()
      .replace('date: 2026-09-22', 'date: 2026-09-22\nupdated: 2026-01-01')
      .replace('  - question: Kan het online?', '  - id: dubbel\n    question: Kan het online?')
      .replace('  - question: Voor wie is het?', '  - id: dubbel\n    question: Voor wie is het?');
    expect(errorOf(source).issues.map((i) => i.path)).toEqual(['updated', 'faq.2.id']);
  });

  test('reports broken YAML with its line, not a stack trace', () => {
    const error = errorOf('---\nslug: a\ntitle: Kosten: wat betaal je?\n---\nBody');
    expect(error).toBeInstanceOf(ContentValidationError);
    expect(error.issues[0]).toMatchObject({ path: '', line: 3 });
    expect(error.message).toMatch(
      /^ {2}posts\/a\.md:3: invalid YAML: .+ \(a value with ": " needs quotes\)$/m,
    );
  });

  test('reports duplicate YAML keys', () => {
    expect(errorOf('---\nslug: a\nslug: b\n---\n').issues[0]).toMatchObject({
      line: 3,
      message: expect.stringMatching(/invalid YAML/),
    });
  });

  test('refuses a file without frontmatter or with an unclosed one', () => {
    expect(errorOf('# Titel\n\nTekst').issues).toEqual([
      {
        path: '',
        line: 1,
        message: 'must start with YAML frontmatter between two "---" lines (title, date, ...)',
      },
    ]);
    expect(errorOf('---\ntitle: x\n').issues[0]?.line).toBe(1);
  });

  test('refuses frontmatter that is not a mapping', () => {
    expect(errorOf('---\n- a\n- b\n---\n').issues[0]?.message).toBe(
      'frontmatter must be a YAML mapping (key: value lines)',
    );
    expect(errorOf('---\n---\n').issues[0]?.message).toBe(
      'frontmatter must be a YAML mapping (key: value lines)',
    );
  });

  test('does not let YAML __proto__ keys reach the prototype', () => {
    errorOf('---\n__proto__:\n  polluted: true\n---\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('refuses a YAML alias bomb instead of expanding it', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const error = errorOf(`---\n${levels.join('\n')}\n---\n`);
    expect(error.issues[0]?.message).toMatch(/^invalid YAML: .*alias/i);
  });

  test('refuses non-string, non-object input', () => {
    expect(errorOf(42).issues[0]?.message).toBe('expected object, received 42');
  });
});

describe('parseBlogPost on awkward frontmatter', () => {
  test('keeps a dotted key whole in the path, so its line is right', () => {
    const source = validPostSource().replace(
      'cluster: ai-voor-branche',
      'cluster: ai-voor-branche\nog.image: /x.png',
    );
    const issue = errorOf(source).issues[0];
    expect(issue).toEqual({
      path: '["og.image"]',
      line: 11,
      message: '"og.image" is not a field here; did you mean "image"?',
    });
  });

  test.each([
    ['an unclosed double quote', 'title: "AI-training voor het mkb'],
    ['an unclosed single quote', "title: 'AI-training voor het mkb"],
    ['an unclosed flow list', 'title: [AI-training, mkb'],
    ['an unclosed flow map', 'title: {tekst: AI-training'],
  ])('points %s at the line where it opens, not at the closing fence', (_, line) => {
    const source = validPostSource().replace('title: AI-training voor het mkb', line);
    expect(errorOf(source).issues.map((i) => [i.line, i.message.slice(0, 13)])).toEqual([
      [3, 'invalid YAML:'],
    ]);
  });

  test('a 400 KB key gets no suggestion and a short message', () => {
    const key = 'x'.repeat(400_000);
    const source = validPostSource().replace(
      'slug: ai-training-mkb',
      `slug: ai-training-mkb\n? ${key}\n: waarde`,
    );
    const issue = errorOf(source).issues[0];
    expect(issue?.line).toBe(3);
    expect(issue?.message).toMatch(/^"x{37}\.\.\." is not a field here; known fields: slug, /);
  });

  test('a key with a line break or an ESC sequence cannot forge a line of the message', () => {
    const source = validPostSource().replace(
      'slug: ai-training-mkb',
      'slug: ai-training-mkb\n"x\\nposts/b.md:1: error\\u001b[2J": 1',
    );
    const error = errorOf(source);
    expect(error.message.split('\n')).toHaveLength(2);
    expect(error.message).not.toContain('\u001b');
  });
});

describe('parseBlogPost on very large frontmatter', () => {
  // The yaml parser's own duplicate-key check is quadratic (7 s at 20,000 keys, about 30 s at
  // 40,000 on a loaded machine); the package checks duplicates itself in one pass.
  test('40,000 keys: a repeated key is found on its line', { timeout: 20_000 }, () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `extra${i}: ${i}`);
    keys[39_999] = 'extra5: 5';
    const source = validPostSource().replace(
      'slug: ai-training-mkb',
      `slug: ai-training-mkb\n${keys.join('\n')}`,
    );
    expect(errorOf(source).issues).toEqual([
      { path: '', line: 40_002, message: 'invalid YAML: Map keys must be unique' },
    ]);
  });
});
