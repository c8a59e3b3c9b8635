// The same safety property as render-answer.test.ts, but judged by Chromium itself: the output
// goes into the live document, and any script, handler or javascript: URL would run and flag it.
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { renderAnswer } from '../index';

declare global {
  interface Window {
    __airaPwned?: string;
  }
}

const payloads = fc.constantFrom(
  '<script>window.__airaPwned="script"</script>',
  '<img src="data:," onerror="window.__airaPwned=\'img\'">',
  '<svg onload="window.__airaPwned=\'svg\'"></svg>',
  '[klik](javascript:window.__airaPwned="link")',
  '[klik](JaVaScRiPt:window.__airaPwned="link")',
  '[klik](jav&#x09;ascript:window.__airaPwned="link")',
  '[klik](java\tscript:window.__airaPwned="tab")',
  '[a](" onfocus="window.__airaPwned=\'attr\'" autofocus x=")',
  '**<b onmouseover=x>**',
  '\n\n- ',
  '*',
  '[',
  '](',
  ')',
);
const markdown = fc
  .array(fc.oneof(payloads, fc.string({ maxLength: 5 })), { maxLength: 12 })
  .map((parts) => parts.join(''));

afterEach(() => {
  document.body.replaceChildren();
  window.__airaPwned = undefined;
});

/** Inserts HTML into the live page and reports whether any of it ran code. */
async function insert(html: string): Promise<HTMLElement> {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  // Error and load handlers fire asynchronously; give them a moment.
  await new Promise((resolve) => setTimeout(resolve, 20));
  return host;
}

describe('renderAnswer in a real browser', () => {
  test('the harness notices code that runs (so the property below can fail)', async () => {
    await insert('<img src="data:," onerror="window.__airaPwned=\'img\'">');
    expect(window.__airaPwned).toBe('img');
  });

  test('property: inserted output never runs code and only holds the allowed elements', async () => {
    const allowed = new Set(['P', 'BR', 'EM', 'STRONG', 'UL', 'OL', 'LI', 'A']);
    await fc.assert(
      fc.asyncProperty(markdown, async (input) => {
        const host = await insert(renderAnswer(input).html);
        expect(window.__airaPwned).toBeUndefined();
        for (const element of host.querySelectorAll('*')) {
          expect(allowed.has(element.tagName)).toBe(true);
          for (const attribute of element.getAttributeNames())
            expect(attribute.startsWith('on')).toBe(false);
        }
        for (const link of host.querySelectorAll('a')) {
          expect(['http:', 'https:', 'mailto:', 'tel:', location.protocol]).toContain(
            new URL(link.href).protocol,
          );
        }
        host.remove();
      }),
      { numRuns: 150 },
    );
  });

  test('DOMParser reads the same structure the renderer meant', () => {
    const { html } = renderAnswer('Kort:\n- **een**\n- [twee](https://aira.example)');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect([...doc.body.children].map((e) => e.tagName)).toEqual(['P', 'UL']);
    expect(doc.querySelector('a')?.getAttribute('rel')).toBe('noopener');
  });
});
