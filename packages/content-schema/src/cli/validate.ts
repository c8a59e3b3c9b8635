import { relative, resolve } from 'node:path';
import { lintBlogPost } from '../lint/lint-blog-post';
import { LINT_RULES, type LintOptions, type LintRuleId } from '../lint/types';
import { escapeControls } from '../source/escape-controls';
import { nearestName } from '../source/nearest-name';
import { type Checked, checkFile, type Problem } from './check-file';
import { collectFiles } from './collect-files';
import { type CliIo, usage } from './main';
import { readContentFile } from './read-content-file';

interface ValidateArgs {
  paths: string[];
  format: 'text' | 'json';
  knownSlugs: string[];
  ignoreFields: string[];
  rules: NonNullable<LintOptions['rules']>;
}

const OPTIONS = ['--format', '--known-slugs', '--ignore-field', '--rule'];
const SETTINGS = ['off', 'warning', 'error'];

function parseArgs(args: readonly string[]): ValidateArgs | string {
  const parsed: ValidateArgs = {
    paths: [],
    format: 'text',
    knownSlugs: [],
    ignoreFields: [],
    rules: {},
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] = arg.startsWith('--')
      ? (arg.split(/=(.*)/s) as [string, string?])
      : [arg];
    const value = () => inline ?? args[++i] ?? '';
    if (flag === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json')
        return `--format must be "text" or "json", received ${JSON.stringify(format)}`;
      parsed.format = format;
    } else if (flag === '--known-slugs') {
      parsed.knownSlugs.push(...commaList(value()));
    } else if (flag === '--ignore-field') {
      const keys = commaList(value());
      if (keys.length === 0)
        return '--ignore-field needs a frontmatter key, e.g. --ignore-field layout';
      parsed.ignoreFields.push(...keys);
    } else if (flag === '--rule') {
      const [rule = '', setting = ''] = value().split('=');
      if (!(LINT_RULES as readonly string[]).includes(rule) || !SETTINGS.includes(setting)) {
        const hint = didYouMean(rule, LINT_RULES) ?? didYouMean(setting, SETTINGS) ?? '';
        return `--rule takes <rule>=off|warning|error with a rule among ${LINT_RULES.join(', ')}, received ${JSON.stringify(`${rule}=${setting}`)}${hint}`;
      }
      parsed.rules[rule as LintRuleId] = setting as 'off' | 'warning' | 'error';
    } else if (flag.startsWith('--')) {
      return `unknown option ${flag}${didYouMean(flag, OPTIONS) ?? ''}`;
    } else {
      parsed.paths.push(arg);
    }
  }
  return parsed.paths.length === 0 ? 'validate needs at least one file or folder' : parsed;
}

function didYouMean(name: string, known: readonly string[]): string | undefined {
  const nearest = nearestName(name, known);
  return nearest ? ` (did you mean "${nearest}"?)` : undefined;
}

function commaList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** `aira-content validate`: checks files and folders, prints problems, returns the exit code. */
export async function validate(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`[@aira/content-schema] ${parsed}\n${usage()}`);
    return 2;
  }
  const cwd = io.cwd ?? process.cwd();
  const shown = (path: string) => relative(cwd, path) || path;
  const { files, missing, unlisted, folders } = await collectFiles(
    parsed.paths.map((path) => resolve(cwd, path)),
  );
  const problems: Problem[] = missing.map((path) => ({
    file: shown(path),
    severity: 'error',
    message: 'no such file or folder',
  }));
  for (const { path, reason } of unlisted) {
    problems.push({
      file: shown(path),
      severity: 'error',
      message: `folder cannot be read (${reason})`,
    });
  }
  const checked: Array<[string, Checked]> = [];
  for (const path of files) {
    const file = shown(path);
    const read = await readContentFile(path);
    if ('problem' in read) {
      problems.push({
        file,
        ...(read.line ? { line: read.line } : {}),
        severity: 'error',
        message: read.problem,
      });
    } else {
      checked.push([file, checkFile(file, read.text, parsed.ignoreFields)]);
    }
  }
  // Links can only be judged against posts the run sees: with single files and no
  // --known-slugs, a link to a sibling post is not known to be wrong.
  const slugsKnown = parsed.knownSlugs.length > 0 || folders > 0;
  const rules: LintOptions['rules'] = slugsKnown
    ? parsed.rules
    : { 'internal-links': 'warning', ...parsed.rules };
  const slugs = new Set(parsed.knownSlugs);
  for (const [, result] of checked) if (result.kind === 'post') slugs.add(result.post.slug);
  let linksDowngraded = false;
  for (const [file, result] of checked) {
    // One push per problem: a file can hold 150,000 of them, too many to spread into a call.
    for (const problem of result.problems) problems.push(problem);
    if (result.kind !== 'post') continue;
    for (const finding of lintBlogPost(result.post, {
      knownSlugs: slugs,
      rules,
      bodyLine: result.bodyLine,
    })) {
      // The rule's findings about unknown posts carry a body line or a readMore path; its
      // "no internal link at all" warning carries neither and needs no note.
      const aboutUnknownPost = finding.line !== undefined || finding.path !== undefined;
      if (!slugsKnown && finding.rule === 'internal-links' && aboutUnknownPost) {
        linksDowngraded = !parsed.rules['internal-links'];
      }
      problems.push({
        file,
        line: finding.line ?? (finding.path ? result.lineOf(finding.path) : 1),
        severity: finding.severity,
        rule: finding.rule,
        message: finding.message,
      });
    }
  }
  let errors = 0;
  for (const problem of problems) if (problem.severity === 'error') errors++;
  const warnings = problems.length - errors;
  if (parsed.format === 'json') {
    io.stdout(`${JSON.stringify({ files: files.length, errors, warnings, problems }, null, 2)}\n`);
  } else {
    for (const p of problems) io.stdout(`${formatProblem(p)}\n`);
    io.stdout(
      `${files.length} file${files.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`,
    );
  }
  if (linksDowngraded) {
    io.stderr(
      '[@aira/content-schema] note: internal links were checked only against the posts given, so unknown ones are warnings; validate the whole folder or pass --known-slugs to make them errors\n',
    );
  }
  return errors > 0 ? 1 : 0;
}

/** `file:line: severity: path: message (rule)` on one line, whatever the content holds. */
export function formatProblem(p: Problem): string {
  const text = `${p.file}:${p.line ?? 1}: ${p.severity}: ${p.path ? `${p.path}: ` : ''}${p.message}${p.rule ? ` (${p.rule})` : ''}`;
  return escapeControls(text);
}
