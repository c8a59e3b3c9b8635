// The plan-like content as Markdown: the step plan, the roadmap, the competence framework, the
// budget split and the authors. Each type gives the exports one uniform view (title, URL,
// one-line description, body), which llms.txt, llms-full.txt and the companions all read.
import { pagePath } from '../page-paths';
import type { Author } from '../schemas/author';
import type { BudgetSplit } from '../schemas/budget-split';
import type { CompetenceFramework } from '../schemas/competence-framework';
import type { Roadmap } from '../schemas/roadmap';
import type { StepPlan } from '../schemas/step-plan';
import { absoluteLinks, blocks, link, oneLine } from './markdown-text';
import { durationText, money, percentText, MODEL_WORDS as W } from './model-labels';
import {
  type ExportContext,
  type ExportLanguage,
  itemPageUrl,
  type SiteContent,
} from './site-content';

/** One page of plan-like content, as every export reads it. */
export interface ModelPage {
  title: string;
  /** Absolute URL of the HTML page (may carry a `#fragment` for a part of another page). */
  url: string;
  /** One line for llms.txt. */
  description: string;
  /** The content's locale, for the companion's frontmatter. */
  locale: string;
  /** The content as Markdown, headings starting at `top`. */
  body: (top: number) => string;
}

/**
 * The URL of the Markdown companion of a page (`/stappenplan` → `/stappenplan.md`), or
 * `undefined` for a part of another page (`/roadmap#budget`) or a page on another site.
 */
export function companionUrl(pageUrl: string, context: ExportContext): string | undefined {
  if (pageUrl.includes('#') || !pageUrl.startsWith(`${context.base}/`)) return undefined;
  return `${pageUrl.replace(/\/+$/, '')}.md`;
}

const h = (level: number, text: string) => `${'#'.repeat(Math.min(6, level))} ${oneLine(text)}`;
const bullets = (items: readonly string[]) => items.map((item) => `- ${oneLine(item)}`).join('\n');
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = <T extends { id: string }>(items: readonly T[] | undefined) =>
  [...(items ?? [])].sort((a, b) => byText(a.id, b.id));

function stepPlanPage(plan: StepPlan, context: ExportContext): ModelPage {
  const { language: l } = context;
  const url = itemPageUrl(plan, context.paths.stepPlan, context);
  return {
    title: plan.name,
    url,
    description: `${plan.steps.length} ${W.steps[l]}: ${plan.steps.map((s) => s.name).join(', ')}`,
    locale: plan.locale,
    body: (top) =>
      blocks(
        plan.description && oneLine(plan.description),
        ...plan.steps.map((step) =>
          blocks(
            h(top, `${step.position}. ${step.name}`),
            absoluteLinks(step.text, url),
            `**${W.outcome[l]}:** ${oneLine(step.outcome)}${step.duration ? `  \n**${W.duration[l]}:** ${durationText(step.duration, l)}` : ''}`,
          ),
        ),
      ),
  };
}

function roadmapPage(roadmap: Roadmap, context: ExportContext): ModelPage {
  const { language: l } = context;
  const phase = (index: number) => `${W.phase[l]} ${index + 1}`;
  return {
    title: roadmap.name,
    url: itemPageUrl(roadmap, context.paths.roadmap, context),
    description: `${roadmap.phases.length} ${W.phases[l]} ${W.over[l]} ${roadmap.totalWeeks} ${W.weeks[l]}: ${roadmap.phases
      .map((p) => `${p.name} (${W.week[l]} ${p.weeks.from}–${p.weeks.to})`)
      .join(', ')}`,
    locale: roadmap.locale,
    body: (top) =>
      blocks(
        roadmap.description && oneLine(roadmap.description),
        roadmap.audience && `${W.audience[l]}: ${oneLine(roadmap.audience)}`,
        ...roadmap.phases.map((p, index) =>
          blocks(
            h(top, `${phase(index)}: ${p.name} (${W.week[l]} ${p.weeks.from}–${p.weeks.to})`),
            p.goal && oneLine(p.goal),
            `**${W.activities[l]}**\n\n${bullets(p.activities)}`,
            `**${W.deliverables[l]}**\n\n${bullets(p.deliverables)}`,
            `**${p.owners.length > 1 ? W.owners[l] : W.owner[l]}:** ${p.owners.join(', ')}`,
          ),
        ),
      ),
  };
}

