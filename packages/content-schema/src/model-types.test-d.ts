// The inferred types of the plan-like content types, as renderers and @aira/jsonld read them.
import { describe, expectTypeOf, test } from 'vitest';
import type {
  Author,
  BlogPost,
  BudgetSplit,
  CompetenceFramework,
  ContentIssue,
  Duration,
  FaqFeed,
  PostReferences,
  Roadmap,
  RoadmapPhase,
  SafeParseResult,
  StepPlan,
  StepPlanStep,
} from './index';
import {
  checkPostReferences,
  parseAuthor,
  parseBudgetSplit,
  parseCompetenceFramework,
  parseRoadmap,
  parseStepPlan,
  resolveFaqRefs,
  safeParseRoadmap,
} from './index';

describe('plan-like content types', () => {
  test('StepPlan', () => {
    expectTypeOf(parseStepPlan).returns.toEqualTypeOf<StepPlan>();
    expectTypeOf<StepPlan['steps']>().toEqualTypeOf<StepPlanStep[]>();
    expectTypeOf<StepPlanStep>().toEqualTypeOf<{
      position: number;
      name: string;
      text: string;
      outcome: string;
      duration?: Duration | undefined;
    }>();
    expectTypeOf<Duration>().toEqualTypeOf<{
      min: number;
      max: number;
      unit: 'hours' | 'days' | 'weeks' | 'months';
    }>();
    expectTypeOf<StepPlan['locale']>().toEqualTypeOf<string>();
  });

  test('Roadmap', () => {
    expectTypeOf(safeParseRoadmap).returns.toEqualTypeOf<SafeParseResult<Roadmap>>();
    expectTypeOf(parseRoadmap).returns.toEqualTypeOf<Roadmap>();
    expectTypeOf<Roadmap['totalWeeks']>().toEqualTypeOf<number>();
    expectTypeOf<RoadmapPhase>().toEqualTypeOf<{
      name: string;
      goal?: string | undefined;
      weeks: { from: number; to: number };
      activities: string[];
      deliverables: string[];
      owners: string[];
    }>();
  });

  test('CompetenceFramework and BudgetSplit', () => {
    expectTypeOf(parseCompetenceFramework).returns.toEqualTypeOf<CompetenceFramework>();
    expectTypeOf<CompetenceFramework['levels'][number]>().toEqualTypeOf<{
      id: string;
      name: string;
      description: string;
      share: number;
      competences: string[];
    }>();
    expectTypeOf<CompetenceFramework['competences'][number]['behaviours']>().toEqualTypeOf<
      string[]
    >();
    expectTypeOf(parseBudgetSplit).returns.toEqualTypeOf<BudgetSplit>();
    expectTypeOf<BudgetSplit['total']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<BudgetSplit['shares'][number]['share']>().toEqualTypeOf<number>();
  });

  test('Author and the references of a post', () => {
    expectTypeOf(parseAuthor).returns.toEqualTypeOf<Author>();
    expectTypeOf<Author['sameAs']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<Author['fictional']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<BlogPost['faqRefs']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<Author[]>().toExtend<NonNullable<PostReferences['authors']>>();
    expectTypeOf<FaqFeed>().toExtend<NonNullable<PostReferences['feed']>>();
    expectTypeOf(checkPostReferences).returns.toEqualTypeOf<ContentIssue[]>();
    expectTypeOf(resolveFaqRefs<BlogPost>).returns.toEqualTypeOf<BlogPost>();
  });
});
