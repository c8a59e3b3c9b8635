// Helpers for cross-field checks, which may see half-valid input and so must not assume shapes.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** `[index, indexOfFirstOccurrence]` for every repeated string value. */
export function duplicates(values: readonly unknown[]): Array<[number, number]> {
  const seen = new Map<string, number>();
  const found: Array<[number, number]> = [];
  values.forEach((value, index) => {
    if (typeof value !== 'string') return;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else found.push([index, first]);
  });
  return found;
}

export function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
