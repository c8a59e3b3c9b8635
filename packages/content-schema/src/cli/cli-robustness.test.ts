// The CLI meets real folders: links, pipes, files it may not read, other encodings, keys
// that hold control characters. One bad entry is a problem on that entry; the run goes on.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validFeed, validPostSource } from '../test/fixtures';
import { runCli } from '../test/run-cli';

const run = runCli;

function folder(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'aira-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const feedJson = JSON.stringify(validFeed(), null, 2);

describe('aira-content validate on entries that are not plain files', () => {
  test('dangling and looping symlinks, a FIFO, a folder named .md and an unreadable file are problems on those entries', async () => {
    const dir = folder({ 'faq.json': feedJson });
    symlinkSync(join(dir, 'weg.json'), join(dir, 'dangling.json'));
    symlinkSync(join(dir, 'loop-b.md'), join(dir, 'loop-a.md'));
    symlinkSync(join(dir, 'loop-a.md'), join(dir, 'loop-b.md'));
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    mkdirSync(join(dir, 'map.md.d'));
    symlinkSync(join(dir, 'map.md.d'), join(dir, 'map.md'));
    // Readable by stat, but reading fails even for root (chmod 000 does not stop root).
    symlinkSync('/proc/self/mem', join(dir, 'mem.json'));
    const { code, stdout } = await run(['validate', '.', '--format', 'json'], dir);
    const report = JSON.parse(stdout);
    expect(code).toBe(1);
    expect(report).toMatchObject({ files: 7, errors: 6, warnings: 0 });
    expect(
      report.problems.map((p: { file: string; message: string }) => [p.file, p.message]),
    ).toEqual([
      ['dangling.json', 'is a symlink to a file that does not exist'],
      ['loop-a.md', 'is a symlink that loops back on itself'],
      ['loop-b.md', 'is a symlink that loops back on itself'],
      ['map.md', 'is a folder, not a regular file; only .md and .json files are read'],
      ['mem.json', expect.stringMatching(/^cannot be read \(/)],
      ['pipe.md', 'is a FIFO (named pipe), not a regular file; only .md and .json files are read'],
    ]);
  });
});

describe('aira-content validate on encodings', () => {
  test('reads a .json file with a UTF-8 byte-order mark like a .md file with one', async () => {
    const dir = folder({ 'faq.json': `\ufeff${feedJson}` });
    expect(await run(['validate', 'faq.json'], dir)).toMatchObject({
      code: 0,
      stdout: '1 file checked: 0 errors, 0 warnings\n',
    });
  });

  test('names the file and line of bytes that are not UTF-8, instead of replacing them', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('{\n  "version": 1,\n  "title": "Caf'),
      Buffer.from([0xe9]),
      Buffer.from('",\n  "items": []\n}\n'),
    ]);
    const post = Buffer.concat([
      Buffer.from(validPostSource().slice(0, 40)),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(validPostSource().slice(40)),
    ]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(feedJson, 'utf16le')]);
    const dir = folder({ 'faq.json': latin1, 'post.md': post, 'utf16.json': utf16 });
    const { code, stdout } = await run(['validate', 'faq.json', 'post.md', 'utf16.json'], dir);
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      'faq.json:3: error: is not valid UTF-8: line 3 holds bytes that are not (perhaps Latin-1 or Windows-1252); save the file as UTF-8',
      'post.md:3: error: is not valid UTF-8: line 3 holds bytes that are not (perhaps Latin-1 or Windows-1252); save the file as UTF-8',
      'utf16.json:1: error: is UTF-16 (it starts with a UTF-16 byte-order mark); save the file as UTF-8',
      '3 files checked: 3 errors, 0 warnings',
      '',
    ]);
  });
});

describe('aira-content validate text output', () => {
  test('escapes control characters from content, so a key cannot forge a line or drive the terminal', async () => {
    const post = validPostSource().replace(
      'slug: ai-training-mkb',
      'slug: ai-training-mkb\n"x\\nfaq.json:1: error: vervalst\\u001b[2J": 1',
    );
    const dir = folder({ 'post.md': post });
    const { stdout } = await run(
      ['validate', 'post.md', '--known-slugs', 'wat-kost-een-ai-workshop'],
      dir,
    );
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^post\.md:3: error: \["x\\nfaq\.json:1: error: vervalst\\u001b\[2J"\]: /,
    );
    expect(stdout).not.toContain('\u001b');
  });

  test('escapes them in file names and in link targets quoted by the linter', async () => {
    const post = validPostSource().replace(
      '/blog/wat-kost-een-ai-workshop)',
      '/blog/x\u001b]0;titel\u0007)',
    );
    const dir = folder({ 'nieuw\nfaq.json:1: error: vervalst.md': post });
    const { stdout } = await run(
      ['validate', '.', '--known-slugs', 'wat-kost-een-ai-workshop'],
      dir,
    );
    expect([...stdout].filter((c) => c < ' ' && c !== '\n')).toEqual([]);
    expect(stdout.split('\n')[0]).toBe(
      'nieuw\\nfaq.json:1: error: vervalst.md:25: error: link "/blog/x\\x1b]0;titel\\x07" points at "x\\x1b]0;titel\\x07", which is not a known post (internal-links)',
    );
  });
});

