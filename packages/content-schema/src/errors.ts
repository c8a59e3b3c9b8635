import { escapeControls } from './source/escape-controls';

/** One problem found while validating content. */
export interface ContentIssue {
  /** Dotted path from the root of the input, e.g. `items.3.question`; `''` for the root itself. */
  path: string;
  /** What is wrong, what was received and, where it helps, how to fix it. */
  message: string;
  /** 1-based line in the source file, when the input came from a file (Markdown frontmatter, JSON). */
  line?: number;
}

/** Options that give an error's message more context. */
export interface ContentValidationErrorOptions {
  /** What was validated, e.g. `'FAQ feed'`; used in the first line of the message. */
  subject?: string;
  /** The file the input came from; each issue line then starts with `file:line:`. */
  file?: string;
}

/**
 * Thrown by every `parseX` function (and returned by `safeParseX`) when content is invalid.
 * `issues` holds every problem; `message` lists them one per line, so logging the error is
 * enough for a person to fix the content.
 *
 * @example
 * ```ts
 * try {
 *   parseFaqFeed(json);
 * } catch (error) {
 *   if (error instanceof ContentValidationError) for (const i of error.issues) console.log(i.path);
 * }
 * ```
 */
export class ContentValidationError extends Error {
  override readonly name = 'ContentValidationError';
  /** Every problem found, in input order. Never empty. */
  readonly issues: ContentIssue[];
  /** The file the input came from, when known. */
  readonly file: string | undefined;

  constructor(issues: ContentIssue[], options: ContentValidationErrorOptions = {}) {
    const list = issues.length > 0 ? issues : [{ path: '', message: 'invalid input' }];
    super(formatMessage(list, options));
    this.issues = list;
    this.file = options.file;
  }
}

/**
 * Formats one issue as `file:line: path: message` (the parts that are known), on one line:
 * control characters from the content are escaped (`\n`, `\x1b`).
 */
export function formatIssue(issue: ContentIssue, file?: string): string {
  const where = file ? `${file}${issue.line ? `:${issue.line}` : ''}: ` : '';
  const path = issue.path || (where ? '' : '(root)');
  return escapeControls(`${where}${path ? `${path}: ` : ''}${issue.message}`);
}

/** How many issues an error's message lists; `issues` always holds all of them. */
export const MESSAGE_ISSUE_LIMIT = 100;

function formatMessage(issues: ContentIssue[], { subject, file }: ContentValidationErrorOptions) {
  const total = issues.length;
  const count = total === 1 ? '1 issue' : `${total.toLocaleString('en')} issues`;
  const head = `[@aira/content-schema] Invalid ${escapeControls(subject ?? 'content')}${file ? ` in ${escapeControls(file)}` : ''}: fix the ${count} below.`;
  const lines = [head];
  for (const issue of issues.slice(0, MESSAGE_ISSUE_LIMIT))
    lines.push(`  ${formatIssue(issue, file)}`);
  if (total > MESSAGE_ISSUE_LIMIT) {
    lines.push(
      `  ... and ${(total - MESSAGE_ISSUE_LIMIT).toLocaleString('en')} more (the error's issues list holds all ${total.toLocaleString('en')})`,
    );
  }
  return lines.join('\n');
}
