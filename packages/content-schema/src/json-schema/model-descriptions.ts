// Descriptions for the plan-like content types (step plan, roadmap, competences, budget,
// authors), kept apart from descriptions.ts so each group reads on one screen.
import { AuthorSchema } from '../schemas/author';
import { BudgetSplitSchema } from '../schemas/budget-split';
import { CompetenceFrameworkSchema } from '../schemas/competence-framework';
import { RoadmapSchema } from '../schemas/roadmap';
import { StepPlanSchema } from '../schemas/step-plan';
import type { Described } from './descriptions';

const LOCALE = 'BCP 47 language tag; Dutch ("nl-NL") by default, English ("en") works too.';
const URL = 'Page that shows it: absolute http(s) URL or a path starting with "/".';

export const MODEL_TYPES = {
  'step-plan': {
    schema: StepPlanSchema,
    title: 'AIRA step plan',
    description:
      'Ordered steps, each with what to do, its outcome and a typical duration; positions run 1, 2, 3, … in list order.',
    fields: {
      id: 'Slug of the plan, e.g. "ai-invoeren-in-7-stappen".',
      locale: LOCALE,
      url: URL,
      steps:
        'The steps in order: position (1, 2, 3, …), name, text (what to do, Markdown subset), outcome and an optional duration { min, max, unit }.',
    },
  },
  roadmap: {
    schema: RoadmapSchema,
    title: 'AIRA roadmap',
    description:
      'Phases over whole weeks; their week ranges do not overlap and cover week 1 to totalWeeks without gaps.',
    fields: {
      id: 'Slug of the roadmap, e.g. "90-dagen-ai-leiderschap".',
      audience: 'Who follows the roadmap, e.g. "directie en teamleiders".',
      locale: LOCALE,
      url: URL,
      totalWeeks: 'Number of weeks the roadmap spans, e.g. 13 for 90 days.',
      phases:
        'Phases in order, each with weeks { from, to }, activities, deliverables and owners (roles).',
    },
  },
  'competence-framework': {
    schema: CompetenceFrameworkSchema,
    title: 'AIRA competence framework',
    description:
      'Competences with behaviours, and levels with population shares that add up to 100 %.',
    fields: {
      id: 'Slug of the framework.',
      locale: LOCALE,
      url: URL,
      competences: 'The competences: id, name, description and observable behaviours.',
      levels:
        'Levels of mastery: share of the population (percent; all shares add up to 100) and the ids of the competences each level needs.',
    },
  },
  'budget-split': {
    schema: BudgetSplitSchema,
    title: 'AIRA budget split',
    description: 'Named shares of a budget that add up to 100 %.',
    fields: {
      id: 'Slug of the split.',
      locale: LOCALE,
      url: URL,
      total: 'Optional example total in euros (excl. VAT), to show the shares as amounts.',
      shares: 'The shares: id, name, percentage (all add up to 100), description and examples.',
    },
  },
  author: {
    schema: AuthorSchema,
    title: 'AIRA author',
    description:
      'A blog author; posts name one by id. An invented person sets fictional; a team may use a role-based name.',
    fields: {
      id: 'Slug that posts use in their author field, e.g. "redactie-aira".',
      name: 'Name shown under posts: a person or a role-based name such as "Redactie AIRA".',
      role: 'Role or job title, e.g. "AI-trainer".',
      bio: 'Short biography, one or two sentences.',
      url: 'Author page: absolute http(s) URL or a path starting with "/".',
      image: 'Portrait: absolute http(s) URL or a path starting with "/".',
      sameAs: 'Profiles elsewhere (absolute URLs), e.g. LinkedIn.',
      fictional: 'True for an invented person, so renderers can say so.',
      locale: LOCALE,
    },
  },
} satisfies Record<string, Described>;
