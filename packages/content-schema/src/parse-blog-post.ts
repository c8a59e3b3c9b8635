import { LineCounter, parseDocument } from 'yaml';
import { type ContentIssue, ContentValidationError } from './errors';
import { type BlogPost, BlogPostSchema, FRONTMATTER_FIELDS } from './schemas/blog-post';
import { type SafeParseResult, safeRun } from './source/define-parsers';
import { splitFrontmatter } from './source/frontmatter';
import { findUnknownFields } from './source/unknown-fields';
import { lineOfPath } from './source/yaml-lines';

/** Options for {@link parseBlogPost}. */
export interface ParseBlogPostOptions {
  /** The file name shown in messages (`posts/x.md:4: title: ...`). */
  file?: string;
  /**
   * Top-level frontmatter keys that belong to another tool (`layout`, `draft`, `permalink`),
   * left out of the result instead of being reported. Any other unknown key is an issue with
   * its line and the nearest known field, so a typo such as `updatd:` is never dropped silently.
   */
  ignoreFields?: readonly string[];
}

const SUBJECT = 'blog post';

/**
 * Validates a blog post without throwing. `input` is Markdown source with YAML frontmatter,
 * or an object with the frontmatter fields and `body`. Issues in the frontmatter carry the
 * 1-based `line` in the file.
 */
export function safeParseBlogPost(
  input: unknown,
  options: ParseBlogPostOptions = {},
): SafeParseResult<BlogPost> {
  const { file, ignoreFields = [] } = options;
  if (typeof input !== 'string') {
    const result = safeRun(BlogPostSchema, input, SUBJECT);
    return result.success ? result : fail(result.error.issues, file);
  }
  const split = splitFrontmatter(input);
  if (split.yaml === undefined) {
    return fail(
      [
        {
          path: '',
          line: 1,
          message: 'must start with YAML frontmatter between two "---" lines (title, date, ...)',
        },
      ],
      file,
    );
  }
  const lines = new LineCounter();
  const doc = parseDocument(split.yaml, {
    lineCounter: lines,
    prettyErrors: true,
    uniqueKeys: true,
    logLevel: 'silent',
  });
  const offset = split.yamlLine - 1;
  if (doc.errors.length > 0) {
    return fail(
      doc.errors.map((error) => ({
        path: '',
        line: (error.linePos?.[0].line ?? 1) + offset,
        message: `invalid YAML: ${yamlMessage(error.message)}`,
      })),
      file,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    return fail(
      [{ path: '', line: split.yamlLine, message: `invalid YAML: ${String(cause)}` }],
      file,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail(
      [
        {
          path: '',
          line: split.yamlLine,
          message: 'frontmatter must be a YAML mapping (key: value lines)',
        },
      ],
      file,
    );
  }
  const frontmatter = data as Record<string, unknown>;
  const unknown = findUnknownFields(frontmatter, FRONTMATTER_FIELDS, ignoreFields).map(
    ({ path, message }) => ({ path: path.join('.'), message }),
  );
  const fields: Record<string, unknown> = { ...frontmatter, body: split.body };
  for (const key of ignoreFields) delete fields[key];
  const result = safeRun(BlogPostSchema, fields, SUBJECT);
  if (result.success && unknown.length === 0) return result;
  const issues = [...unknown, ...(result.success ? [] : result.error.issues)];
  const located = issues.map((issue) => ({
    ...issue,
    line:
      issue.path === 'body'
        ? split.bodyLine
        : lineOfPath(doc, lines, issue.path ? issue.path.split('.') : []) + offset,
  }));
  return fail(
    located.sort((a, b) => a.line - b.line),
    file,
  );
}

/**
 * Reads a blog post (Markdown with YAML frontmatter) and validates it; throws
 * {@link ContentValidationError} whose issues carry `line` and whose message says `file:line:`.
 *
 * @example
 * ```ts
 * const post = parseBlogPost(await readFile('posts/ai-training.md', 'utf8'), { file: 'posts/ai-training.md' });
 * console.log(post.title, post.faq.length);
 * ```
 */
export function parseBlogPost(input: unknown, options: ParseBlogPostOptions = {}): BlogPost {
  const result = safeParseBlogPost(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

function fail(issues: ContentIssue[], file: string | undefined): SafeParseResult<BlogPost> {
  return { success: false, error: new ContentValidationError(issues, { subject: SUBJECT, file }) };
}

// With prettyErrors the first line ends in " at line 2, column 1:"; we give the line ourselves.
function yamlMessage(message: string): string {
  const first = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
  // The most common slip in frontmatter: `title: Kosten: wat betaal je?` without quotes.
  return /nested mappings|implicit keys/i.test(first)
    ? `${first} (a value with ": " needs quotes)`
    : first;
}
