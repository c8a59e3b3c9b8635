import { describe, expect, it } from 'vitest';
import { prioritizeUseCases, quadrantOf, suggestImpact } from './prioritize-use-cases.js';
import { TYPICAL_PAYBACKS } from './typical-paybacks.js';

describe('prioritizeUseCases', () => {
  const ranked = prioritizeUseCases([
    { name: 'Voorspellend onderhoud', impact: 4, effort: 5 },
    { name: 'Nieuwsbrief vertalen', impact: 2, effort: 1 },
    { name: 'Facturen verwerken', effort: 2, repetition: 5, dataIntensity: 4, errorProneness: 5 },
    { name: 'Handmatige rapportage', impact: 5, effort: 1 },
    { name: 'Oud archief digitaliseren', impact: 1, effort: 4 },
  ]);

  it('puts quick wins first, then major projects, fill-ins and thankless tasks', () => {
    expect(ranked.map((u) => [u.name, u.quadrant, u.rank])).toEqual([
      ['Handmatige rapportage', 'quick-win', 1],
      ['Facturen verwerken', 'quick-win', 2],
      ['Voorspellend onderhoud', 'major-project', 3],
      ['Nieuwsbrief vertalen', 'fill-in', 4],
      ['Oud archief digitaliseren', 'thankless', 5],
    ]);
  });

  it('derives impact from repetition, data intensity and error-proneness', () => {
    expect(ranked[1]?.impact).toBe(4.7);
    expect(suggestImpact({ repetition: 1, dataIntensity: 2, errorProneness: 2 })).toBe(1.7);
  });

  it('counts a score of 3 as high on both axes', () => {
    expect(quadrantOf(3, 2.9)).toBe('quick-win');
    expect(quadrantOf(3, 3)).toBe('major-project');
    expect(quadrantOf(2.9, 3)).toBe('thankless');
    expect(quadrantOf(2.9, 2.9)).toBe('fill-in');
  });

  it('rejects scores outside 1–5 and use cases without impact or criteria', () => {
    expect(() => prioritizeUseCases([{ name: 'x', impact: 6, effort: 1 }])).toThrowError(
      '[@aira/roi] useCases.0.impact must be a score from 1 to 5, received 6',
    );
    expect(() => prioritizeUseCases([{ name: 'x', effort: 1, repetition: 3 }])).toThrowError(
      /useCases\.0\.impact is missing/,
    );
  });
});

describe('TYPICAL_PAYBACKS', () => {
  it('holds the DOMAIN ranges, shortest first', () => {
    expect(TYPICAL_PAYBACKS.map((p) => [p.id, p.months.min, p.months.max])).toEqual([
      ['document-processing', 4, 6],
      ['visual-quality-control', 5, 7],
      ['inventory-forecasting', 6, 9],
      ['customer-service-automation', 7, 10],
      ['predictive-maintenance', 9, 12],
    ]);
  });
});
