import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { checkLlmsTxt } from '../export/check-llms-txt';
import type { CliIo } from './main';

export const CHECK_LLMS_USAGE = `  aira-content check-llms <file...>
      Reports where a hand-written llms.txt breaks the format (no H1, a link without a URL, a
      relative URL) as file:line: message; exits 1 on any error.
`;

/** `aira-content check-llms`: checks llms.txt files written by hand. */
export async function checkLlmsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const unknown = args.find((arg) => arg.startsWith('--'));
  if (args.length === 0 || unknown) {
    io.stderr(
      `[@aira/content-schema] check-llms: ${unknown ? `unknown option ${unknown}` : 'give the llms.txt file to check'}\nUsage:\n${CHECK_LLMS_USAGE}`,
    );
    return 2;
  }
  const cwd = io.cwd ?? process.cwd();
  let errors = 0;
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const file = relative(cwd, path) || path;
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined) {
      io.stdout(`${file}: error: cannot read the file\n`);
      errors++;
      continue;
    }
    const problems = checkLlmsTxt(text);
    for (const problem of problems) {
      io.stdout(`${file}:${problem.line}: ${problem.severity}: ${problem.message}\n`);
      if (problem.severity === 'error') errors++;
    }
    if (problems.length === 0) io.stdout(`${file}: ok\n`);
  }
  return errors > 0 ? 1 : 0;
}
