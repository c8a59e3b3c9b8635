import { describe, expect, test } from 'vitest';
import { parseCaseStudy, safeParseCaseStudy } from '../index';
import { validCase } from '../test/fixtures';

describe('CaseStudy', () => {
  test('accepts a fictional case', () => {
    expect(parseCaseStudy(validCase()).fictional).toBe(true);
  });

  test('requires the fictional flag and says why', () => {
    const { fictional: _, ...unflagged } = validCase();
    const result = safeParseCaseStudy(unflagged);
    expect(result.success ? [] : result.error.issues).toEqual([
      {
        path: 'fictional',
        message: 'is required: say true for an invented case, false for a real customer',
      },
    ]);
  });

  test('refuses a case without results or with a non-integer headcount', () => {
    const result = safeParseCaseStudy({
      ...validCase(),
      results: [],
      company: { ...validCase().company, employees: 15.5 },
    });
    expect(result.success ? [] : result.error.issues.map((i) => i.path)).toEqual([
      'company.employees',
      'results',
    ]);
  });
});
