import { describe, expect, test } from 'vitest';
import { parseTrainingOffer, safeParseTrainingOffer } from '../index';
import { validOffer } from '../test/fixtures';

const issuesOf = (input: unknown) => {
  const result = safeParseTrainingOffer(input);
  return result.success ? [] : result.error.issues;
};

describe('TrainingOffer', () => {
  test('accepts a valid offer and fills the defaults', () => {
    const offer = parseTrainingOffer(validOffer());
    expect(offer.locale).toBe('nl-NL');
    expect(offer.price).toEqual({
      amount: 495,
      per: 'person',
      currency: 'EUR',
      vatIncluded: false,
    });
  });

  test('refuses min above max for duration and group size', () => {
    expect(
      issuesOf({
        ...validOffer(),
        durationHours: { min: 4, max: 3 },
        groupSize: { min: 15, max: 8 },
      }),
    ).toEqual([
      { path: 'durationHours.max', message: 'must be at least min (4), received 3' },
      { path: 'groupSize.max', message: 'must be at least min (15), received 8' },
    ]);
  });

  test('refuses an empty or repeated delivery list', () => {
    expect(issuesOf({ ...validOffer(), delivery: [] }).map((i) => i.message)).toEqual([
      'must list at least one delivery mode, received 0 items',
    ]);
    expect(
      issuesOf({ ...validOffer(), delivery: ['online', 'online'] }).map((i) => i.path),
    ).toEqual(['delivery.1']);
  });

  test('refuses unknown formats, zero hours and fractional group sizes', () => {
    expect(
      issuesOf({
        ...validOffer(),
        format: 'weekend',
        durationHours: { min: 0, max: 2 },
        groupSize: { min: 1.5, max: 8 },
      }).map((i) => i.path),
    ).toEqual(['format', 'durationHours.min', 'groupSize.min']);
  });
});
