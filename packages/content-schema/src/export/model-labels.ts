// The exports' own words for the plan-like content, Dutch and English, and the number formats
// they need (percentages, euros, durations) in the reader's language.
import type { Duration } from '../schemas/step-plan';
import type { Words } from './labels';
import type { ExportLanguage } from './site-content';

export const MODEL_WORDS = {
  stepPlans: { nl: 'Stappenplan', en: 'Step-by-step plans' },
  roadmaps: { nl: 'Roadmap', en: 'Roadmaps' },
  competenceFrameworks: { nl: 'Competenties', en: 'Competences' },
  budgetSplits: { nl: 'Budgetverdeling', en: 'Budget split' },
  authors: { nl: 'Auteurs', en: 'Authors' },
  steps: { nl: 'stappen', en: 'steps' },
  outcome: { nl: 'Resultaat', en: 'Outcome' },
  duration: { nl: 'Duur', en: 'Duration' },
  phase: { nl: 'Fase', en: 'Phase' },
  phases: { nl: 'fasen', en: 'phases' },
  over: { nl: 'in', en: 'over' },
  week: { nl: 'week', en: 'weeks' },
  weeks: { nl: 'weken', en: 'weeks' },
  audience: { nl: 'Voor', en: 'For' },
  activities: { nl: 'Activiteiten', en: 'Activities' },
  deliverables: { nl: 'Opleveren', en: 'Deliverables' },
  owner: { nl: 'Eigenaar', en: 'Owner' },
  owners: { nl: 'Eigenaren', en: 'Owners' },
  competences: { nl: 'competenties', en: 'competences' },
  on: { nl: 'op', en: 'at' },
  levels: { nl: 'niveaus', en: 'levels' },
  levelsTitle: { nl: 'Niveaus', en: 'Levels' },
  ofStaff: { nl: 'van de medewerkers', en: 'of the staff' },
  needs: { nl: 'Competenties', en: 'Competences' },
  forBudget: { nl: 'Bij een budget van', en: 'For a budget of' },
  exclVat: { nl: 'excl. btw', en: 'excl. VAT' },
  post: { nl: 'artikel', en: 'article' },
  posts: { nl: 'artikelen', en: 'articles' },
  fictional: { nl: 'fictief persoon', en: 'fictional person' },
  profiles: { nl: 'Profielen', en: 'Profiles' },
  writtenPosts: { nl: 'Artikelen', en: 'Articles' },
} satisfies Record<string, Words>;

const UNITS: Record<Duration['unit'], Record<ExportLanguage, [string, string]>> = {
  hours: { nl: ['uur', 'uur'], en: ['hour', 'hours'] },
  days: { nl: ['dag', 'dagen'], en: ['day', 'days'] },
  weeks: { nl: ['week', 'weken'], en: ['week', 'weeks'] },
  months: { nl: ['maand', 'maanden'], en: ['month', 'months'] },
};

const numberText = (value: number, language: ExportLanguage) =>
  new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    maximumFractionDigits: 2,
  }).format(value);

/** `2–4 weken` / `1 week`. */
export function durationText({ min, max, unit }: Duration, language: ExportLanguage): string {
  const [one, many] = UNITS[unit][language];
  const span =
    min === max
      ? numberText(min, language)
      : `${numberText(min, language)}–${numberText(max, language)}`;
  return `${span} ${max === 1 ? one : many}`;
}

/** `80%`, `12,5%` in Dutch. */
export function percentText(share: number, language: ExportLanguage): string {
  return `${numberText(share, language)}%`;
}

/** Whole euros without decimals, else cents: `€ 20.000`, `€ 1.234,50`. */
export function money(amount: number, language: ExportLanguage): string {
  const cents = Math.round(amount * 100);
  return new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-IE', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
    maximumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100);
}
