import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { at, validFeed, validOffer, validPostSource } from '../test/fixtures';
import { runCli } from '../test/run-cli';

const run = runCli;

/** A content folder: a valid feed, a valid post and the post it links to. */
function contentDir(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'aira-content-'));
  mkdirSync(join(dir, 'posts'));
  writeFileSync(join(dir, 'faq.json'), JSON.stringify(validFeed(), null, 2));
  writeFileSync(join(dir, 'posts', 'ai-training-mkb.md'), validPostSource());
  writeFileSync(
    join(dir, 'posts', 'wat-kost-een-ai-workshop.md'),
    validPostSource()
      .replace('slug: ai-training-mkb', 'slug: wat-kost-een-ai-workshop')
      .replace('slug: wat-kost-een-ai-workshop\nfaq', 'slug: ai-training-mkb\nfaq'),
  );
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('aira-content validate', () => {
  test('exits 0 on valid content found in a folder and knows the slugs of the posts found', async () => {
    const dir = contentDir({ 'README.md': '# Voorbeeldcontent\n\nGeen post.\n' });
    const { code, stdout } = await run(['validate', dir], dir);
    expect(stdout).toBe('3 files checked: 0 errors, 0 warnings\n');
    expect(code).toBe(0);
  });

  test('prints file:line: message for schema errors and exits 1', async () => {
    const feed = validFeed();
    at(feed.items, 1).id = 'hoe-snel-starten';
    const dir = contentDir({ 'faq.json': JSON.stringify(feed, null, 2) });
    const { code, stdout } = await run(['validate', 'faq.json', 'posts'], dir);
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      'faq.json:32: error: items.1.id: "hoe-snel-starten" is already the id of items.0; ids must be unique in a feed',
      'faq.json:28: error: items.0.related.0: "wat-kost-een-workshop" is not the id of any item in this feed',
      '3 files checked: 2 errors, 0 warnings',
      '',
    ]);
  });

  test('reports frontmatter errors with their line and lint findings with their rule', async () => {
    const broken = validPostSource({ body: '# Titel\n\nKort.\n' }).replace(
      'intent: informatief',
      'intent: commercieel',
    );
    const short = validPostSource({
      body: 'Kort. [x](/blog/ai-training-mkb)\n\n## Een\n\n## Conclusie\n',
    }).replace('slug: ai-training-mkb', 'slug: kort');
    const dir = contentDir({ 'broken.md': broken, 'short.md': short });
    const { code, stdout } = await run(['validate', 'broken.md', 'short.md'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain(
      'broken.md:9: error: intent: expected "informatief" or "transactioneel" or "lokaal", received "commercieel"\n',
    );
    expect(stdout).toContain(
      'short.md:1: warning: core posts run 1000–1800 words; this body has 4 (word-count)\n',
    );
    // Two single files and no --known-slugs: the linked posts may exist, so only a warning.
    expect(stdout).toContain(
      'short.md:12: warning: readMore.0: "wat-kost-een-ai-workshop" is not a known post (internal-links)\n',
    );
  });

  test('--known-slugs adds slugs and --rule switches rules off', async () => {
    const dir = contentDir();
    const { code, stdout } = await run(
      [
        'validate',
        'posts/ai-training-mkb.md',
        '--known-slugs',
        'wat-kost-een-ai-workshop',
        '--rule=word-count=off',
      ],
      dir,
    );
    expect(stdout).toBe('1 file checked: 0 errors, 0 warnings\n');
    expect(code).toBe(0);
  });

  test("reports an unknown frontmatter key and lets another tool's keys through with --ignore-field", async () => {
    const post = validPostSource()
      .replace('date: 2026-09-22', 'date: 2026-09-22\nlayout: post\nupdatd: 2026-10-01')
      .replace('slug: ai-training-mkb', 'slug: met-layout');
    const dir = contentDir({ 'met-layout.md': post });
    const refused = await run(
      ['validate', 'met-layout.md', '--known-slugs', 'wat-kost-een-ai-workshop'],
      dir,
    );
    expect(refused.stdout.split('\n')).toEqual([
      'met-layout.md:6: error: layout: "layout" is not a field here; known fields: slug, title, description, date, updated, author, category, tags, intent, cluster, regions, locale, image, readMore, faq, faqRefs',
      'met-layout.md:7: error: updatd: "updatd" is not a field here; did you mean "updated"?',
      '1 file checked: 2 errors, 0 warnings',
      '',
    ]);
    const allowed = await run(
      [
        'validate',
        'met-layout.md',
        '--known-slugs=wat-kost-een-ai-workshop',
        '--ignore-field',
        'layout',
      ],
      dir,
    );
    expect([allowed.code, allowed.stdout.split('\n')[0]]).toEqual([
      1,
      'met-layout.md:7: error: updatd: "updatd" is not a field here; did you mean "updated"?',
    ]);
  });

  test('--format json gives a machine-readable report', async () => {
    const dir = contentDir({ 'bad.json': '{ "version": 1,\n  "items": [' });
    const { code, stdout } = await run(['validate', dir, '--format', 'json'], dir);
    const report = JSON.parse(stdout);
    expect(code).toBe(1);
    expect(report).toMatchObject({ files: 4, errors: 1, warnings: 0 });
    expect(report.problems).toEqual([
      {
        file: 'bad.json',
        line: expect.any(Number),
        severity: 'error',
        message: expect.stringMatching(/^invalid JSON: /),
      },
    ]);
  });

  test('validates other JSON content by its $schema and refuses JSON it cannot place', async () => {
    const offer = {
      $schema: 'https://unpkg.com/@aira/content-schema/schemas/training-offer.schema.json',
      ...validOffer(),
      delivery: [],
    };
    const dir = contentDir({
      'offer.json': JSON.stringify(offer, null, 2),
      'other.json': '{"naam": "x"}',
    });
    const { stdout } = await run(['validate', 'offer.json', 'other.json'], dir);
    expect(stdout).toContain(
      'offer.json:11: error: delivery: must list at least one delivery mode, received 0 items\n',
    );
    expect(stdout).toContain('other.json:1: error: cannot tell what this JSON holds');
  });

  test('reports a path that does not exist', async () => {
    const dir = contentDir();
    const { code, stdout } = await run(['validate', 'nope'], dir);
    expect([code, stdout.split('\n')[0]]).toEqual([1, 'nope:1: error: no such file or folder']);
  });

  test('exits 2 with usage on bad arguments', async () => {
    const dir = contentDir();
    for (const argv of [
      ['validate'],
      ['validate', '.', '--format', 'xml'],
      ['validate', '.', '--ignore-field', ''],
      ['validate', '.', '--rule', 'nope=off'],
      ['lint'],
    ]) {
      const { code, stderr } = await run(argv, dir);
      expect([argv.join(' '), code, stderr.startsWith('[@aira/content-schema]')]).toEqual([
        argv.join(' '),
        2,
        true,
      ]);
    }
  });
});

describe('aira-content schema', () => {
  test('prints the JSON Schema of a type', async () => {
    const { code, stdout } = await run(['schema', 'faq-feed'], tmpdir());
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      title: 'AIRA FAQ feed (version 1)',
      required: ['version', 'locale', 'items'],
    });
  });

  test('lists the types when the type is unknown', async () => {
    const { code, stderr } = await run(['schema', 'faq'], tmpdir());
    expect(code).toBe(2);
    expect(stderr).toContain('use one of: faq-feed, faq-item');
  });
});

describe('the aira-content bin', () => {
  test('runs as a process and sets the exit code', () => {
    const root = fileURLToPath(new URL('../../../../', import.meta.url));
    const bin = fileURLToPath(new URL('../cli.ts', import.meta.url));
    const dir = contentDir({ 'faq.json': '{"version": 2, "locale": "nl-NL", "items": []}' });
    const result = spawnSync(process.execPath, ['--import', 'tsx', bin, 'validate', dir], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stdout).toContain('faq.json:1: error: version: must be 1');
    expect(result.status).toBe(1);
  });
});
