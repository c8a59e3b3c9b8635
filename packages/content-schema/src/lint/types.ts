/** The house rules {@link lintBlogPost} checks, each switchable by id. */
export const LINT_RULES = [
  'word-count',
  'intro',
  'headings',
  'conclusion',
  'faq-count',
  'internal-links',
  'title-length',
  'description-length',
  'fictional-case',
] as const;
/** The id of a lint rule. */
export type LintRuleId = (typeof LINT_RULES)[number];
/** How serious a finding is: errors fail `aira-content validate`, warnings do not. */
export type LintSeverity = 'error' | 'warning';

/** One finding of the editorial linter. */
export interface LintFinding {
  rule: LintRuleId;
  severity: LintSeverity;
  message: string;
  /** 1-based line: in the file when `bodyLine` was given, else in the body. Absent for frontmatter-wide findings. */
  line?: number;
  /** The frontmatter field a finding is about (`title`, `readMore.0.slug`), for tools that map it to a line. */
  path?: string;
}

/** Options for {@link lintBlogPost}. */
export interface LintOptions {
  /** Slugs of existing posts; internal post links and `readMore` entries must point at one. */
  knownSlugs?: Iterable<string>;
  /** Turn a rule off or change its severity, e.g. `{ 'word-count': 'off' }`. */
  rules?: Partial<Record<LintRuleId, LintSeverity | 'off'>>;
  /** Word range for core posts; default `{ min: 1000, max: 1800 }`. */
  wordCount?: { min: number; max: number };
  /** Path prefix of post URLs on the site; default `'/blog/'`. */
  postPath?: string;
  /** 1-based line of the body in its file, so findings point at file lines. */
  bodyLine?: number;
}
