/** One measured figure, as every package's bench file returns it. */
export interface BenchReport {
  /** What was measured, e.g. "validate FAQ feed, 1,000 items". */
  name: string;
  /** Unit of `value`, e.g. "ms" or "µs/case". */
  unit: string;
  value: number;
  /** The same work done the plain way (JSON.parse, JSON.stringify, native <details>). */
  baseline?: { name: string; value: number; unit?: string };
  /** value / baseline.value. */
  ratio?: number;
  notes?: string;
}

/** A bench file's default export. */
export type BenchFile = { default: () => Promise<BenchReport[]> };
