import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DOCUMENTED_EXAMPLE, DOCUMENTED_SHAPE } from '../test/llms-txt-proposal';
import { checkLlmsTxt } from './check-llms-txt';

const errors = (text: string) =>
  checkLlmsTxt(text)
    .filter((p) => p.severity === 'error')
    .map((p) => p.line);

describe('checkLlmsTxt', () => {
  test('accepts the shape documented by the llms.txt proposal (fixture, read 2026-11-30)', () => {
    expect(checkLlmsTxt(DOCUMENTED_SHAPE)).toEqual([]);
    expect(checkLlmsTxt(DOCUMENTED_EXAMPLE)).toEqual([]);
  });

  test('a file without an H1 is reported on its first line', () => {
    const problems = checkLlmsTxt('\n\nAIRA\n\n## Artikelen\n');
    expect(problems[0]).toMatchObject({ line: 3, severity: 'error' });
    expect(problems[0]?.message).toMatch(/must start with an H1.*"AIRA"/);
    expect(checkLlmsTxt('## AIRA\n')[0]).toMatchObject({ line: 1, severity: 'error' });
    expect(checkLlmsTxt('')[0]?.message).toMatch(/empty/);
  });

  test('a link without a URL is reported with its line', () => {
    const text = '# AIRA\n\n> Samenvatting\n\n## Artikelen\n\n- [ROI berekenen]()\n- [Kosten]\n';
    const problems = checkLlmsTxt(text);
    expect(problems.map((p) => [p.line, p.severity])).toEqual([
      [7, 'error'],
      [8, 'error'],
    ]);
    expect(problems[0]?.message).toMatch(/"ROI berekenen" has no URL/);
  });

  test('a relative URL is reported, with the fix', () => {
    const text =
      '# AIRA\n\n> Zie [contact](/contact).\n\n## Artikelen\n\n- [ROI](https://aira.example/roi.md)\n- [Kosten](kosten.md): prijzen\n';
    const problems = checkLlmsTxt(text);
    expect(problems.map((p) => p.line)).toEqual([3, 8]);
    expect(problems[0]?.message).toMatch(/relative URL "\/contact".*absolute URL/);
  });

  test('list entries without a link in a section, second H1s and headings before the sections', () => {
    const text =
      '# AIRA\n\n> Samenvatting\n\n### Over ons\n\n## Artikelen\n\n- Zo bereken je de ROI\n\n# Nog een titel\n';
    expect(errors(text)).toEqual([5, 9, 11]);
  });

  test('escaped brackets belong to the label', () => {
    expect(
      errors('# AIRA\n> S\n## A\n- [Wat kost een \\[AI\\]-workshop?](https://aira.example/x.md)\n'),
    ).toEqual([]);
    expect(errors('# AIRA\n> S\n## A\n- [Wat kost een \\[AI\\]-workshop?](x.md)\n')).toEqual([4]);
  });

  test('a missing blockquote is only a warning', () => {
    expect(
      checkLlmsTxt('# AIRA\n\n## Artikelen\n\n- [ROI](https://aira.example/roi.md)\n'),
    ).toEqual([expect.objectContaining({ line: 3, severity: 'warning' })]);
  });

  test('code blocks, inline code and images are left alone; lists under deeper headings are content', () => {
    const text = [
      '# AIRA',
      '> Samenvatting',
      '## Voorbeelden',
      '```md',
      '- [relatief](/niet-controleren)',
      '# geen H1',
      '```',
      '- [Uitleg](https://aira.example/uitleg.md): zie `[x](/y)` in de tekst',
      '### Volledige tekst',
      '- een gewone opsomming',
      '![logo](logo.png)',
    ].join('\n');
    expect(checkLlmsTxt(text)).toEqual([]);
  });

  test('any file built from valid parts passes, with CRLF line ends too', () => {
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,20}$/);
    const entry = fc
      .tuple(word, fc.webUrl(), fc.option(word))
      .map(([name, url, notes]) => `- [${name}](${url})${notes ? `: ${notes}` : ''}`);
    const section = fc
      .tuple(word, fc.array(entry, { minLength: 1, maxLength: 4 }))
      .map(([name, entries]) => `## ${name}\n\n${entries.join('\n')}`);
    fc.assert(
      fc.property(
        word,
        word,
        fc.array(section, { maxLength: 4 }),
        fc.boolean(),
        (name, summary, sections, crlf) => {
          const text = [`# ${name}`, `> ${summary}`, ...sections].join('\n\n');
          expect(errors(crlf ? text.replace(/\n/g, '\r\n') : text)).toEqual([]);
        },
      ),
    );
  });

  test('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(Array.isArray(checkLlmsTxt(text))).toBe(true);
      }),
    );
    expect(checkLlmsTxt(undefined as unknown as string)[0]?.line).toBe(1);
  });
});
