// `pnpm bench`: a 10,000-case sensitivity sweep. Each case is a training business case
// whose ROI is recomputed with four inputs moved ±20% (a tornado table: 9 runs per case),
// with validation and exact cent arithmetic. Baseline: the same sweep as bare float formulas
// without validation, rounding or cash flows, to show what exactness costs.
import { sensitivity, type TrainingRoiInput } from '@aira/roi';
import { Bench } from 'tinybench';
import type { BenchReport } from '../../../bench/report.ts';

const CASES = 10_000;
const FIELDS = ['participants', 'pricePerParticipant', 'hoursSavedPerWeek', 'hourlyRate'] as const;

/** Deterministic cases (mulberry32), so every run measures the same work. */
function cases(): TrainingRoiInput[] {
  let seed = 42;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: CASES }, () => ({
    participants: 5 + Math.floor(random() * 100),
    pricePerParticipant: Math.round(250 + random() * 1_500),
    hoursSavedPerWeek: Math.round(random() * 60) / 10,
    hourlyRate: Math.round(35 + random() * 80),
    otherBenefitsPerYear: Math.round(random() * 50_000),
    rampUpMonths: Math.floor(random() * 4),
  }));
}

/** The float shortcut: ROI = (benefit − cost) / cost, no ramp-up, no cents. */
function floatSweep(input: TrainingRoiInput) {
  const roi = (i: TrainingRoiInput) => {
    const cost = i.participants * i.pricePerParticipant;
    const benefit =
      i.hoursSavedPerWeek * i.participants * i.hourlyRate * 45 + (i.otherBenefitsPerYear ?? 0);
    return (benefit - cost) / cost;
  };
  return FIELDS.map((field) => {
    const low = roi({ ...input, [field]: input[field] * 0.8 });
    const high = roi({ ...input, [field]: input[field] * 1.2 });
    return { field, change: Math.abs(high - low) };
  }).sort((a, b) => b.change - a.change);
}

export default async function run(): Promise<BenchReport[]> {
  const inputs = cases();
  const bench = new Bench({ iterations: 3, time: 0, warmup: true, warmupIterations: 1 });
  bench
    .add('sensitivity', () => {
      for (const input of inputs) sensitivity(input, { fields: FIELDS, swing: 0.2 });
    })
    .add('float formulas', () => {
      for (const input of inputs) floatSweep(input);
    });
  await bench.run();
  const mean = (name: string) => {
    const result = bench.getTask(name)?.result;
    if (!result || !('latency' in result)) throw new Error(`bench task ${name} did not complete`);
    return result.latency.mean;
  };
  const perCase = (mean('sensitivity') * 1000) / CASES;
  const baseline = (mean('float formulas') * 1000) / CASES;
  return [
    {
      name: `sensitivity sweep, ${CASES.toLocaleString('en')} training cases × 4 fields ±20%`,
      unit: 'µs/case',
      value: perCase,
      baseline: { name: 'bare float formulas', value: baseline },
      ratio: perCase / baseline,
      notes: `whole sweep ${(mean('sensitivity') / 1000).toFixed(2)} s; 9 validated, cent-exact trainingRoi runs per case (12 monthly flows each)`,
    },
  ];
}
