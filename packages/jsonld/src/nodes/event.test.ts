import { describe, expect, test } from 'vitest';
import {
  aira,
  BASE_URL,
  golden,
  awarenessOffer as offer,
  plain,
  workshop,
} from '../__fixtures__/content.js';
import { event, seatAvailability } from './event.js';

describe('event', () => {
  test('golden', async () => {
    await expect(
      golden(event(workshop, { baseUrl: BASE_URL, offer, organizer: aira })),
    ).toMatchFileSnapshot('./__golden__/event.json');
  });

  test('an offline workshop has a Place with address, dates with offset and an offer', () => {
    const data = event(workshop, { baseUrl: BASE_URL, offer });
    expect(data['@type']).toBe('EducationEvent');
    expect(data['@id']).toBe('https://example.nl/agenda/ai-awareness-amsterdam-2026-03-28#event');
    expect(data.startDate).toBe('2026-03-28T10:00:00+01:00');
    expect(data.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(data.eventStatus).toBe('https://schema.org/EventScheduled');
    expect(data.location).toMatchObject({
      '@type': 'Place',
      address: { addressLocality: 'Amsterdam', addressCountry: 'NL' },
    });
    expect(data.offers).toMatchObject({
      price: '750.00',
      priceCurrency: 'EUR',
      availability: 'https://schema.org/LimitedAvailability',
    });
    expect(data.description).toBe(offer.description);
  });

  test('online and mixed attendance use a VirtualLocation', () => {
    const online = event({
      ...workshop,
      attendance: 'online',
      location: undefined,
      onlineUrl: 'https://example.nl/live',
    });
    expect(online.location).toEqual({ '@type': 'VirtualLocation', url: 'https://example.nl/live' });
    const mixed = event({ ...workshop, attendance: 'mixed', onlineUrl: 'https://example.nl/live' });
    expect(plain<{ '@type': string }[]>(mixed.location).map((l) => l['@type'])).toEqual([
      'Place',
      'VirtualLocation',
    ]);
    expect(mixed.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
  });

  test('availability follows the remaining seats; status maps to eventStatus', () => {
    expect(seatAvailability({ total: 15, remaining: 0 })).toBe('https://schema.org/SoldOut');
    expect(seatAvailability({ total: 15, remaining: 3 })).toBe(
      'https://schema.org/LimitedAvailability',
    );
    expect(seatAvailability({ total: 15, remaining: 4 })).toBe('https://schema.org/InStock');
    expect(event({ ...workshop, status: 'cancelled' }).eventStatus).toBe(
      'https://schema.org/EventCancelled',
    );
  });

  test('without any price there is no offer, and no date is invented', () => {
    const { price: _price, ...free } = workshop;
    const data = event(free);
    expect(data.offers).toBeUndefined();
    expect(JSON.stringify(data)).not.toMatch(/validFrom|priceValidUntil/);
  });
});
