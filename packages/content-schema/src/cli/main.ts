import { resolve } from 'node:path';
import { contentJsonSchema, JSON_SCHEMA_TYPES, type JsonSchemaType } from '../json-schema/generate';
import { lintBlogPost } from '../lint/lint-blog-post';
import { LINT_RULES, type LintOptions, type LintRuleId } from '../lint/types';
import { CHECK_LLMS_USAGE, checkLlmsCommand } from './check-llms-command';
import { checkPaths } from './check-paths';
import { EXPORT_USAGE, exportCommand } from './export-command';

/** Where the CLI writes; injected so tests can run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Paths in messages are shown relative to this folder; default `process.cwd()`. */
  cwd?: string;
}

const USAGE = `Usage:
  aira-content validate <paths...> [--format text|json] [--known-slugs a,b] [--rule <rule>=off|warning|error]
                         [--ignore-field <key>]
      Checks .md blog posts and .json content (files or folders). Prints file:line: message per
      problem plus the linter's findings; exits 1 on any error, 0 otherwise.
      Internal links must point at the slugs of the posts found, plus any --known-slugs.
      Unknown frontmatter keys are errors; --ignore-field (repeatable, or a,b) lets through
      the keys of another tool, such as layout or draft.
  aira-content schema <type>
      Prints a JSON Schema. Types: ${JSON_SCHEMA_TYPES.join(', ')}
${EXPORT_USAGE}${CHECK_LLMS_USAGE}`;

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'validate') return validate(rest, io);
  if (command === 'schema') return schema(rest, io);
  if (command === 'export') return exportCommand(rest, io);
  if (command === 'check-llms') return checkLlmsCommand(rest, io);
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  io.stderr(`[@aira/content-schema] unknown command "${command}"\n${USAGE}`);
  return 2;
}

function schema(args: readonly string[], io: CliIo): number {
  const type = args[0];
  if (type === undefined || !(JSON_SCHEMA_TYPES as readonly string[]).includes(type)) {
    io.stderr(
      `[@aira/content-schema] schema: unknown type ${JSON.stringify(type ?? '')}; use one of: ${JSON_SCHEMA_TYPES.join(', ')}\n`,
    );
    return 2;
  }
  io.stdout(`${JSON.stringify(contentJsonSchema(type as JsonSchemaType), null, 2)}\n`);
  return 0;
}

interface ValidateArgs {
  paths: string[];
  format: 'text' | 'json';
  knownSlugs: string[];
  ignoreFields: string[];
  rules: NonNullable<LintOptions['rules']>;
}

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
        return `--format must be "text" or "json", received "${format}"`;
      parsed.format = format;
    } else if (flag === '--known-slugs') {
      parsed.knownSlugs.push(...commaList(value()));
    } else if (flag === '--ignore-field') {
      const keys = commaList(value());
      if (keys.length === 0)
        return '--ignore-field needs a frontmatter key, e.g. --ignore-field layout';
      parsed.ignoreFields.push(...keys);
    } else if (flag === '--rule') {
      const [rule, setting] = value().split('=');
      if (
        !(LINT_RULES as readonly string[]).includes(rule ?? '') ||
        !['off', 'warning', 'error'].includes(setting ?? '')
      ) {
        return `--rule takes <rule>=off|warning|error with a rule among ${LINT_RULES.join(', ')}, received "${rule}=${setting}"`;
      }
      parsed.rules[rule as LintRuleId] = setting as 'off' | 'warning' | 'error';
    } else if (flag.startsWith('--')) {
      return `unknown option ${flag}`;
    } else {
      parsed.paths.push(arg);
    }
  }
  return parsed.paths.length === 0 ? 'validate needs at least one file or folder' : parsed;
}

function commaList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

async function validate(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`[@aira/content-schema] ${parsed}\n${USAGE}`);
    return 2;
  }
  const cwd = io.cwd ?? process.cwd();
  const { files, checked, problems } = await checkPaths(
    parsed.paths.map((path) => resolve(cwd, path)),
    cwd,
    parsed.ignoreFields,
  );
  const slugs = new Set(parsed.knownSlugs);
  for (const [, result] of checked) if (result.kind === 'post') slugs.add(result.post.slug);
  for (const [file, result] of checked) {
    problems.push(...result.problems);
    if (result.kind !== 'post') continue;
    for (const finding of lintBlogPost(result.post, {
      knownSlugs: slugs,
      rules: parsed.rules,
      bodyLine: result.bodyLine,
    })) {
      problems.push({
        file,
        line: finding.line ?? (finding.path ? result.lineOf(finding.path) : 1),
        severity: finding.severity,
        rule: finding.rule,
        message: finding.message,
      });
    }
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (parsed.format === 'json') {
    io.stdout(`${JSON.stringify({ files, errors, warnings, problems }, null, 2)}\n`);
  } else {
    for (const p of problems) {
      const where = `${p.file}:${p.line ?? 1}`;
      io.stdout(
        `${where}: ${p.severity}: ${p.path ? `${p.path}: ` : ''}${p.message}${p.rule ? ` (${p.rule})` : ''}\n`,
      );
    }
    io.stdout(
      `${files} file${files === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`,
    );
  }
  return errors > 0 ? 1 : 0;
}
