import type * as z from 'zod/mini';
import type { ContentIssue } from '../errors';
import { describeValue } from './describe-value';
import { formatPath } from './issue-path';

type ZodIssue = z.core.$ZodIssue;

/** Dotted path from the root: `['items', 3, 'question']` → `items.3.question`. */
export function dottedPath(path: readonly PropertyKey[]): string {
  return formatPath(path);
}

/** Turns zod's issues into ours, with messages that say what was expected and received. */
export function toContentIssues(issues: readonly ZodIssue[]): ContentIssue[] {
  return issues.map((issue) => ({ path: dottedPath(issue.path), message: messageFor(issue) }));
}

// zod's own English messages start like this; our schemas' messages never do.
const ZOD_DEFAULT = /^(?:Invalid|Too (?:small|big))/;

function messageFor(issue: ZodIssue): string {
  const received = describeValue(issue.input);
  const missing = issue.input === undefined && issue.path.length > 0;
  if (!ZOD_DEFAULT.test(issue.message)) {
    // Cross-field checks run on a whole object and say what they received themselves.
    if (Array.isArray(issue.input)) return `${issue.message}, received ${sizeOf(issue.input)}`;
    const own = missing || (typeof issue.input === 'object' && issue.input !== null);
    return own ? issue.message : `${issue.message}, received ${received}`;
  }
  switch (issue.code) {
    case 'invalid_type':
      return missing
        ? `is required (expected ${issue.expected})`
        : `expected ${issue.expected}, received ${received}`;
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(' or ');
      return missing
        ? `is required (expected ${values})`
        : `expected ${values}, received ${received}`;
    }
    case 'too_small':
    case 'too_big':
      return `${sizeMessage(issue)}, received ${sizeOf(issue.input) ?? received}`;
    case 'invalid_format':
      return `expected a valid ${issue.format}, received ${received}`;
    default:
      return issue.message;
  }
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const limit = small ? issue.minimum : issue.maximum;
  const bound = issue.exact
    ? 'exactly'
    : issue.inclusive === false
      ? small
        ? 'more than'
        : 'less than'
      : small
        ? 'at least'
        : 'at most';
  const unit = issue.origin === 'string' ? ' character' : issue.origin === 'array' ? ' item' : '';
  const verb = unit ? 'have' : 'be';
  return `must ${verb} ${bound} ${limit}${unit}${unit && limit !== 1 ? 's' : ''}`;
}

function sizeOf(input: unknown): string | undefined {
  if (typeof input === 'string' && input.length > 40) return `${input.length} characters`;
  if (Array.isArray(input)) return `${input.length} item${input.length === 1 ? '' : 's'}`;
  return undefined;
}
