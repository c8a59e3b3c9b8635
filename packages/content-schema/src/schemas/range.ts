import * as z from 'zod/mini';
import { isNumber, isRecord } from './refine-helpers';

/** `{ min, max }` with `min <= max`, built from a number schema factory. */
export function range<T extends z.ZodMiniType<number>>(value: () => T) {
  return z.object({ min: value(), max: value() }).check(
    z.superRefine(
      (r: unknown, ctx) => {
        if (isRecord(r) && isNumber(r.min) && isNumber(r.max) && r.max < r.min) {
          ctx.addIssue({
            code: 'custom',
            path: ['max'],
            message: `must be at least min (${r.min}), received ${r.max}`,
          });
        }
      },
      { when: () => true },
    ),
  );
}