function competencePage(framework: CompetenceFramework, context: ExportContext): ModelPage {
  const { language: l } = context;
  const names = new Map(framework.competences.map((c) => [c.id, c.name]));
  const share = (level: { name: string; share: number }) =>
    `${level.name} ${percentText(level.share, l)}`;
  return {
    title: framework.name,
    url: itemPageUrl(framework, context.paths.competenceFramework, context),
    description: `${framework.competences.length} ${W.competences[l]} ${W.on[l]} ${framework.levels.length} ${W.levels[l]}: ${framework.levels.map(share).join(', ')}`,
    locale: framework.locale,
    body: (top) =>
      blocks(
        framework.description && oneLine(framework.description),
        ...framework.competences.map((c) =>
          blocks(h(top, c.name), oneLine(c.description), bullets(c.behaviours)),
        ),
        h(top, W.levelsTitle[l]),
        ...framework.levels.map((level) =>
          blocks(
            h(top + 1, `${level.name}: ${percentText(level.share, l)} ${W.ofStaff[l]}`),
            oneLine(level.description),
            level.competences.length > 0 &&
              `${W.needs[l]}: ${level.competences.map((id) => names.get(id) ?? id).join(', ')}`,
          ),
        ),
      ),
  };
}

function budgetPage(budget: BudgetSplit, context: ExportContext): ModelPage {
  const { language: l } = context;
  const { total } = budget;
  const amount = (share: number) =>
    total === undefined ? '' : ` (${money((total * 100 * share) / 10_000, l)})`;
  return {
    title: budget.name,
    url: itemPageUrl(budget, context.paths.budgetSplit, context),
    description: budget.shares.map((s) => `${s.name} ${percentText(s.share, l)}`).join(', '),
    locale: budget.locale,
    body: (top) =>
      blocks(
        budget.description && oneLine(budget.description),
        total !== undefined && `${W.forBudget[l]} ${money(total, l)}, ${W.exclVat[l]}:`,
        ...budget.shares.map((s) =>
          blocks(
            h(top, `${s.name}: ${percentText(s.share, l)}${amount(s.share)}`),
            s.description && oneLine(s.description),
            s.examples?.length ? bullets(s.examples) : undefined,
          ),
        ),
      ),
  };
}

function authorPage(author: Author, context: ExportContext, content: SiteContent): ModelPage {
  const { language: l } = context;
  const posts = (content.posts ?? [])
    .filter((post) => post.author === author.id)
    .sort((a, b) => byText(b.date, a.date) || byText(a.slug, b.slug));
  const count = `${posts.length} ${posts.length === 1 ? W.post[l] : W.posts[l]}`;
  return {
    title: author.name,
    url: itemPageUrl(author, context.paths.author, context),
    description: `${oneLine(author.role)}${author.fictional ? ` (${W.fictional[l]})` : ''}${posts.length > 0 ? `; ${count}` : ''}`,
    locale: author.locale,
    body: (top) =>
      blocks(
        `${oneLine(author.role)}${author.fictional ? ` (${W.fictional[l]})` : ''}`,
        oneLine(author.bio),
        author.sameAs?.length ? blocks(h(top, W.profiles[l]), bullets(author.sameAs)) : undefined,
        posts.length > 0 &&
          blocks(
            h(top, W.writtenPosts[l]),
            posts
              .map(
                (post) =>
                  `- ${link(post.title, context.url(pagePath('post', { slug: post.slug }, context.paths)))}`,
              )
              .join('\n'),
          ),
      ),
  };
}

/** A plan-like content type: its section, and its pages sorted by id. */
function pagesOf<T extends { id: string }>(
  id: string,
  title: Record<ExportLanguage, string>,
  items: (content: SiteContent) => readonly T[] | undefined,
  page: (item: T, context: ExportContext, content: SiteContent) => ModelPage,
) {
  return {
    id,
    title,
    pages: (content: SiteContent, context: ExportContext): ModelPage[] =>
      sorted(items(content)).map((item) => page(item, context, content)),
  };
}

/** The plan-like content types, each with its section name and its pages, in export order. */
export const MODEL_PAGES = [
  pagesOf('step-plans', W.stepPlans, (content) => content.stepPlans, stepPlanPage),
  pagesOf('roadmaps', W.roadmaps, (content) => content.roadmaps, roadmapPage),
  pagesOf(
    'competence-frameworks',
    W.competenceFrameworks,
    (content) => content.competenceFrameworks,
    competencePage,
  ),
  pagesOf('budget-splits', W.budgetSplits, (content) => content.budgetSplits, budgetPage),
  pagesOf('authors', W.authors, (content) => content.authors, authorPage),
];
