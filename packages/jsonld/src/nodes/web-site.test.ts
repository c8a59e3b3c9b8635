import { describe, expect, test } from 'vitest';
import { aira, BASE_URL, golden } from '../__fixtures__/content.js';
import { webSite } from './web-site.js';

describe('webSite', () => {
  test('golden', async () => {
    await expect(
      golden(
        webSite(
          { name: 'AIRA', alternateName: 'AIRA AI-training', locale: 'nl-NL', publisher: aira },
          { baseUrl: BASE_URL },
        ),
      ),
    ).toMatchFileSnapshot('./__golden__/web-site.json');
  });

  test('needs a home page', () => {
    expect(webSite({ name: 'AIRA', locale: 'nl-NL', url: 'https://example.nl/' })['@id']).toBe(
      'https://example.nl/#website',
    );
    expect(() => webSite({ name: 'AIRA', locale: 'nl-NL' })).toThrow(
      /needs input\.url or options\.baseUrl/,
    );
  });
});
