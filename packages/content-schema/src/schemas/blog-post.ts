import * as z from 'zod/mini';
import type { FieldTree } from '../source/unknown-fields';
import { intent, isoDateOrDateTime, localeNl, slug, text, urlOrPath } from './fields';
import { duplicates, isRecord, listOf } from './refine-helpers';

const readMoreLinkShape = { slug: slug(), title: z.optional(text()) };
const postFaqShape = { id: z.optional(slug()), question: text(), answer: text() };

const frontmatterShape = {
  slug: slug(),
  title: text(),
  description: text(),
  date: isoDateOrDateTime(),
  updated: z.optional(isoDateOrDateTime()),
  author: text(),
  category: text(),
  tags: z._default(z.array(text()), []),
  intent: intent(),
  cluster: z.optional(slug()),
  regions: z.optional(z.array(text())),
  locale: localeNl(),
  image: z.optional(urlOrPath()),
  readMore: z.optional(z.array(z.object(readMoreLinkShape))),
  // 3–5 items is a house rule, enforced by lintBlogPost, so drafts still load.
  faq: z._default(z.array(z.object(postFaqShape)), []),
  // Ids of FAQ feed items shown after `faq`; checked against the feed by checkPostReferences.
  faqRefs: z.optional(z.array(slug())),
};

/** The keys the loader accepts in frontmatter; anything else is reported, not dropped. */
export const FRONTMATTER_FIELDS: FieldTree = {
  keys: Object.keys(frontmatterShape),
  items: { faq: Object.keys(postFaqShape), readMore: Object.keys(readMoreLinkShape) },
};

function checkPost(post: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  if (!isRecord(post)) return;
  const { date, updated } = post;
  if (
    typeof date === 'string' &&
    typeof updated === 'string' &&
    updated.slice(0, 10) < date.slice(0, 10)
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      message: `${updated} is before date ${date}`,
    });
  }
  const ids = listOf(post.faq).map((item) => (isRecord(item) ? item.id : undefined));
  for (const [index, first] of duplicates(ids)) {
    ctx.addIssue({
      code: 'custom',
      path: ['faq', index, 'id'],
      message: `"${String(ids[index])}" is already the id of faq.${first}; ids must be unique`,
    });
  }
  const refs = listOf(post.faqRefs);
  for (const [index, first] of duplicates(refs)) {
    ctx.addIssue({
      code: 'custom',
      path: ['faqRefs', index],
      message: `"${String(refs[index])}" is already named in faqRefs.${first}; name each question once`,
    });
  }
}

/** The YAML frontmatter of a blog post: every field except `body`. */
export const BlogPostFrontmatterSchema = z
  .object(frontmatterShape)
  .check(z.superRefine(checkPost, { when: () => true }));
/** The YAML frontmatter of a blog post. */
export type BlogPostFrontmatter = z.infer<typeof BlogPostFrontmatterSchema>;

/** A blog post: its frontmatter fields and its Markdown `body`, flat. */
export const BlogPostSchema = z
  .object({ ...frontmatterShape, body: z.string() })
  .check(z.superRefine(checkPost, { when: () => true }));
/** A blog post: frontmatter fields plus the Markdown `body`. */
export type BlogPost = z.infer<typeof BlogPostSchema>;

/** Validates an already-split blog post object (frontmatter fields plus `body`) without throwing. */
