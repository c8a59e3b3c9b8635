import { main } from '../cli/main';

/** Runs `aira-content` in-process in `cwd` and returns its exit code and what it printed. */
export async function runCli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
  });
  return { code, stdout, stderr };
}
