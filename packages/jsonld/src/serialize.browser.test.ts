import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hostileJson } from './__fixtures__/arbitraries.js';
import { jsonLdScriptTag } from './script-tag.js';

describe('jsonLdScriptTag in Chromium', () => {
  test('property: DOMParser sees one script whose text JSON.parses back to the data', () => {
    const parser = new DOMParser();
    fc.assert(
      fc.property(hostileJson, (data) => {
        const html = `<!DOCTYPE html><html><head>${jsonLdScriptTag(data, { id: 'ld' })}</head><body><p id="after">na</p></body></html>`;
        const doc = parser.parseFromString(html, 'text/html');
        const found = doc.querySelectorAll('script');
        expect(found).toHaveLength(1);
        expect(found[0]?.parentElement?.localName).toBe('head');
        expect(JSON.parse(found[0]?.textContent ?? '')).toEqual(data);
        expect(doc.body.querySelectorAll('p')).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });
});
