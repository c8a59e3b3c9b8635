import { MAX_DEPTH } from './json.js';
import { childPath, ROOT_PATH } from './json-path.js';

/** Why a value cannot be walked as a JSON tree. */
export interface ShapeProblem {
  kind: 'cycle' | 'depth';
  /** JSON path of the object that contains itself, or of the first level too deep. */
  path: string;
  message: string;
}

/**
 * Finds the first cycle, or nesting deeper than {@link MAX_DEPTH}, in a value, so that the
 * recursive walks after it can trust the value to be a finite tree. Objects shared by two
 * parents are fine; only an object inside itself is a cycle.
 */
export function findShapeProblem(value: unknown, root = ROOT_PATH): ShapeProblem | undefined {
  const ancestors = new Set<object>();
  // Height of every object already walked without a problem: a shared object (a DAG) is
  // walked again only where it would now reach too deep, so sharing never costs exponential time.
  const heights = new Map<object, number>();
  const keys: (string | number)[] = [];
  let problem: ShapeProblem | undefined;
  const fail = (kind: ShapeProblem['kind']): number => {
    const path = keys.reduce<string>(childPath, root);
    problem = {
      kind,
      path,
      message:
        kind === 'cycle'
          ? `the object at ${path} contains itself (a cycle); link nodes by {"@id": ...} instead of by object reference`
          : `the data is nested more than ${MAX_DEPTH} levels deep at ${path}; flatten it into nodes linked by {"@id": ...}`,
    };
    return 0;
  };
  const visit = (item: unknown): number => {
    if (typeof item !== 'object' || item === null) return 0;
    if (ancestors.has(item)) return fail('cycle');
    const known = heights.get(item);
    if (known !== undefined && keys.length + known <= MAX_DEPTH) return known;
    if (keys.length >= MAX_DEPTH) return fail('depth');
    ancestors.add(item);
    let height = 0;
    const child = (key: string | number, next: unknown) => {
      keys.push(key);
      height = Math.max(height, visit(next) + 1);
      keys.pop();
    };
    if (Array.isArray(item)) {
      for (let index = 0; index < item.length && !problem; index++) child(index, item[index]);
    } else {
      for (const key of Object.keys(item)) {
        if (problem) break;
        child(key, (item as Record<string, unknown>)[key]);
      }
    }
    ancestors.delete(item);
    heights.set(item, height);
    return height;
  };
  visit(value);
  return problem;
}
