// A post names things outside its file: its author by id and FAQ feed items by id (faqRefs).
// The exports write what those ids stand for, so a reader of the text sees the author's name
// and every question of the post, the same as on the HTML page.
import { resolveFaqRefs } from '../references/post-references';
import type { Author } from '../schemas/author';
import type { BlogPost } from '../schemas/blog-post';
import type { FaqFeed } from '../schemas/faq-feed';
import { type ExportContext, itemPageUrl } from './site-content';

/** The files a post may refer to: the authors (by id) and the FAQ feed (by item id). */
export interface PostSources {
  authors?: readonly Author[];
  faq?: FaqFeed;
}

/** A post ready for the exports: FAQ references resolved, the author as a name and a page. */
export interface ExportedPost {
  post: BlogPost;
  author: { name: string; url?: string };
}

/**
 * Resolves a post's FAQ references against the feed and its author id against the authors.
 * An author id without an author file stays as written (a site without author files names
 * its authors in plain text); FAQ references without a feed are an error, since exporting
 * the post without those questions would lose them.
 */
export function exportedPost(
  post: BlogPost,
  sources: PostSources,
  context: ExportContext,
): ExportedPost {
  if (post.faqRefs?.length && !sources.faq) {
    throw new TypeError(
      `[@aira/content-schema] post "${post.slug}" names FAQ feed items in faqRefs (${post.faqRefs.join(', ')}) but no FAQ feed was given; pass the feed as \`faq\` in the site content`,
    );
  }
  const resolved = sources.faq ? resolveFaqRefs(post, sources.faq) : post;
  const known = sources.authors?.find((author) => author.id === post.author);
  return {
    post: resolved,
    author: known
      ? { name: known.name, url: itemPageUrl(known, context.paths.author, context) }
      : { name: post.author },
  };
}
