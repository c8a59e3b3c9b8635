import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseBudgetSplit, safeParseBudgetSplit } from '../index';
import { exampleBudgetSplit } from '../test/model-fixtures';

const issuesOf = (input: unknown) => {
  const result = safeParseBudgetSplit(input);
  return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
};
const split = (shares: number[]) => ({
  id: 'budget',
  name: 'Budget',
  shares: shares.map((share, i) => ({ id: `deel-${i}`, name: `Deel ${i}`, share })),
});

/** Shares in hundredths of a percent, as whole numbers, with the given total. */
const hundredths = (total: number) =>
  fc.uniqueArray(fc.integer({ min: 1, max: total - 1 }), { maxLength: 9 }).map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), total];
    return points.slice(1).map((p, i) => p - (points[i] as number));
  });

describe('BudgetSplit', () => {
  test('accepts the example: people 50, process 30, technology 20', () => {
    const parsed = parseBudgetSplit(exampleBudgetSplit());
    expect(parsed.shares.map((s) => [s.id, s.share])).toEqual([
      ['mensen', 50],
      ['proces', 30],
      ['technologie', 20],
    ]);
  });

  test('says what the shares add up to when it is not 100 %', () => {
    expect(issuesOf(split([50, 30, 25]))).toEqual([
      {
        path: 'shares',
        message: 'the shares must add up to 100 %, but deel-0 50 + deel-1 30 + deel-2 25 = 105 %',
      },
    ]);
  });

  test('refuses a share below 0, above 100 or with more than 2 decimals, and repeated ids', () => {
    const input = split([50, 30, 20]);
    input.shares[1] = { ...input.shares[1], id: 'deel-0', share: 30.001 } as never;
    expect(issuesOf(input).map((i) => i.path)).toEqual(['shares.1.share', 'shares.1.id']);
    expect(issuesOf(split([-10, 110])).map((i) => i.path)).toEqual([
      'shares.0.share',
      'shares.1.share',
    ]);
  });

  test('adds 0.01 + 66.79 + 33.2 exactly, where floating point would not', () => {
    expect(0.01 + 66.79 + 33.2).not.toBe(100);
    expect(issuesOf(split([0.01, 66.79, 33.2]))).toEqual([]);
  });

  test('property: shares with at most 2 decimals that add up to 100 are accepted', () => {
    fc.assert(
      fc.property(hundredths(10_000), (parts) => {
        expect(issuesOf(split(parts.map((p) => p / 100)))).toEqual([]);
      }),
    );
  });

  test('property: any other total is reported on shares', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 20_000 }).filter((t) => t !== 10_000),
        fc.nat(),
        (total, seed) => {
          const parts = fc.sample(hundredths(total), { numRuns: 1, seed })[0] as number[];
          fc.pre(parts.every((p) => p <= 10_000));
          expect(issuesOf(split(parts.map((p) => p / 100))).map((i) => i.path)).toEqual(['shares']);
        },
      ),
    );
  });
});
