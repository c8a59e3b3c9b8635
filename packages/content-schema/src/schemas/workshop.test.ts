import { describe, expect, test } from 'vitest';
import { parseWorkshop, safeParseWorkshop } from '../index';
import { validWorkshop } from '../test/fixtures';

const issuesOf = (input: unknown) => {
  const result = safeParseWorkshop(input);
  return result.success ? [] : result.error.issues;
};

describe('Workshop', () => {
  test('accepts a mixed workshop with a place and an online URL', () => {
    expect(parseWorkshop(validWorkshop()).seats).toEqual({ total: 15, remaining: 4 });
  });

  test('accepts an online workshop without a location', () => {
    const { location: _, ...online } = validWorkshop();
    expect(safeParseWorkshop({ ...online, attendance: 'online' }).success).toBe(true);
  });

  test('refuses an end that is not after the start, across offsets', () => {
    expect(issuesOf({ ...validWorkshop(), end: '2026-03-28T09:00:00Z' })).toEqual([
      {
        path: 'end',
        message: 'must be after start (2026-03-28T10:00:00+01:00), received 2026-03-28T09:00:00Z',
      },
    ]);
  });

  test('requires a place for offline and a URL for online attendance', () => {
    const { location: _l, onlineUrl: _u, ...bare } = validWorkshop();
    expect(issuesOf({ ...bare, attendance: 'offline' }).map((i) => i.path)).toEqual(['location']);
    expect(issuesOf({ ...bare, attendance: 'online' }).map((i) => i.path)).toEqual(['onlineUrl']);
    expect(issuesOf({ ...bare, attendance: 'mixed' }).map((i) => i.path)).toEqual([
      'location',
      'onlineUrl',
    ]);
  });

  test('refuses more remaining seats than seats', () => {
    expect(
      issuesOf({ ...validWorkshop(), seats: { total: 10, remaining: 11 } }).map((i) => i.path),
    ).toEqual(['seats.remaining']);
  });

  test('refuses date-times without an offset', () => {
    expect(
      issuesOf({ ...validWorkshop(), start: '2026-03-28T10:00:00' }).map((i) => i.message),
    ).toEqual([
      'must be an ISO 8601 date-time with an offset, e.g. "2026-03-28T10:00:00+01:00", received "2026-03-28T10:00:00"',
    ]);
  });
});
