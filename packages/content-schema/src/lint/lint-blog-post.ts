import type { BlogPost } from '../schemas/blog-post';
import { outline } from './markdown-outline';
import { RULES } from './rules';
import { LINT_RULES, type LintFinding, type LintOptions } from './types';

/**
 * Checks a parsed blog post against AIRA's house rules (length, intro, H2/H3 structure,
 * conclusion, 3–5 FAQ items, internal links, title and description length, fictional cases
 * labelled). Every rule can be switched off or given another severity.
 *
 * @example
 * ```ts
 * const findings = lintBlogPost(parseBlogPost(source), {
 *   knownSlugs: ['ai-training-mkb'],
 *   rules: { 'word-count': 'off' },
 * });
 * ```
 */
export function lintBlogPost(post: BlogPost, options: LintOptions = {}): LintFinding[] {
  const context = {
    post,
    outline: outline(post.body),
    knownSlugs: options.knownSlugs ? new Set(options.knownSlugs) : undefined,
    wordCount: options.wordCount ?? { min: 1000, max: 1800 },
    postPath: options.postPath ?? '/blog/',
  };
  const bodyLine = options.bodyLine ?? 1;
  return LINT_RULES.flatMap((rule) => {
    const setting = options.rules?.[rule];
    if (setting === 'off') return [];
    return RULES[rule](context).map(
      (finding): LintFinding => ({
        rule,
        severity: setting ?? finding.severity,
        message: finding.message,
        ...(finding.line === undefined ? {} : { line: finding.line + bodyLine }),
        ...(finding.path === undefined ? {} : { path: finding.path }),
      }),
    );
  });
}
