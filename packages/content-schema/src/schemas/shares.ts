// Percentages that must add up to 100, as the competence levels and the budget split need.
import * as z from 'zod/mini';
import { isNumber, isRecord, listOf } from './refine-helpers';

/** A percentage from 0 to 100 with at most 2 decimals, so sums can be exact. */
export const percent = () =>
  z.number().check(
    z.gte(0, 'must be a percentage from 0 to 100'),
    z.lte(100, 'must be a percentage from 0 to 100'),
    z.refine(
      (v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6,
      'must have at most 2 decimals (e.g. 33.33)',
    ),
  );

/**
 * The sum of percentages in hundredths of a percent. Whole hundredths keep the sum exact
 * where binary floating point makes 0.01 + 66.79 + 33.2 miss 100.
 */
export function sumInHundredths(shares: readonly number[]): number {
  return shares.reduce((sum, share) => sum + Math.round(share * 100), 0);
}

/**
 * Reports on `path` when the `share` fields of `list` (each entry named by `label`) do not
 * add up to 100. Entries whose share is not a number are left to the field check.
 */
export function checkSharesSum(
  list: unknown,
  path: PropertyKey[],
  label: (entry: Record<string, unknown>, index: number) => string,
  ctx: z.core.$RefinementCtx<unknown>,
): void {
  const entries = listOf(list).filter(isRecord);
  if (entries.length === 0 || !entries.every((entry) => isNumber(entry.share))) return;
  const shares = entries.map((entry) => entry.share as number);
  const total = sumInHundredths(shares);
  if (total === 10_000) return;
  const parts = entries.map((entry, index) => `${label(entry, index)} ${entry.share}`).join(' + ');
  ctx.addIssue({
    code: 'custom',
    path,
    message: `the shares must add up to 100 %, but ${parts} = ${total / 100} %`,
  });
}
