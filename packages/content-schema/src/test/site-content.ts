// Site content for the export tests, built from the shared valid fixtures.

import type { SiteContent } from '../export/site-content';
import { parseBlogPost } from '../parse-blog-post';
import { parseAuthor } from '../schemas/author';
import { parseBudgetSplit } from '../schemas/budget-split';
import { parseCompetenceFramework } from '../schemas/competence-framework';
import { parseFaqFeed } from '../schemas/faq-feed';
import { parseOrganization } from '../schemas/organization';
import { parseRoadmap } from '../schemas/roadmap';
import { parseStepPlan } from '../schemas/step-plan';
import { parseTrainingOffer } from '../schemas/training-offer';
import { parseWorkshop } from '../schemas/workshop';
import {
  validFeed,
  validOffer,
  validOrganization,
  validPostSource,
  validWorkshop,
} from './fixtures';
import {
  exampleAuthor,
  exampleBudgetSplit,
  exampleCompetences,
  exampleRoadmap,
  exampleStepPlan,
} from './model-fixtures';

export function siteContent(): Required<SiteContent> {
  const post = parseBlogPost(
    validPostSource({
      body: `Intro met een [interne link](/blog/wat-kost-een-ai-workshop) en [contact](../contact).

## Wat je leert

Tekst met \`code\` en een [externe bron](https://example.org/bron).

### Details

\`\`\`md
## Geen kop: dit is code, [link](/blijft-relatief)
\`\`\`
`,
    }),
  );
  const second = parseBlogPost(
    validPostSource()
      .replace('slug: ai-training-mkb', 'slug: wat-kost-een-ai-workshop')
      .replace('title: AI-training voor het mkb', 'title: Wat kost een [AI]-workshop?')
      .replace('date: 2026-09-22', 'date: 2026-10-01'),
  );
  return {
    organization: parseOrganization({
      ...validOrganization(),
      description: 'AIRA traint\nmkb-teams.',
    }),
    // Without its own url, so the FAQ page is at the `faq` path; tests of a feed's url add it.
    faq: parseFaqFeed({ ...validFeed(), url: undefined }),
    posts: [post, second],
    trainings: [parseTrainingOffer(validOffer())],
    workshops: [parseWorkshop(validWorkshop())],
    stepPlans: [parseStepPlan(exampleStepPlan())],
    roadmaps: [parseRoadmap(exampleRoadmap())],
    competenceFrameworks: [parseCompetenceFramework(exampleCompetences())],
    budgetSplits: [parseBudgetSplit(exampleBudgetSplit())],
    authors: [parseAuthor(exampleAuthor())],
  };
}
