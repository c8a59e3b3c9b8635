import type { Author, CompetenceFramework, Roadmap, StepPlan } from '@aira/content-schema';
import type { DefinedTermSet, ItemList, PersonLeaf, WithContext } from 'schema-dts';
import { describe, expectTypeOf, test } from 'vitest';
import { author } from './author.js';
import type { BlogPostingOptions } from './blog-posting.js';
import { competenceFramework } from './competence-framework.js';
import type { HowToInput } from './how-to.js';
import { roadmap } from './roadmap.js';

describe('generators for the plan-like content types', () => {
  test('take the content schema types and return the schema.org types they map to', () => {
    expectTypeOf(roadmap).parameter(0).toEqualTypeOf<Roadmap>();
    expectTypeOf(roadmap).returns.toEqualTypeOf<WithContext<ItemList>>();
    expectTypeOf(competenceFramework).parameter(0).toEqualTypeOf<CompetenceFramework>();
    expectTypeOf(competenceFramework).returns.toEqualTypeOf<WithContext<DefinedTermSet>>();
    expectTypeOf(author).parameter(0).toEqualTypeOf<Author>();
    expectTypeOf(author).returns.toEqualTypeOf<WithContext<PersonLeaf>>();
  });

  test('a StepPlan feeds howTo as it is, and blogPosting takes the authors', () => {
    expectTypeOf<StepPlan>().toExtend<HowToInput>();
    expectTypeOf<Author[]>().toExtend<NonNullable<BlogPostingOptions['authors']>>();
  });
});
