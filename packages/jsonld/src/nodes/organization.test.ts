import { describe, expect, test } from 'vitest';
import { aira, BASE_URL, golden } from '../__fixtures__/content.js';
import { localBusiness } from './local-business.js';
import { organization } from './organization.js';

describe('organization', () => {
  test('golden', async () => {
    await expect(golden(organization(aira, { baseUrl: BASE_URL }))).toMatchFileSnapshot(
      './__golden__/organization.json',
    );
  });

  test('@id hangs off the organization url, the logo is absolute, the address is a PostalAddress', () => {
    const data = organization(aira, { baseUrl: 'https://partner.example' });
    expect(data['@id']).toBe('https://example.nl/#organization');
    expect(data.logo).toBe('https://partner.example/img/aira-logo.png');
    expect(data.address).toEqual({
      '@type': 'PostalAddress',
      streetAddress: 'Voorbeeldgracht 1',
      postalCode: '1011 AA',
      addressLocality: 'Amsterdam',
      addressRegion: 'Noord-Holland',
      addressCountry: 'NL',
    });
    expect(data.areaServed).toEqual(['Nederland']);
  });
});

describe('localBusiness', () => {
  test('golden', async () => {
    await expect(
      golden(
        localBusiness(aira, {
          baseUrl: BASE_URL,
          priceRange: '€€',
          geo: { latitude: 52.3731, longitude: 4.8922 },
          openingHours: [
            {
              days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
              opens: '09:00',
              closes: '17:30',
            },
          ],
        }),
      ),
    ).toMatchFileSnapshot('./__golden__/local-business.json');
  });

  test('is the Amsterdam office serving all of the Netherlands', () => {
    const data = localBusiness(aira);
    expect(data['@id']).toBe('https://example.nl/#localbusiness');
    expect(data.address).toMatchObject({ addressLocality: 'Amsterdam' });
    expect(data.areaServed).toEqual(['Nederland']);
  });
});
