// The example content in examples/content as fixtures for the plan-like types: the tests
// check that exactly what users copy is valid. Each call returns a fresh copy.
import { readFileSync } from 'node:fs';

const content = new URL('../../../../examples/content/', import.meta.url);
const load = (path: string) => JSON.parse(readFileSync(new URL(path, content), 'utf8'));

export const exampleStepPlan = () => load('step-plans/ai-invoeren-in-7-stappen.json');
export const exampleRoadmap = () => load('roadmaps/90-dagen-ai-leiderschap.json');
export const exampleCompetences = () => load('competence-frameworks/ai-leiderschap.json');
export const exampleBudgetSplit = () =>
  load('budget-splits/ai-budget-mensen-proces-technologie.json');
export const exampleAuthor = () => load('authors/redactie-aira.json');
export const exampleFeed = () => load('faq.json');
export const examplePostSource = (file: string) =>
  readFileSync(new URL(`posts/${file}`, content), 'utf8');
