import { relative } from 'node:path';
import type { SiteContent } from '../export/site-content';
import type { JsonSchemaType } from '../json-schema/generate';
import type { BlogPost } from '../schemas/blog-post';
import type { Problem } from './check-file';
import { checkPaths } from './check-paths';

type ListField = Exclude<keyof SiteContent, 'organization' | 'faq' | 'posts'>;

// Which SiteContent list each public content type fills. Editorial types (personas, keyword
// clusters, the calendar, cases) stay out of the public exports. A new public type: one line here.
const LISTS: Partial<Record<JsonSchemaType, ListField>> = {
  'training-offer': 'trainings',
  workshop: 'workshops',
  'step-plan': 'stepPlans',
  roadmap: 'roadmaps',
  'competence-framework': 'competenceFrameworks',
  'budget-split': 'budgetSplits',
  author: 'authors',
};

/** The site content of a folder, or the problems that stop it from loading. */
export type LoadedContent =
  | { ok: true; content: SiteContent; files: number }
  | { ok: false; problems: Problem[]; files: number };

/**
 * Reads a content folder as `aira-content validate` does (each file, then posts' author ids
 * and FAQ references against the other files) and gathers what the exports need: one
 * organization, at most one FAQ feed, the posts and every public list.
 */
export async function loadContentFolder(folder: string, cwd: string): Promise<LoadedContent> {
  const { files, checked, problems } = await checkPaths([folder], cwd);
  const posts: BlogPost[] = [];
  const lists: Partial<Record<ListField, unknown[]>> = {};
  const single: Record<'organization' | 'faq-feed', Array<{ file: string; data: unknown }>> = {
    organization: [],
    'faq-feed': [],
  };
  for (const [file, result] of checked) {
    problems.push(...result.problems);
    if (result.kind === 'post') posts.push(result.post);
    if (result.kind !== 'data' || result.data === undefined) continue;
    const type = result.type as JsonSchemaType;
    if (type === 'organization' || type === 'faq-feed')
      single[type].push({ file, data: result.data });
    const list = LISTS[type];
    if (list) lists[list] = [...(lists[list] ?? []), result.data];
  }
  // Every problem stops the export, warnings too: the only one here is FAQ references without
  // a feed, and exporting those posts would drop their questions.
  const errors = problems;
  const organization = single.organization[0];
  if (!organization) {
    errors.push({
      file: relative(cwd, folder) || folder,
      severity: 'error',
      message:
        'no organization found: the exports need one .json file with "$schema": ".../organization.schema.json"',
    });
  }
  for (const type of ['organization', 'faq-feed'] as const) {
    for (const extra of single[type].slice(1)) {
      errors.push({
        file: extra.file,
        line: 1,
        severity: 'error',
        message: `a second ${type === 'organization' ? 'organization' : 'FAQ feed'} (the first is ${single[type][0]?.file}); a site exports one`,
      });
    }
  }
  if (errors.length > 0 || !organization) return { ok: false, problems: errors, files };
  return {
    ok: true,
    files,
    content: {
      organization: organization.data as SiteContent['organization'],
      ...(single['faq-feed'][0] ? { faq: single['faq-feed'][0].data as SiteContent['faq'] } : {}),
      posts,
      ...(lists as Omit<SiteContent, 'organization' | 'faq' | 'posts'>),
    },
  };
}
