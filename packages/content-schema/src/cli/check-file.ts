import { LineCounter, parseDocument } from 'yaml';
import type { ContentIssue } from '../errors';
import { readBlogPostSource } from '../parse-blog-post';
import type { BlogPost } from '../schemas/blog-post';
import { formatPath, parsePath } from '../source/issue-path';
import { findUnknownKeys } from '../source/unknown-keys';
import { lineOfPath } from '../source/yaml-lines';
import { detectType, schemaOf, validateAs } from './content-types';

/** One problem the CLI reports. */
export interface Problem {
  file: string;
  line?: number;
  severity: 'error' | 'warning';
  /** The lint rule, for linter findings. */
  rule?: string;
  /** Dotted path of the invalid field, for validation errors. */
  path?: string;
  message: string;
}

export type Checked =
  | {
      kind: 'post';
      post: BlogPost;
      bodyLine: number;
      /** The file line of a frontmatter field, e.g. `readMore.0.slug`. */
      lineOf: (path: string) => number;
      problems: Problem[];
    }
  | { kind: 'data'; type: string; problems: Problem[] };

/**
 * Validates one file's text: `.md` as a blog post, `.json` as the type it declares.
 * `ignoreFields` are frontmatter keys of other tools (see `parseBlogPost`).
 */
export function checkFile(
  file: string,
  source: string,
  ignoreFields: readonly string[] = [],
): Checked {
  if (file.endsWith('.md')) {
    const { result, bodyLine, lineOf } = readBlogPostSource(source, { file, ignoreFields });
    return result.success
      ? { kind: 'post', post: result.data, bodyLine, lineOf, problems: [] }
      : { kind: 'data', type: 'blog-post', problems: toProblems(file, result.error.issues) };
  }
  if (!file.endsWith('.json')) {
    return {
      kind: 'data',
      type: 'unknown',
      problems: [{ file, severity: 'error', message: 'not a .md post or a .json file' }],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const line = jsonErrorLine(source, String(error));
    return {
      kind: 'data',
      type: 'json',
      problems: [
        {
          file,
          ...(line ? { line } : {}),
          severity: 'error',
          message: `invalid JSON: ${(error as Error).message}`,
        },
      ],
    };
  }
  const type = detectType(data);
  if (type === undefined) {
    return {
      kind: 'data',
      type: 'unknown',
      problems: [
        {
          file,
          line: 1,
          severity: 'error',
          message:
            'cannot tell what this JSON holds: a FAQ feed needs "items"; other types need "$schema" naming e.g. ".../workshop.schema.json"',
        },
      ],
    };
  }
  const result = validateAs(type, data);
  // The parsers drop unknown keys so that newer files stay readable; here, where a person
  // edits the file, a misspelt key is worth a warning with the key it resembles.
  const unknown = findUnknownKeys(schemaOf(type), data, ['$schema']);
  if (result.success && unknown.length === 0) return { kind: 'data', type, problems: [] };
  // JSON is YAML 1.2, so the yaml parser gives us node positions for free.
  const lines = new LineCounter();
  // JSON.parse has accepted the text; uniqueKeys would only add the parser's quadratic check.
  const doc = parseDocument(source, { lineCounter: lines, logLevel: 'silent', uniqueKeys: false });
  const lineOf = (keys: readonly PropertyKey[]) =>
    doc.errors.length === 0 ? lineOfPath(doc, lines, keys.map(String)) : undefined;
  const problems = result.success
    ? []
    : toProblems(
        file,
        result.error.issues.map((issue) => ({ ...issue, line: lineOf(parsePath(issue.path)) })),
      );
  for (const { path, message } of unknown) {
    const line = lineOf(path);
    problems.push({
      file,
      ...(line === undefined ? {} : { line }),
      severity: 'warning',
      path: formatPath(path),
      message,
    });
  }
  return { kind: 'data', type, problems };
}

function toProblems(file: string, issues: ContentIssue[]): Problem[] {
  return issues.map((issue) => ({
    file,
    ...(issue.line === undefined ? {} : { line: issue.line }),
    severity: 'error',
    ...(issue.path ? { path: issue.path } : {}),
    message: issue.message,
  }));
}

// Node's messages carry "position N" (Node 20) or "line N column M" (Node 22+); when they do
// not (e.g. "Unexpected end of JSON input"), the YAML parser still knows where it stopped.
function jsonErrorLine(source: string, message: string): number | undefined {
  const line = /line (\d+)/.exec(message)?.[1];
  if (line) return Number(line);
  const position = /position (\d+)/.exec(message)?.[1];
  if (position) return source.slice(0, Number(position)).split('\n').length;
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, logLevel: 'silent' });
  return (
    doc.errors[0]?.linePos?.[0].line ??
    (doc.errors[0] ? lines.linePos(doc.errors[0].pos[0]).line : undefined)
  );
}
