import { describe, expect, it } from 'vitest';
import { timeSavedShare } from './time-saved-share.js';

describe('timeSavedShare', () => {
  it('gives 18.75% for a 2-hour task cut to 30 minutes in an 8-hour day', () => {
    expect(timeSavedShare({ taskHoursBefore: 2, taskHoursAfter: 0.5, workdayHours: 8 })).toBe(
      0.1875,
    );
  });

  it('rejects an after longer than the before, and a task longer than the day', () => {
    expect(() =>
      timeSavedShare({ taskHoursBefore: 1, taskHoursAfter: 2, workdayHours: 8 }),
    ).toThrowError('[@aira/roi] taskHoursAfter must be ≤ taskHoursBefore (1), received 2');
    expect(() =>
      timeSavedShare({ taskHoursBefore: 9, taskHoursAfter: 2, workdayHours: 8 }),
    ).toThrowError(/taskHoursBefore must be ≤ workdayHours/);
    expect(() =>
      timeSavedShare({ taskHoursBefore: 1, taskHoursAfter: 0, workdayHours: 0 }),
    ).toThrowError(/workdayHours must be/);
  });
});
