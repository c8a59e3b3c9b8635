import type { RoiSeries } from './model.js';

// Where the lines of the cumulative cash-flow chart go. Only scaling to the SVG's box
// happens here; the values are the cumulative cents @aira/roi computed.

/** Size of the chart's viewBox; the SVG scales to its container. */
export const CHART = { width: 640, height: 260, left: 96, right: 20, top: 20, bottom: 40 } as const;

/** Line styles per series, told apart without colour (expected solid). */
const DASHES = ['', '8 5', '2 4'] as const;

/** What the chart draws. */
export interface ChartGeometry {
  lines: { name: string; points: string; dash: string }[];
  zeroY: number;
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /** The break-even point of the main series, when it pays back within the horizon. */
  marker: { x: number; y: number } | null;
}

/** Lays out `series` (the first is the main one: solid, with the break-even marker). */
export function chartGeometry(
  series: readonly RoiSeries[],
  payback: number | null,
  horizon: number,
  locale: string,
): ChartGeometry {
  const values = series.flatMap((s) => s.flows.map((f) => f.cumulativeCents / 100));
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const span = high - low || 1;
  const { width, height, left, right, top, bottom } = CHART;
  const x = (month: number) => left + (month / horizon) * (width - left - right);
  const y = (euros: number) => top + ((high - euros) / span) * (height - top - bottom);
  const round = (n: number) => Math.round(n * 10) / 10;
  // The expected case draws last, on top; in pilot mode it is the middle series.
  const order = series.length === 3 ? [1, 0, 2] : series.map((_, i) => i);
  const lines = order.map((i, k) => {
    const s = series[i] as RoiSeries;
    return {
      name: s.name,
      dash: DASHES[k] ?? '',
      points: s.flows
        .map((f) => `${round(x(f.month))},${round(y(f.cumulativeCents / 100))}`)
        .join(' '),
    };
  });
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const months = [...new Set([0, Math.round(horizon / 2), horizon])];
  return {
    lines,
    zeroY: round(y(0)),
    xTicks: months.map((m) => ({ x: round(x(m)), label: String(m) })),
    // A label too close to the zero line's would overlap it; the table still has its value.
    yTicks: [...new Set([low, 0, high])]
      .filter((v) => v === 0 || Math.abs(y(v) - y(0)) >= 16)
      .map((v) => ({ y: round(y(v)), label: money.format(v) })),
    marker: payback === null ? null : { x: round(x(payback)), y: round(y(0)) },
  };
}
