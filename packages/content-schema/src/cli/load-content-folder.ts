import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { SiteContent } from '../export/site-content';
import type { JsonSchemaType } from '../json-schema/generate';
import type { BlogPost } from '../schemas/blog-post';
import { type Checked, checkFile, type Problem } from './check-file';
import { collectFiles } from './collect-files';
import { validateAs } from './content-types';

// Which SiteContent list each public content type fills. Editorial types (personas, keyword
// clusters, the calendar) stay out of the public exports. A new public type: one line here.
const LISTS: Partial<Record<JsonSchemaType, 'trainings' | 'workshops'>> = {
  'training-offer': 'trainings',
  workshop: 'workshops',
};

/** The site content of a folder, or the problems that stop it from loading. */
export type LoadedContent =
  | { ok: true; content: SiteContent; files: number }
  | { ok: false; problems: Problem[]; files: number };

/**
 * Reads a content folder as `aira-content validate` does and gathers what the exports need:
 * one organization, at most one FAQ feed, the posts, trainings and workshops.
 */
export async function loadContentFolder(folder: string, cwd: string): Promise<LoadedContent> {
  const { files, missing } = await collectFiles([folder]);
  const show = (path: string) => relative(cwd, path) || path;
  const problems: Problem[] = missing.map((path) => ({
    file: show(path),
    severity: 'error',
    message: 'no such file or folder',
  }));
  const posts: BlogPost[] = [];
  const lists: Record<string, unknown[]> = {};
  const single: Record<'organization' | 'faq-feed', Array<{ file: string; data: unknown }>> = {
    organization: [],
    'faq-feed': [],
  };
  for (const path of files) {
    const file = show(path);
    const source = await readFile(path, 'utf8');
    const checked: Checked = checkFile(file, source);
    if (checked.problems.length > 0) {
      problems.push(...checked.problems);
      continue;
    }
    if (checked.kind === 'post') {
      posts.push(checked.post);
      continue;
    }
    const type = checked.type as JsonSchemaType;
    const result = validateAs(type, JSON.parse(source));
    if (!result.success) continue;
    if (type === 'organization' || type === 'faq-feed')
      single[type].push({ file, data: result.data });
    const list = LISTS[type];
    if (list) lists[list] = [...(lists[list] ?? []), result.data];
  }
  const organization = single.organization[0];
  if (!organization) {
    problems.push({
      file: show(folder),
      severity: 'error',
      message:
        'no organization found: the exports need one .json file with "$schema": ".../organization.schema.json"',
    });
  }
  for (const type of ['organization', 'faq-feed'] as const) {
    for (const extra of single[type].slice(1)) {
      problems.push({
        file: extra.file,
        line: 1,
        severity: 'error',
        message: `a second ${type === 'organization' ? 'organization' : 'FAQ feed'} (the first is ${single[type][0]?.file}); a site exports one`,
      });
    }
  }
  if (problems.length > 0 || !organization) return { ok: false, problems, files: files.length };
  return {
    ok: true,
    files: files.length,
    content: {
      organization: organization.data as SiteContent['organization'],
      ...(single['faq-feed'][0] ? { faq: single['faq-feed'][0].data as SiteContent['faq'] } : {}),
      posts,
      ...(lists as Pick<SiteContent, 'trainings' | 'workshops'>),
    },
  };
}
