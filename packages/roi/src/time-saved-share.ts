import { RoiInputError } from './errors.js';
import { hours, num, parse, shape } from './validate.js';

const schema = shape({
  taskHoursBefore: hours(),
  taskHoursAfter: hours(),
  workdayHours: num('a number of hours > 0 and ≤ 24', { above: 0, max: 24 }),
});

/** Input of {@link timeSavedShare}. */
export interface TimeSavedShareInput {
  /** Hours a task takes today, per day. */
  taskHoursBefore: number;
  /** Hours it takes with AI, per day (≤ taskHoursBefore). */
  taskHoursAfter: number;
  /** Length of the workday in hours (e.g. 8). */
  workdayHours: number;
}

/**
 * Share of a workday freed when a daily task gets shorter, as a fraction.
 *
 * @example
 * ```ts
 * timeSavedShare({ taskHoursBefore: 2, taskHoursAfter: 0.5, workdayHours: 8 }); // 0.1875
 * ```
 */
export function timeSavedShare(input: TimeSavedShareInput): number {
  const a = parse(schema, input);
  if (a.taskHoursAfter > a.taskHoursBefore) {
    throw new RoiInputError(
      'taskHoursAfter',
      `taskHoursAfter must be ≤ taskHoursBefore (${a.taskHoursBefore}), received ${a.taskHoursAfter}`,
      { received: a.taskHoursAfter, reason: 'inconsistent', limits: { max: a.taskHoursBefore } },
    );
  }
  if (a.taskHoursBefore > a.workdayHours) {
    throw new RoiInputError(
      'taskHoursBefore',
      `taskHoursBefore must be ≤ workdayHours (${a.workdayHours}), received ${a.taskHoursBefore}`,
      { received: a.taskHoursBefore, reason: 'inconsistent', limits: { max: a.workdayHours } },
    );
  }
  return (a.taskHoursBefore - a.taskHoursAfter) / a.workdayHours;
}
