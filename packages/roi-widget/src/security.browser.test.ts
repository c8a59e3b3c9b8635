import { afterEach, describe, expect, test } from 'vitest';
import { mount, shadow, unmountAll } from './testing/mount.js';

afterEach(unmountAll);

/**
 * A page with a strict CSP and Trusted Types enforced, in a same-origin iframe: scripts and
 * styles only from 'self', no inline anything, only Lit's own policy allowed.
 */
async function strictPage(moduleUrl: string, body: string): Promise<HTMLIFrameElement> {
  const csp = [
    "script-src 'self'",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html lang="nl"><head>
    <meta http-equiv="Content-Security-Policy" content="${csp}">
    <script type="module" src="/packages/roi-widget/src/testing/csp-probe.ts"></script>
    <script type="module" src="${moduleUrl}"></script>
    <script>window.inlineRan = true</script>
  </head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe;
}

async function checkStrictPage(moduleUrl: string): Promise<void> {
  const iframe = await strictPage(
    moduleUrl,
    '<aira-roi mode="pilot"></aira-roi><aira-roi></aira-roi>',
  );
  try {
    const win = iframe.contentWindow as Window & { inlineRan?: boolean; violations: string[] };
    const doc = iframe.contentDocument as Document;
    expect(win.inlineRan).toBeUndefined();
    expect(() => {
      doc.createElement('div').innerHTML = '<b>x</b>';
    }).toThrow(/TrustedHTML/);
    const [pilot, training] = Array.from(doc.querySelectorAll('aira-roi'));
    await expect
      .poll(() => training?.shadowRoot?.querySelectorAll('.card').length, { timeout: 5000 })
      .toBe(5);
    expect(pilot?.shadowRoot?.querySelectorAll('polyline')).toHaveLength(3);
    const root = training?.shadowRoot as ShadowRoot;
    expect(root.adoptedStyleSheets.length).toBeGreaterThan(0);
    expect(root.querySelector('style')).toBeNull();
    // Typing still recomputes under the policy.
    const field = root.querySelector<HTMLInputElement>('input[name="participants"]');
    if (!field) throw new Error('no participants field');
    field.value = '10';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await expect
      .poll(() => root.querySelector('.card dd')?.textContent?.replace(/\u00a0/g, ' '))
      .toBe('€ 4.950');
    expect(win.violations.filter((v) => !/trusted-types-sink .*<b>x/.test(v))).toEqual([]);
  } finally {
    iframe.remove();
  }
}

describe('strict CSP with Trusted Types', () => {
  test('from the sources', async () => {
    await checkStrictPage('/packages/roi-widget/src/define.ts');
  });

  test('the built single-file bundle', async () => {
    const bundle = '/packages/roi-widget/dist/aira-roi.js';
    const response = await fetch(bundle);
    expect(response.ok, 'build the bundle first: pnpm --filter @aira/roi-widget build').toBe(true);
    await checkStrictPage(bundle);
  });
});

describe('hostile strings', () => {
  test('overridden strings and typed text render as text, never as markup', async () => {
    const payload = '<img src=x onerror="window.__xss=1">';
    const element = await mount(
      `<aira-roi strings='${JSON.stringify({ resultsHeading: payload, labels: { participants: payload } }).replace(/'/g, '&#39;')}'></aira-roi>`,
    );
    const root = shadow(element);
    const field = root.querySelector<HTMLInputElement>('input[name="participants"]');
    if (!field) throw new Error('no field');
    field.value = payload;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(root.textContent).toContain(payload);
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });

  test('a strings attribute that is not JSON is ignored, not thrown', async () => {
    const element = await mount(`<aira-roi strings="{nope"></aira-roi>`);
    expect(shadow(element).querySelectorAll('.card')).toHaveLength(5);
  });
});
