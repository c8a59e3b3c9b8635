import fc from 'fast-check';
import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';
import { describe, expect, test } from 'vitest';
import { renderAnswer } from '../index';

type Node = DefaultTreeAdapterMap['childNode'];
const ALLOWED: Record<string, string[]> = {
  p: [],
  br: [],
  em: [],
  strong: [],
  ul: [],
  ol: ['start'],
  li: [],
  a: ['href', 'rel'],
};

/** Every problem a real HTML parser finds in the output: unexpected elements, attributes or URLs. */
function unsafeParts(html: string): string[] {
  const problems: string[] = [];
  const visit = (nodes: Node[]) => {
    for (const node of nodes) {
      if (!('tagName' in node)) continue;
      const allowed = ALLOWED[node.tagName];
      if (!allowed) problems.push(`element <${node.tagName}>`);
      for (const { name, value } of node.attrs) {
        if (name.startsWith('on') || !allowed?.includes(name))
          problems.push(`attribute ${name} on <${node.tagName}>`);
        if (name === 'href') {
          // What a browser does before reading the scheme: drop tabs/newlines, trim controls and spaces.
          const effective = value
            .replace(/[\t\n\r]/g, '')
            .replace(/^[^!-\uffff]+/, '')
            .toLowerCase();
          const scheme = /^([a-z][a-z0-9+.-]*):/.exec(effective)?.[1];
          if (scheme && !['http', 'https', 'mailto', 'tel'].includes(scheme))
            problems.push(`href ${value}`);
        }
      }
      visit(node.childNodes);
    }
  };
  visit(parseFragment(html).childNodes);
  return problems;
}

describe('renderAnswer', () => {
  test('renders paragraphs, line breaks, emphasis and strong text', () => {
    expect(
      renderAnswer('Ja, **binnen 2 weken**.\nDaarna *samen* verder.\n\nTweede alinea.'),
    ).toEqual({
      html: '<p>Ja, <strong>binnen 2 weken</strong>.<br>Daarna <em>samen</em> verder.</p><p>Tweede alinea.</p>',
      text: 'Ja, binnen 2 weken.\nDaarna samen verder.\n\nTweede alinea.',
    });
  });

  test('renders unordered and ordered lists, also right after a paragraph', () => {
    expect(
      renderAnswer('Je krijgt:\n- een intake\n- een workshop\n  met vervolg\n\n3. drie\n4. vier')
        .html,
    ).toBe(
      '<p>Je krijgt:</p><ul><li>een intake</li><li>een workshop<br>met vervolg</li></ul><ol start="3"><li>drie</li><li>vier</li></ol>',
    );
    expect(renderAnswer('1. een\n2. twee').text).toBe('1. een\n2. twee');
  });

  test('keeps relative, mailto and tel links and marks absolute http(s) links noopener', () => {
    expect(
      renderAnswer(
        '[prijzen](/prijzen) [mail](mailto:info@aira.nl) [bel](tel:+31201234567) [site](https://aira.nl/?a=1&b=2)',
      ).html,
    ).toBe(
      '<p><a href="/prijzen">prijzen</a> <a href="mailto:info@aira.nl">mail</a> <a href="tel:+31201234567">bel</a> <a href="https://aira.nl/?a=1&amp;b=2" rel="noopener">site</a></p>',
    );
  });

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox',
    'java\\script:alert',
    'foo:bar',
  ])('drops the link but keeps the label for %s', (url) => {
    const { html, text } = renderAnswer(`[klik](${url})`);
    expect(html).not.toContain('<a');
    expect(text).toBe('klik');
  });

  test('escapes raw HTML instead of passing it through', () => {
    const { html, text } = renderAnswer(
      '<script>alert(1)</script> <img src=x onerror=alert(1)> & "quotes"',
    );
    expect(html).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;</p>',
    );
    expect(text).toBe('<script>alert(1)</script> <img src=x onerror=alert(1)> & "quotes"');
  });

  test('leaves underscores inside words alone and honours backslash escapes', () => {
    expect(renderAnswer('snake_case_naam en \\*geen nadruk\\*').html).toBe(
      '<p>snake_case_naam en *geen nadruk*</p>',
    );
  });

  test('returns empty output for empty or non-string input', () => {
    expect(renderAnswer('')).toEqual({ html: '', text: '' });
    expect(renderAnswer(undefined as unknown as string)).toEqual({ html: '', text: '' });
  });

  const tricky = fc.constantFrom(
    '<script>',
    '</script>',
    '<img src=x onerror=alert(1)>',
    '<svg/onload=alert(1)>',
    '<a href="javascript:alert(1)">',
    'javascript:',
    'JaVaScRiPt:',
    'jav&#x09;ascript:',
    '&#106;',
    '&colon;',
    '\t',
    '\n',
    '\n\n',
    '[',
    '](',
    ')',
    '](javascript:alert(1))',
    '*',
    '**',
    '_',
    '"',
    "'",
    '<',
    '>',
    '&',
    'on',
    '=',
    'onclick=',
    '- ',
    '1. ',
    ' ',
    'data:text/html,',
    '\\',
    '`',
    '//evil.example',
    'https://aira.nl',
    'mailto:x@y.z',
    '\u0000',
    '\u00a0',
  );
  const markdown = fc
    .array(fc.oneof(tricky, fc.string({ maxLength: 6 })), { maxLength: 40 })
    .map((parts) => parts.join(''));

  test('property: a real HTML parse of the output finds no executable tag, on* attribute or script URL', () => {
    fc.assert(
      fc.property(markdown, (input) => {
        const { html } = renderAnswer(input);
        expect(unsafeParts(html)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  test('property: the HTML parse of the output has exactly the text of `text`, list markers included', () => {
    // `text` writes list items as "- " or "1. " lines; read the HTML the same way, so that a
    // paragraph that merely starts with "1. " is not mistaken for a list on either side.
    const textOf = (nodes: Node[]): string =>
      nodes
        .map((node) => {
          if ('value' in node) return node.value;
          if (!('childNodes' in node)) return '';
          if (node.nodeName === 'ul' || node.nodeName === 'ol') {
            let number = Number(node.attrs.find((a) => a.name === 'start')?.value ?? 1);
            return node.childNodes
              .map((item) => {
                const marker = node.nodeName === 'ul' ? '- ' : `${number++}. `;
                return marker + ('childNodes' in item ? textOf(item.childNodes) : '');
              })
              .join('');
          }
          return textOf(node.childNodes);
        })
        .join('');
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    fc.assert(
      fc.property(markdown, (input) => {
        const { html, text } = renderAnswer(input);
        expect(squeeze(textOf(parseFragment(html).childNodes))).toBe(squeeze(text));
      }),
      { numRuns: 500 },
    );
  });
});
