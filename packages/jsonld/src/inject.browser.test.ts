import { afterEach, describe, expect, test } from 'vitest';
import { aira, BASE_URL, feed } from './__fixtures__/content.js';
import { JsonLdError } from './errors.js';
import { graph } from './graph.js';
import { injectJsonLd, removeJsonLd } from './inject.js';
import { faqPage } from './nodes/faq-page.js';
import { organization } from './nodes/organization.js';

const ID = 'aira-test-jsonld';
const scripts = (doc: Document = document) =>
  [...doc.querySelectorAll('script[type="application/ld+json"]')] as HTMLScriptElement[];

afterEach(() => {
  for (const script of scripts()) script.remove();
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createScript(input: string): string },
  ): { createScript(input: string): unknown };
}

/** A same-origin frame whose CSP enforces Trusted Types for script sinks, as a strict partner site would. */
async function trustedTypesFrame() {
  const frame = document.createElement('iframe');
  frame.srcdoc =
    '<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="require-trusted-types-for \'script\'; trusted-types aira-jsonld"></head><body></body></html>';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  // TypeScript's DOM library does not declare Trusted Types yet.
  const win = frame.contentWindow as (Window & { trustedTypes: TrustedTypesFactory }) | null;
  if (!win?.document) throw new Error('the test frame did not load');
  return { doc: win.document, trustedTypes: win.trustedTypes };
}

describe('injectJsonLd in a real document', () => {
  test('adds one script to head whose text parses back to the data', () => {
    const data = faqPage(feed, { baseUrl: BASE_URL });
    const element = injectJsonLd(document, data, { id: ID });
    expect(element.parentElement).toBe(document.head);
    expect(element.getAttribute('type')).toBe('application/ld+json');
    expect(JSON.parse(element.textContent ?? '')).toEqual(data);
  });

  test('injecting twice with one id leaves one element with the newest data', () => {
    injectJsonLd(document, faqPage(feed, { baseUrl: BASE_URL }), { id: ID });
    const second = graph(organization(aira));
    const element = injectJsonLd(document, second, { id: ID, nonce: 'abc123' });
    expect(scripts()).toHaveLength(1);
    expect(JSON.parse(element.textContent ?? '')).toEqual(second);
    expect(element.getAttribute('nonce')).toBe('abc123');
  });

  test('different ids give different elements; removeJsonLd removes only its own', () => {
    injectJsonLd(document, { '@type': 'Thing', name: 'a' }, { id: `${ID}-a` });
    injectJsonLd(document, { '@type': 'Thing', name: 'b' }, { id: `${ID}-b` });
    expect(scripts()).toHaveLength(2);
    expect(removeJsonLd(document, `${ID}-a`)).toBe(true);
    expect(scripts().map((s) => s.id)).toEqual([`${ID}-b`]);
    expect(removeJsonLd(document, `${ID}-a`)).toBe(false);
  });

  test('a string that tries to close the element stays data', () => {
    const data = { '@type': 'Thing', name: '</script><img src=x onerror="window.__pwned=1">' };
    const element = injectJsonLd(document, data, { id: ID });
    expect(element.textContent).not.toContain('</script');
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(JSON.parse(element.textContent ?? '')).toEqual(data);
  });

  test('invalid data or a foreign element with the id leave the page unchanged', () => {
    expect(() => injectJsonLd(document, { n: Number.NaN }, { id: ID })).toThrow(JsonLdError);
    expect(scripts()).toHaveLength(0);
    const div = document.createElement('div');
    div.id = ID;
    document.body.append(div);
    expect(() => injectJsonLd(document, {}, { id: ID })).toThrow(/already has a <div> with id/);
    expect(removeJsonLd(document, ID)).toBe(false);
    expect(document.getElementById(ID)).toBe(div);
    div.remove();
    expect(() => injectJsonLd(document, {}, { id: '' })).toThrow(/non-empty string id/);
  });
});

describe('injectJsonLd under Trusted Types', () => {
  test('without a policy, Chromium refuses the plain string and nothing is added', async () => {
    const { doc } = await trustedTypesFrame();
    expect(() => injectJsonLd(doc, { '@type': 'Thing' }, { id: ID })).toThrow(/TrustedScript/);
    expect(scripts(doc)).toHaveLength(0);
  });

  test('with a policy, the text goes through createScript and the element is added', async () => {
    const { doc, trustedTypes } = await trustedTypesFrame();
    const seen: string[] = [];
    const policy = trustedTypes.createPolicy('aira-jsonld', {
      createScript: (input: string) => {
        seen.push(input);
        return input;
      },
    });
    const data = faqPage(feed, { baseUrl: BASE_URL });
    const element = injectJsonLd(doc, data, { id: ID, policy });
    expect(scripts(doc)).toHaveLength(1);
    expect(seen).toHaveLength(1);
    expect(JSON.parse(element.textContent ?? '')).toEqual(data);
    expect(removeJsonLd(doc, ID)).toBe(true);
  });
});
