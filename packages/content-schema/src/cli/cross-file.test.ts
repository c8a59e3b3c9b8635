import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../test/run-cli';

const examples = new URL('../../../../examples/content/', import.meta.url);

async function run(argv: string[], cwd: string) {
  const { code, stdout } = await runCli(argv, cwd);
  return { code, lines: stdout.trimEnd().split('\n') };
}

/** A copy of the example content, edited by `edit(path, text)` per file. */
function exampleCopy(edits: Record<string, (text: string) => string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'aira-model-'));
  cpSync(examples, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  }
  return dir;
}

describe('aira-content validate with authors, feed and the plan-like types', () => {
  test('the example content folder is valid', async () => {
    const { code, lines } = await run(['validate', '.'], exampleCopy());
    expect(lines.at(-1)).toMatch(/^\d+ files checked: 0 errors, 0 warnings$/);
    expect(code).toBe(0);
  });

  test('reports broken plan-like content and broken post references with file:line', async () => {
    const dir = exampleCopy({
      'posts/roi-van-ai-training-berekenen.md': (t) =>
        t
          .replace('author: redactie-aira', 'author: Redactie AIRA')
          .replace('  - hoe-bewijzen-jullie-dat-ai-iets-oplevert', '  - bestaat-niet'),
      'competence-frameworks/ai-leiderschap.json': (t) => t.replace('"share": 15', '"share": 10'),
      'roadmaps/90-dagen-ai-leiderschap.json': (t) => t.replace('"from": 5,', '"from": 6,'),
      'step-plans/ai-invoeren-in-7-stappen.json': (t) =>
        t.replace('"position": 3', '"position": 4'),
      'budget-splits/ai-budget-mensen-proces-technologie.json': (t) =>
        t.replace('"share": 20', '"share": 25'),
    });
    const { code, lines } = await run(['validate', '.'], dir);
    expect(code).toBe(1);
    expect(lines.slice(0, -1)).toEqual([
      'posts/roi-van-ai-training-berekenen.md:6: error: author: "Redactie AIRA" is not the id of any author; use one of: redactie-aira, trainersteam-aira',
      'posts/roi-van-ai-training-berekenen.md:36: error: faqRefs.0: "bestaat-niet" is not the id of any item in the FAQ feed; check the spelling or add the question to the feed',
      'budget-splits/ai-budget-mensen-proces-technologie.json:9: error: shares: the shares must add up to 100 %, but mensen 50 + proces 30 + technologie 25 = 105 %',
      'competence-frameworks/ai-leiderschap.json:73: error: levels: the shares must add up to 100 %, but gebruikers 80 + verbinders 10 + specialisten 5 = 95 %',
      'roadmaps/90-dagen-ai-leiderschap.json:36: error: phases.1.weeks.from: leaves a gap: week 5 belongs to no phase; start this phase at week 5, received 6',
      'step-plans/ai-invoeren-in-7-stappen.json:32: error: steps.2.position: must be 3: positions run 1, 2, 3, … in list order, received 4',
    ]);
  });

  test('posts alone: author names pass, and FAQ references are a warning that nothing checked them', async () => {
    const { code, lines } = await run(['validate', 'posts'], exampleCopy());
    expect(code).toBe(0);
    expect(lines).toContain(
      'posts/ai-training-amsterdam-randstad.md:41: warning: faqRefs: cannot be checked: no FAQ feed among the files validated; add the feed (e.g. faq.json) to the paths',
    );
  });

  test('schema prints the JSON Schema of each new type', async () => {
    for (const type of ['step-plan', 'roadmap', 'competence-framework', 'budget-split', 'author']) {
      const { code, stdout } = await runCli(['schema', type], process.cwd());
      expect(code).toBe(0);
      expect(JSON.parse(stdout).$id).toBe(
        `https://unpkg.com/@aira/content-schema/schemas/${type}.schema.json`,
      );
    }
  });
});
