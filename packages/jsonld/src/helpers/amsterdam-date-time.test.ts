import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { amsterdamDateTime } from './amsterdam-date-time.js';

describe('amsterdamDateTime', () => {
  test.each([
    ['2026-03-28T10:00', '2026-03-28T10:00:00+01:00'],
    ['2026-03-30T10:00', '2026-03-30T10:00:00+02:00'],
    ['2026-03-29T01:59:59', '2026-03-29T01:59:59+01:00'],
    ['2026-03-29T03:00', '2026-03-29T03:00:00+02:00'],
    ['2026-10-24T10:00', '2026-10-24T10:00:00+02:00'],
    ['2026-10-26T10:00', '2026-10-26T10:00:00+01:00'],
    ['2026-01-15 09:30', '2026-01-15T09:30:00+01:00'],
    ['2026-07-01T23:59:30', '2026-07-01T23:59:30+02:00'],
  ])('%s → %s', (local, expected) => {
    expect(amsterdamDateTime(local)).toBe(expected);
  });

  test('the repeated hour in October gets the first (summer-time) offset', () => {
    expect(amsterdamDateTime('2026-10-25T02:30')).toBe('2026-10-25T02:30:00+02:00');
  });

  test('the skipped hour in March is an error', () => {
    expect(() => amsterdamDateTime('2026-03-29T02:30')).toThrow(
      /\[@aira\/jsonld\] amsterdamDateTime: "2026-03-29T02:30" does not exist in Amsterdam/,
    );
  });

  test.each([
    '2026-02-30T10:00',
    '2026-03-28',
    '2026-03-28T10:00+01:00',
    '28-03-2026 10:00',
    '2026-03-28T24:00',
    '',
  ])('rejects %j with a clear error', (input) => {
    expect(() => amsterdamDateTime(input)).toThrow(/^\[@aira\/jsonld\] amsterdamDateTime/);
  });

  test('property: the result names the same instant as the local Amsterdam wall time', () => {
    const format = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2040-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (instant) => {
          const wall = format.format(instant).replace(' ', 'T');
          const iso = amsterdamDateTime(wall);
          expect(iso.startsWith(wall)).toBe(true);
          // Ambiguous hours may resolve to the other instant of the pair, an hour apart.
          const diff = Math.abs(Date.parse(iso) - Math.floor(instant.getTime() / 1000) * 1000);
          expect([0, 3_600_000]).toContain(diff);
        },
      ),
    );
  });
});
