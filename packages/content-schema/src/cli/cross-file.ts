// Checks that need more than one file: a post's author id against the author files, and its
// FAQ references against the FAQ feed, both from the same `validate` run.

import { checkPostReferences, type PostReferences } from '../references/post-references';
import type { FaqFeed } from '../schemas/faq-feed';
import type { Checked, Problem } from './check-file';

/**
 * Problems with posts' references to other files. Authors are checked only when the run
 * includes author files, so a folder of posts with plain author names still validates; FAQ
 * references without a feed in the run are a warning, because nothing could check them.
 */
export function crossFileProblems(checked: ReadonlyArray<readonly [string, Checked]>): Problem[] {
  const authors: Array<{ id: string }> = [];
  const items: FaqFeed['items'] = [];
  let feeds = 0;
  for (const [, result] of checked) {
    if (result.kind !== 'data' || result.data === undefined) continue;
    if (result.type === 'author') authors.push(result.data as { id: string });
    if (result.type === 'faq-feed') {
      feeds++;
      items.push(...(result.data as FaqFeed).items);
    }
  }
  const references: PostReferences = {
    ...(authors.length > 0 ? { authors } : {}),
    ...(feeds > 0 ? { feed: { items } } : {}),
  };
  const problems: Problem[] = [];
  for (const [file, result] of checked) {
    if (result.kind !== 'post') continue;
    for (const issue of checkPostReferences(result.post, references)) {
      problems.push({
        file,
        line: result.lineOf(issue.path),
        severity: 'error',
        path: issue.path,
        message: issue.message,
      });
    }
    if (feeds === 0 && result.post.faqRefs?.length) {
      problems.push({
        file,
        line: result.lineOf('faqRefs'),
        severity: 'warning',
        path: 'faqRefs',
        message:
          'cannot be checked: no FAQ feed among the files validated; add the feed (e.g. faq.json) to the paths',
      });
    }
  }
  return problems;
}
