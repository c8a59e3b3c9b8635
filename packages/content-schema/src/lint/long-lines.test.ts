// Posts are written by people and pasted from other tools: one line can be a whole chapter,
// and a broken paste can repeat one character 100,000 times. Each line below is one that
// made a lint pattern backtrack quadratically (`# a` + 40,000 spaces + `x` took 3.6 s); at
// 200,000 characters a quadratic rule would run for minutes and time this test out, while a
// linear one takes milliseconds. Timings are in bench/lint-scale.bench.ts.
import { describe, expect, test } from 'vitest';
import { type BlogPost, lintBlogPost, parseBlogPost } from '../index';
import { validPostSource } from '../test/fixtures';

const N = 200_000;
const base: BlogPost = parseBlogPost(validPostSource());

const hostile: Array<[string, string]> = [
  ['a heading with a long run of spaces before its last word', `# a${' '.repeat(N)}x`],
  ['a heading of hashes and spaces', `## ${'# '.repeat(N / 2)}x`],
  ['a heading ending in a long closing run', `## Titel ${'#'.repeat(N)}`],
  ['opening brackets without a close', '['.repeat(N)],
  ['a link target that never closes', `[a](${'x'.repeat(N)}`],
  ['a link with a long run of spaces', `[a](x${' '.repeat(N)}`],
  ['angle brackets without a close', '<'.repeat(N)],
  ['one long word', 'ä'.repeat(N)],
  ['setext underline candidates', `Tekst\n${'='.repeat(N)} x`],
];

describe('lint on very long lines', () => {
  test.each(hostile)('%s', (_, line) => {
    const findings = lintBlogPost({ ...base, body: `Intro.\n\n${line}\n\n## Conclusie\n\nKlaar.` });
    expect(Array.isArray(findings)).toBe(true);
  });

  test('reads a long heading right: text without the padding or the closing hashes', () => {
    const findings = lintBlogPost(
      { ...base, body: `Intro.\n\n# a${' '.repeat(N)}x ###\n` },
      { rules: { 'word-count': 'off' } },
    );
    expect(findings.find((f) => f.rule === 'headings' && f.severity === 'error')?.message).toBe(
      `"# a${' '.repeat(N)}x": the title comes from the frontmatter; use "## " for sections`,
    );
  });
});
