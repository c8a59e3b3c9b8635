import { describe, expect, it } from 'vitest';
import { businessCase } from './business-case.js';
import { explainRoi } from './explain-roi.js';
import { trainingRoi } from './training-roi.js';

const NBSP = '\u00a0';
const domain = trainingRoi({
  participants: 50,
  pricePerParticipant: 495,
  hoursSavedPerWeek: 3,
  hourlyRate: 50,
  otherBenefitsPerYear: 50_000,
});

describe('explainRoi', () => {
  it('shows the DOMAIN derivation in Dutch by default', () => {
    const lines = explainRoi(domain).map((l) => l.replaceAll(NBSP, ' '));
    expect(lines).toEqual([
      'Investering: 50 deelnemers × € 495 = € 24.750',
      'Tijdwinst per jaar: 3 uur × 50 medewerkers × € 50 × 45 weken = € 337.500',
      'Overige baten per jaar: € 50.000',
      'Baten over 12 maanden: € 387.500',
      'ROI: (€ 387.500 − € 24.750) / € 24.750 = 1.466%',
      'Terugverdientijd: 0,77 maanden',
      'Break-even: 0,22 uur per deelnemer per week',
    ]);
  });

  it('speaks English on request', () => {
    const lines = explainRoi(domain, { locale: 'en' });
    expect(lines[1]).toBe('Time saved per year: 3 h × 50 employees × €50 × 45 weeks = €337,500');
    expect(lines[5]).toBe('Payback: 0.77 months');
  });

  it('says when a case does not pay back', () => {
    const r = trainingRoi({
      participants: 10,
      pricePerParticipant: 5_000,
      hoursSavedPerWeek: 0.1,
      hourlyRate: 40,
    });
    expect(explainRoi(r)).toContain('Terugverdientijd: niet binnen 12 maanden');
  });

  it('explains a business case with subsidy, NPV and IRR', () => {
    const r = businessCase({
      oneOffCosts: 35_000,
      monthlyCosts: 1_250,
      hoursSavedPerWeek: 20,
      hourlyRate: 50,
      discountRatePerYear: 0.08,
      subsidy: { share: 0.7, cap: 20_000 },
    });
    const text = explainRoi(r).join('\n').replaceAll(NBSP, ' ');
    expect(text).toContain(
      'Subsidie (verlaagt de kosten): 70% × € 50.000 subsidiabele kosten, max. € 20.000 = € 20.000',
    );
    expect(text).toContain(
      'Kosten over 12 maanden: eenmalig € 35.000 + 12 × € 1.250 per maand − € 20.000 = € 30.000',
    );
    expect(text).toMatch(/Netto contante waarde \(bij 8% per jaar\): € /);
    expect(text).toMatch(/IRR: /);
  });

  it('rejects a locale it cannot write', () => {
    expect(() => explainRoi(domain, { locale: 'de-DE' })).toThrowError(
      /options\.locale must be a Dutch or English locale/,
    );
  });
});
