import { LineCounter, parseDocument } from 'yaml';
import { type ContentIssue, ContentValidationError } from './errors';
import { type BlogPost, BlogPostSchema, FRONTMATTER_FIELDS } from './schemas/blog-post';
import { type SafeParseResult, safeRun } from './source/define-parsers';
import { splitFrontmatter } from './source/frontmatter';
import { formatPath, parsePath } from './source/issue-path';
import { findUnknownFields } from './source/unknown-fields';
import { duplicateKeyLines } from './source/yaml-duplicate-keys';
import { yamlErrorLine } from './source/yaml-error-line';
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
  if (typeof input === 'string') return readBlogPostSource(input, options).result;
  const result = safeRun(BlogPostSchema, input, SUBJECT);
  return result.success ? result : fail(result.error.issues, options.file);
}

/** A post read from Markdown source, with the way back from its fields to file lines. */
export interface ReadBlogPost {
  result: SafeParseResult<BlogPost>;
  /** 1-based file line where the body starts. */
  bodyLine: number;
  /** 1-based file line of a frontmatter field, e.g. `readMore.0.slug`. */
  lineOf: (path: string) => number;
}

/**
 * Reads Markdown source once for both the parser and the CLI, which places lint findings
 * on frontmatter lines with the same YAML document.
 */
export function readBlogPostSource(
  source: string,
  options: ParseBlogPostOptions = {},
): ReadBlogPost {
  const { file, ignoreFields = [] } = options;
  const split = splitFrontmatter(source);
  const failed = (issues: ContentIssue[]): ReadBlogPost => ({
    result: fail(issues, file),
    bodyLine: split.bodyLine,
    lineOf: () => split.yamlLine,
  });
  if (split.yaml === undefined) {
    return failed([
      {
        path: '',
        line: 1,
        message: 'must start with YAML frontmatter between two "---" lines (title, date, ...)',
      },
    ]);
  }
  const lines = new LineCounter();
  const doc = parseDocument(split.yaml, {
    lineCounter: lines,
    prettyErrors: true,
    // Checked below in linear time: the parser's own check is quadratic in the key count.
    uniqueKeys: false,
    logLevel: 'silent',
  });
  const offset = split.yamlLine - 1;
  const syntax: ContentIssue[] = doc.errors.map((error) => ({
    path: '',
    line: yamlErrorLine(doc, lines, error) + offset,
    message: `invalid YAML: ${yamlMessage(error.message)}`,
  }));
  for (const line of duplicateKeyLines(doc, lines)) {
    syntax.push({
      path: '',
      line: line + offset,
      message: 'invalid YAML: Map keys must be unique',
    });
  }
  if (syntax.length > 0) return failed(syntax.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    return failed([{ path: '', line: split.yamlLine, message: `invalid YAML: ${String(cause)}` }]);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return failed([
      {
        path: '',
        line: split.yamlLine,
        message: 'frontmatter must be a YAML mapping (key: value lines)',
      },
    ]);
  }
  const lineOf = (path: string) =>
    path === 'body' ? split.bodyLine : lineOfPath(doc, lines, parsePath(path)) + offset;
  const frontmatter = data as Record<string, unknown>;
  const unknown = findUnknownFields(frontmatter, FRONTMATTER_FIELDS, ignoreFields).map(
    ({ path, message }) => ({ path: formatPath(path), message }),
  );
  const fields: Record<string, unknown> = { ...frontmatter, body: split.body };
  for (const key of ignoreFields) delete fields[key];
  const parsed = safeRun(BlogPostSchema, fields, SUBJECT);
  const issues = [...unknown, ...(parsed.success ? [] : parsed.error.issues)];
  const result =
    issues.length === 0
      ? parsed
      : fail(
          issues
            .map((issue) => ({ ...issue, line: lineOf(issue.path) }))
            .sort((a, b) => a.line - b.line),
          file,
        );
  return { result, bodyLine: split.bodyLine, lineOf };
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
