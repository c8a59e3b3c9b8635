/**
 * Present value of `cashFlows` at `rate` per period, without validation; `start` is the
 * period of the first flow. Horner's rule in v = 1/(1 + rate): no power of v is formed on its
 * own, so zero flows stay zero even where v^t would overflow (rates near −100% over long
 * series), and the result is Infinity only when the true value is beyond double range.
 */
export function presentValue(rate: number, cashFlows: readonly number[], start: 0 | 1): number {
  const v = 1 / (1 + rate);
  let total = 0;
  for (let t = cashFlows.length - 1; t >= 0; t--) total = total * v + (cashFlows[t] ?? 0);
  return start === 0 ? total : total * v;
}
