import { renderAnswer } from '@aira/content-schema';
import { describe, expect, test } from 'vitest';
import { htmlToMarkdown } from './html-to-markdown.js';

const nodes = (html: string) => {
  const template = document.createElement('template');
  template.innerHTML = html;
  return Array.from(template.content.childNodes);
};

describe('htmlToMarkdown', () => {
  test('renderAnswer(htmlToMarkdown(renderAnswer(md).html)) keeps the same HTML', () => {
    const samples = [
      'Ja, **binnen 2 weken**. Zie [prijzen](/prijzen).',
      'Eerste regel\nTweede regel\n\nNieuwe alinea met *nadruk*.',
      'Wat we doen:\n\n- intake\n- workshop\n\n1. eerst dit\n2. dan dat',
      'Mail [ons](mailto:info@aira.example) of bel [020](tel:+31201234567).',
    ];
    for (const markdown of samples) {
      const html = renderAnswer(markdown).html;
      expect(renderAnswer(htmlToMarkdown(nodes(html))).html).toBe(html);
    }
  });

  test('characters with a Markdown meaning stay literal text', () => {
    const html =
      '<p>5 * 3 = 15 [geen link](x) _niet schuin_ \\ </p><p>- geen lijst</p><p>1. ook geen lijst</p>';
    const { text, html: out } = renderAnswer(htmlToMarkdown(nodes(html)));
    expect(text).toContain('5 * 3 = 15 [geen link](x) _niet schuin_ \\');
    expect(out).not.toMatch(/<(a|em|ul|ol)\b/);
    expect(text).toContain('- geen lijst');
  });

  test('unknown elements give only their text; scripts and templates nothing', () => {
    const md = htmlToMarkdown(
      nodes(
        '<section><h3>Kop</h3><p>Tekst <span class="x" onclick="evil()">binnen</span></p><script>evil()</script><template>x</template></section>',
      ),
    );
    expect(md).toBe('Kop\n\nTekst binnen');
  });
});
