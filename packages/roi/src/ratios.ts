import { roundHalfUp, toNumber } from './rational.js';

/** numerator / denominator of two cent amounts as a number; `null` when nothing was spent. */
export const ratio = (numerator: bigint, denominator: bigint): number | null =>
  denominator === 0n ? null : toNumber({ n: numerator, d: denominator });

/** The same ratio in percent, rounded half-up to 2 decimals exactly (no float × 100 error). */
export const percent = (numerator: bigint, denominator: bigint): number | null =>
  denominator === 0n ? null : Number(roundHalfUp({ n: numerator * 10_000n, d: denominator })) / 100;
