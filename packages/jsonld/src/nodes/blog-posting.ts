import {
  type Author,
  type BlogPost,
  type Organization as ContentOrganization,
  pagePath,
  renderAnswer,
} from '@aira/content-schema';
import type { BlogPostingLeaf, WithContext } from 'schema-dts';
import { JsonLdError } from '../errors.js';
import { prune } from '../json.js';
import { fragmentId, type NodeOptions, pageUrl } from '../options.js';
import { authorNode } from './author.js';
import { organizationNode } from './organization.js';
import { personNode } from './person.js';

/** Options for {@link blogPosting}. */
export interface BlogPostingOptions extends NodeOptions {
  /** The organization that publishes the post (embedded; {@link graph} turns repeats into references). */
  publisher?: ContentOrganization;
  /** Include the whole post as plain text in `articleBody` (rendered via `renderAnswer`). Default false. */
  articleBody?: boolean;
  /**
   * The site's authors (from `parseAuthor`). The post's `author` is then an author id, and
   * the post links to that author's `Person` (`{baseUrl}/#person-{id}`) with role and bio.
   * Without it, `author` is taken as a name.
   */
  authors?: readonly Author[];
}

function postAuthor(post: BlogPost, options: BlogPostingOptions) {
  if (!options.authors) return personNode(post.author, options);
  const found = options.authors.find((candidate) => candidate.id === post.author);
  if (!found) {
    throw new JsonLdError(
      'invalid-input',
      `blogPosting "${post.slug}": author "${post.author}" is not one of options.authors (${options.authors.map((a) => a.id).join(', ') || 'none'}); use an author id, or leave out authors to use the name as written`,
    );
  }
  return authorNode(found, options);
}

/**
 * A blog post as a schema.org `BlogPosting`: headline, description, dates as written in the
 * frontmatter, the author as a `Person` (`{baseUrl}/#person-{slug}`), the publisher, section,
 * keywords and `inLanguage` from the post's locale.
 *
 * `@id` is `{page}#article` with `{page}` = `{baseUrl}` + the `post` page path (default
 * `/blog/{slug}`; see `DEFAULT_PAGE_PATHS` and `paths`); `mainEntityOfPage` is the page URL.
 *
 * @example
 * ```ts
 * blogPosting(post, { baseUrl: 'https://example.nl', publisher: aira });
 * ```
 */
export function blogPosting(
  post: BlogPost,
  options: BlogPostingOptions = {},
): WithContext<BlogPostingLeaf> {
  const url = pageUrl(options, undefined, pagePath('post', { slug: post.slug }, options.paths));
  return prune({
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    '@id': fragmentId(url, 'article'),
    url,
    mainEntityOfPage: url,
    headline: post.title,
    description: post.description,
    datePublished: post.date,
    dateModified: post.updated,
    author: postAuthor(post, options),
    publisher: options.publisher && organizationNode(options.publisher, options),
    image: post.image === undefined ? undefined : pageUrl(options, post.image, ''),
    inLanguage: post.locale,
    articleSection: post.category,
    keywords: post.tags.length ? [...post.tags] : undefined,
    articleBody: options.articleBody ? renderAnswer(post.body).text : undefined,
  }) as WithContext<BlogPostingLeaf>;
}
