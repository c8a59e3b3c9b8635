// A post points outside its own file in two places: `author` (an author id) and `faqRefs`
// (ids of items in the FAQ feed). These checks need the other files, so they run when the
// caller passes them: parseBlogPost's options, or `aira-content validate` on a whole folder.
import { type ContentIssue, ContentValidationError } from '../errors';
import type { BlogPost } from '../schemas/blog-post';

/** What a post may refer to; each check runs only when its side is given. */
export interface PostReferences {
  /** The known authors (e.g. every `authors/*.json`); then a post's `author` must be one of their ids. */
  authors?: readonly { id: string }[];
  /** The FAQ feed that `faqRefs` name items of; then every reference must exist there. */
  feed?: { items: readonly { id: string; question: string; answer: string }[] };
}

/**
 * Checks a post's author id and FAQ references against the authors and the feed. Returns
 * issues with paths (`author`, `faqRefs.2`); an empty list when everything resolves.
 *
 * @example
 * ```ts
 * const issues = checkPostReferences(post, { authors, feed });
 * for (const issue of issues) console.error(`${issue.path}: ${issue.message}`);
 * ```
 */
export function checkPostReferences(
  post: Pick<BlogPost, 'author' | 'faq' | 'faqRefs'>,
  references: PostReferences,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const { authors, feed } = references;
  if (authors && !authors.some((author) => author.id === post.author)) {
    const ids = authors.map((author) => author.id);
    issues.push({
      path: 'author',
      message: `"${post.author}" is not the id of any author; use one of: ${ids.join(', ') || 'none (add an author file)'}`,
    });
  }
  if (feed) {
    const known = new Set(feed.items.map((item) => item.id));
    const inline = new Set(post.faq.map((item) => item.id).filter((id) => id !== undefined));
    (post.faqRefs ?? []).forEach((id, index) => {
      const problem = !known.has(id)
        ? 'is not the id of any item in the FAQ feed; check the spelling or add the question to the feed'
        : inline.has(id)
          ? 'is also the id of a question written out in faq; keep one of the two'
          : '';
      if (problem) issues.push({ path: `faqRefs.${index}`, message: `"${id}" ${problem}` });
    });
  }
  return issues;
}

/**
 * The post with its FAQ block complete: the questions written out in `faq`, then the feed
 * items named in `faqRefs`, in that order, and no `faqRefs` left. Renderers (FAQ HTML,
 * FAQPage JSON-LD, the linter) then see one list. Throws {@link ContentValidationError} when a
 * reference is not in the feed.
 *
 * @example
 * ```ts
 * const post = resolveFaqRefs(parseBlogPost(source), parseFaqFeed(feedJson));
 * post.faq.length; // the written-out questions plus the referenced ones
 * ```
 */
export function resolveFaqRefs<P extends Pick<BlogPost, 'faq' | 'faqRefs'>>(
  post: P,
  feed: NonNullable<PostReferences['feed']>,
): P {
  const { faqRefs, ...rest } = post;
  if (!faqRefs?.length) return { ...rest, faq: [...post.faq] } as unknown as P;
  const byId = new Map(feed.items.map((item) => [item.id, item]));
  const missing = faqRefs.flatMap((id, index) =>
    byId.has(id)
      ? []
      : [
          {
            path: `faqRefs.${index}`,
            message: `"${id}" is not the id of any item in the FAQ feed`,
          },
        ],
  );
  if (missing.length > 0) {
    throw new ContentValidationError(missing, { subject: 'FAQ reference' });
  }
  const referenced = faqRefs.map((id) => {
    const item = byId.get(id) as { id: string; question: string; answer: string };
    return { id: item.id, question: item.question, answer: item.answer };
  });
  return { ...rest, faq: [...post.faq, ...referenced] } as unknown as P;
}
