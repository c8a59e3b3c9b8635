import { describe, expect, test } from 'vitest';
import { parseContentCalendar, safeParseContentCalendar } from '../index';
import { at, validCalendar } from '../test/fixtures';

const pathsOf = (input: unknown) => {
  const result = safeParseContentCalendar(input);
  return result.success ? [] : result.error.issues.map((i) => i.path);
};

describe('ContentCalendar', () => {
  test('accepts 12 numbered weeks', () => {
    expect(parseContentCalendar(validCalendar()).weeks).toHaveLength(12);
  });

  test('refuses 11 or 13 weeks', () => {
    const calendar = validCalendar();
    expect(pathsOf({ ...calendar, weeks: calendar.weeks.slice(1) })).toEqual(['weeks']);
    expect(pathsOf({ ...calendar, weeks: [...calendar.weeks, calendar.weeks[0]] })).toEqual([
      'weeks',
    ]);
  });

  test('refuses a week planned twice and a week outside 1–12', () => {
    const calendar = validCalendar();
    at(calendar.weeks, 1).week = 1;
    at(calendar.weeks, 2).week = 13;
    expect(pathsOf(calendar)).toEqual(['weeks.2.week', 'weeks.1.week']);
  });
});
