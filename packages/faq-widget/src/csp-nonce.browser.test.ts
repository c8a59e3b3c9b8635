import { describe, expect, test } from 'vitest';
import { renderFaqHtml } from './render-faq-html.js';
import { feed } from './testing/feed.js';
import { jsonUrl } from './testing/mount.js';

// A page whose CSP allows scripts by nonce only (no 'self', no host): the built bundle's
// on-demand parts (JSON-LD, markup reader, highlighting) are imported by the nonced module,
// whose nonce they inherit, so they load without listing anything else.
const BUNDLE = '/packages/faq-widget/dist/aira-faq.js';
const NONCE = 'dGVzdC1ub25jZQ';

async function noncePage(body: string): Promise<HTMLIFrameElement> {
  const csp = [
    `script-src 'nonce-${NONCE}'`,
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types aira-faq lit-html',
  ].join('; ');
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html lang="nl"><head>
    <meta http-equiv="Content-Security-Policy" content="${csp}">
    <script type="module" nonce="${NONCE}" src="/packages/faq-widget/src/testing/csp-probe.ts"></script>
    <script type="module" nonce="${NONCE}" src="${BUNDLE}"></script>
  </head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe;
}

describe('nonce-only CSP with Trusted Types, from the built bundle', () => {
  test('pre-rendered markup, JSON-LD and highlighting load their parts', async () => {
    const response = await fetch(BUNDLE);
    expect(response.ok, 'build the bundle first: pnpm --filter @aira/faq-widget build').toBe(true);
    const iframe = await noncePage(
      renderFaqHtml(feed, { element: { jsonld: true, src: jsonUrl(feed) } }),
    );
    try {
      const win = iframe.contentWindow as Window & { violations: string[] };
      const doc = iframe.contentDocument as Document;
      const element = doc.querySelector('aira-faq') as HTMLElement;
      await expect
        .poll(() => element.shadowRoot?.querySelectorAll('.question').length, { timeout: 5000 })
        .toBe(feed.items.length);
      await expect
        .poll(() => doc.querySelectorAll('script[type="application/ld+json"]').length, {
          timeout: 5000,
        })
        .toBe(1);
      const input = element.shadowRoot?.querySelector('input') as HTMLInputElement;
      input.value = 'workshop';
      input.dispatchEvent(new Event('input'));
      await expect
        .poll(() => element.shadowRoot?.querySelectorAll('mark').length, { timeout: 5000 })
        .toBeGreaterThan(0);
      expect(win.violations).toEqual([]);
    } finally {
      iframe.remove();
    }
  });
});
