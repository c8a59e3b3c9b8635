import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkLlmsTxt } from '../export/check-llms-txt';
import { runCli } from '../test/run-cli';

const examples = fileURLToPath(new URL('../../../../examples/content/', import.meta.url));

const run = runCli;

const tmp = () => mkdtempSync(join(tmpdir(), 'aira-export-'));

describe('aira-content export', () => {
  test('writes llms.txt, llms-full.txt and the companions of the example content', async () => {
    const out = tmp();
    const { code, stdout, stderr } = await run(
      ['export', examples, '--base-url', 'https://www.aira.example', '--out', out],
      out,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^11 files written from \d+ content files$/m);
    const llms = readFileSync(join(out, 'llms.txt'), 'utf8');
    expect(llms.split('\n')[0]).toBe('# AIRA');
    for (const section of ['Trainingen', 'Stappenplan', 'Roadmap', 'Competenties', 'Auteurs']) {
      expect(llms).toContain(`\n## ${section}\n`);
    }
    // The post names its author by id and one feed question by reference.
    const post = readFileSync(join(out, 'blog/roi-van-ai-training-berekenen.md'), 'utf8');
    expect(post).toMatch(/^author: Redactie AIRA$/m);
    const feed = JSON.parse(readFileSync(join(examples, 'faq.json'), 'utf8'));
    const referenced = feed.items.find(
      (item: { id: string }) => item.id === 'hoe-bewijzen-jullie-dat-ai-iets-oplevert',
    );
    expect(post).toContain(`\n### ${referenced.question}\n`);
    expect(checkLlmsTxt(llms)).toEqual([]);
    expect(checkLlmsTxt(readFileSync(join(out, 'llms-full.txt'), 'utf8'))).toEqual([]);
    for (const file of [
      'faq.md',
      'blog/roi-van-ai-training-berekenen.md',
      'blog/wat-kost-een-ai-workshop-mkb.md',
      'blog/ai-training-amsterdam-randstad.md',
      'stappenplan.md',
      'roadmap.md',
      'competenties.md',
      'auteurs/redactie-aira.md',
      'auteurs/trainersteam-aira.md',
    ]) {
      expect(readFileSync(join(out, file), 'utf8')).toMatch(/^---\ntitle: /);
    }
  });

  test('the same content exports to the same bytes', async () => {
    const [a, b] = [tmp(), tmp()];
    for (const out of [a, b]) {
      await run(['export', examples, '--base-url=https://www.aira.example', `--out=${out}`], out);
    }
    for (const file of ['llms.txt', 'llms-full.txt', 'faq.md']) {
      expect(readFileSync(join(a, file), 'utf8')).toBe(readFileSync(join(b, file), 'utf8'));
    }
  });

  test('a post naming an unknown author or FAQ item: file:line, exit 1, nothing written', async () => {
    const content = tmp();
    await cp(examples, content, { recursive: true });
    const path = join(content, 'posts/roi-van-ai-training-berekenen.md');
    const source = readFileSync(path, 'utf8')
      .replace('author: redactie-aira', 'author: onbekende-auteur')
      .replace('  - hoe-bewijzen-jullie-dat-ai-iets-oplevert', '  - bestaat-niet');
    writeFileSync(path, source);
    const out = join(tmp(), 'site');
    const { code, stderr } = await run(
      ['export', content, '--base-url', 'https://www.aira.example', '--out', out],
      content,
    );
    expect(code).toBe(1);
    const line = (text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;
    expect(stderr).toContain(
      `posts/roi-van-ai-training-berekenen.md:${line('author: onbekende-auteur')}: error: author: "onbekende-auteur" is not the id of any author`,
    );
    expect(stderr).toContain(
      `posts/roi-van-ai-training-berekenen.md:${line('- bestaat-niet')}: error: faqRefs.0: "bestaat-niet" is not the id of any item in the FAQ feed`,
    );
    expect(existsSync(out)).toBe(false);
  });

  test('invalid content: the problems with file:line, exit 1, nothing written', async () => {
    const content = tmp();
    await cp(examples, content, { recursive: true });
    const feed = JSON.parse(readFileSync(join(content, 'faq.json'), 'utf8'));
    feed.items[2].question = '';
    writeFileSync(join(content, 'faq.json'), JSON.stringify(feed, null, 2));
    const out = join(tmp(), 'site');
    const { code, stderr } = await run(
      ['export', content, '--base-url', 'https://www.aira.example', '--out', out],
      content,
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/^faq\.json:\d+: error: items\.2\.question: must not be empty/m);
    expect(stderr).toContain('nothing written');
    expect(existsSync(out)).toBe(false);
  });

  test('a folder without an organization says what is missing', async () => {
    const content = tmp();
    writeFileSync(join(content, 'faq.json'), readFileSync(join(examples, 'faq.json')));
    const { code, stderr } = await run(
      ['export', '.', '--base-url', 'https://www.aira.example', '--out', 'dist'],
      content,
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/no organization found/);
  });

  test('a second organization or FAQ feed is an error naming both files', async () => {
    const content = tmp();
    await cp(examples, content, { recursive: true });
    writeFileSync(join(content, 'zz-feed.json'), readFileSync(join(examples, 'faq.json')));
    writeFileSync(join(content, 'zz-org.json'), readFileSync(join(examples, 'organization.json')));
    const { code, stderr } = await run(
      ['export', '.', '--base-url', 'https://www.aira.example', '--out', 'dist'],
      content,
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^zz-feed\.json:1: error: a second FAQ feed \(the first is faq\.json\)/m,
    );
    expect(stderr).toMatch(
      /^zz-org\.json:1: error: a second organization \(the first is organization\.json\)/m,
    );
    expect(existsSync(join(content, 'dist'))).toBe(false);
  });

  test.each([
    [['export'], /give one content folder, received 0/],
    [['export', 'content', '--out', 'dist'], /--base-url is required/],
    [
      ['export', 'content', '--base-url', 'www.aira.nl', '--out', 'dist'],
      /absolute http\(s\) URL, received "www\.aira\.nl"/,
    ],
    [['export', 'content', '--base-url', 'https://aira.nl'], /--out is required/],
    [['export', 'content', '--base-url'], /--base-url needs a value/],
    [['export', 'content', '--zip'], /unknown option --zip/],
  ])('bad arguments %j exit 2 with the reason and the usage', async (argv, reason) => {
    const { code, stderr } = await run(argv, tmp());
    expect(code).toBe(2);
    expect(stderr).toMatch(reason);
    expect(stderr).toContain('aira-content export <folder> --base-url <url> --out <dir>');
  });
});

describe('aira-content check-llms', () => {
  test('reports file:line: severity: message and exits 1 on errors', async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, 'llms.txt'),
      'AIRA\n\n## Artikelen\n\n- [ROI](/blog/roi.md)\n- [Kosten]()\n',
    );
    const { code, stdout } = await run(['check-llms', 'llms.txt'], dir);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^llms\.txt:1: error: the file must start with an H1/),
      expect.stringMatching(/^llms\.txt:5: error: relative URL "\/blog\/roi\.md"/),
      expect.stringMatching(/^llms\.txt:6: error: the link "Kosten" has no URL/),
    ]);
  });

  test('a good file passes; warnings alone exit 0; a missing file exits 1', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'goed.txt'), '# AIRA\n\n> Samenvatting\n');
    writeFileSync(join(dir, 'kaal.txt'), '# AIRA\n');
    expect(await run(['check-llms', 'goed.txt'], dir)).toMatchObject({
      code: 0,
      stdout: 'goed.txt: ok\n',
    });
    expect(await run(['check-llms', 'kaal.txt'], dir)).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^kaal\.txt:1: warning: /),
    });
    expect(await run(['check-llms', 'weg.txt'], dir)).toMatchObject({
      code: 1,
      stdout: 'weg.txt: error: cannot read the file\n',
    });
    expect((await run(['check-llms'], dir)).code).toBe(2);
  });
});
