import { JSON_SCHEMA_TYPES } from '../json-schema/generate';
import { nearestName } from '../source/nearest-name';
import { packageVersion } from './package-version';
import { schema } from './schema-command';
import { validate } from './validate';

/** Where the CLI writes; injected so tests can run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Paths in messages are shown relative to this folder; default `process.cwd()`. */
  cwd?: string;
}

/** One subcommand: its usage text and what it does with the arguments after its name. */
export interface CliCommand {
  usage: string;
  run: (args: readonly string[], io: CliIo) => number | Promise<number>;
}

// A new subcommand is one entry here, in a file of its own; usage and "did you mean" follow.
const COMMANDS: Record<string, CliCommand> = {
  validate: {
    usage: `  aira-content validate <paths...> [--format text|json] [--known-slugs a,b] [--rule <rule>=off|warning|error]
                         [--ignore-field <key>]
      Checks .md blog posts and .json content (files or folders). Prints file:line: message per
      problem plus the linter's findings; exits 1 on any error, 0 otherwise.
      Internal links must point at the slugs of the posts found, plus any --known-slugs; when
      only single files are given and no --known-slugs, unknown links are warnings.
      Unknown frontmatter keys are errors; --ignore-field (repeatable, or a,b) lets through
      the keys of another tool, such as layout or draft.
`,
    run: validate,
  },
  schema: {
    usage: `  aira-content schema <type>
      Prints a JSON Schema. Types: ${JSON_SCHEMA_TYPES.join(', ')}
`,
    run: schema,
  },
};

/** The usage text, listing every command. */
export function usage(): string {
  return `Usage:\n${Object.values(COMMANDS)
    .map((command) => command.usage)
    .join('')}  aira-content --version
`;
}

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (command && Object.hasOwn(COMMANDS, name as string)) return command.run(rest, io);
  if (name === '--version' || name === '-v') {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name === undefined ? 2 : 0;
  }
  const nearest = nearestName(name, Object.keys(COMMANDS));
  io.stderr(
    `[@aira/content-schema] unknown command ${JSON.stringify(name)}${nearest ? `; did you mean "${nearest}"?` : ''}\n${usage()}`,
  );
  return 2;
}