describe('aira-content validate and internal links', () => {
  const linking = validPostSource().replace('slug: ai-training-mkb', 'slug: alleen');

  test('one post on its own: links to posts it cannot see are warnings, with a note', async () => {
    const dir = folder({ 'alleen.md': linking });
    const { code, stdout, stderr } = await run(['validate', 'alleen.md'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('alleen.md:25: warning: link "/blog/wat-kost-een-ai-workshop"');
    expect(stderr).toMatch(/note: internal links were checked only against the posts given/);
  });

  test('with --known-slugs or a whole folder, unknown links are errors', async () => {
    const dir = folder({ 'alleen.md': linking });
    const known = await run(['validate', 'alleen.md', '--known-slugs', 'iets-anders'], dir);
    expect(known.code).toBe(1);
    expect(known.stdout).toContain('alleen.md:25: error: link "/blog/wat-kost-een-ai-workshop"');
    const whole = await run(['validate', '.'], dir);
    expect(whole.code).toBe(1);
    expect(whole.stderr).toBe('');
  });
});

describe('aira-content --version and names it does not know', () => {
  test('--version prints the package version', async () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    );
    expect(await run(['--version'], tmpdir())).toEqual({
      code: 0,
      stdout: `${manifest.version}\n`,
      stderr: '',
    });
  });

  test('suggests the nearest command, option, rule and type', async () => {
    const dir = folder({ 'faq.json': feedJson });
    const cases: Array<[string[], string]> = [
      [['valdate', '.'], 'unknown command "valdate"; did you mean "validate"?'],
      [['validate', '.', '--formt', 'json'], 'unknown option --formt (did you mean "--format"?)'],
      [['validate', '.', '--rule', 'word-cont=off'], '(did you mean "word-count"?)'],
      [['schema', 'faq-fed'], '(did you mean "faq-feed"?)'],
    ];
    for (const [argv, message] of cases) {
      const { code, stderr } = await run(argv, dir);
      expect([argv.join(' '), code, stderr]).toEqual([
        argv.join(' '),
        2,
        expect.stringContaining(message),
      ]);
    }
  });
});

describe('aira-content validate and unknown keys in JSON', () => {
  test('warns about a key the content type does not know, on its line, with the key it resembles', async () => {
    const feed = validFeed() as Record<string, unknown> & { items: Array<Record<string, unknown>> };
    feed.items[1] = { ...feed.items[1], questoin: 'Dubbel?' };
    feed.$schema = 'https://unpkg.com/@aira/content-schema/schemas/faq-feed.schema.json';
    feed['og.image'] = '/x.png';
    const dir = folder({ 'faq.json': JSON.stringify(feed, null, 2) });
    const { code, stdout } = await run(['validate', 'faq.json'], dir);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'faq.json:37: warning: items.1.questoin: "questoin" is not a field here and is ignored; did you mean "question"?',
      'faq.json:41: warning: ["og.image"]: "og.image" is not a field here and is ignored; known fields: version, locale, title, url, updated, categories, items',
      '1 file checked: 0 errors, 2 warnings',
      '',
    ]);
  });
});

describe('aira-content validate at scale', () => {
  // 60,000 unknown keys in one object: finding each one's line must not search the object
  // again every time (that is 3.6 billion comparisons, minutes), nor spread the warnings.
  test('a JSON object with 60,000 unknown keys: every one reported on its line', {
    timeout: 60_000,
  }, async () => {
    const feed: Record<string, unknown> = validFeed();
    for (let i = 0; i < 60_000; i++) feed[`extra${i}`] = i;
    const dir = folder({ 'faq.json': JSON.stringify(feed, null, 1) });
    const { code, stdout } = await run(['validate', 'faq.json', '--format', 'json'], dir);
    const report = JSON.parse(stdout);
    expect(code).toBe(0);
    expect(report.warnings).toBe(60_000);
    expect(report.problems.at(-1)).toMatchObject({ path: 'extra59999', line: 60_038 });
  });
});
