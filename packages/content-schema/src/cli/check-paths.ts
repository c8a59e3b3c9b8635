// Reading content files from disk, shared by `validate` and `export`: both see the same files,
// the same per-file checks and the same checks across files (author ids, FAQ references).
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { type Checked, checkFile, type Problem } from './check-file';
import { collectFiles } from './collect-files';
import { crossFileProblems } from './cross-file';

/** Every content file under some paths, checked. */
export interface CheckedPaths {
  /** How many content files were read. */
  files: number;
  /** Each file (relative to `cwd`) with its result; its own problems are in the result. */
  checked: Array<[string, Checked]>;
  /** Paths that do not exist, then the problems that span files. */
  problems: Problem[];
}

/**
 * Reads the `.md` and `.json` files under `paths` (absolute, or relative to the process),
 * checks each one and then the references between them.
 */
export async function checkPaths(
  paths: readonly string[],
  cwd: string,
  ignoreFields: readonly string[] = [],
): Promise<CheckedPaths> {
  const { files, missing } = await collectFiles(paths);
  const show = (path: string) => relative(cwd, path) || path;
  const problems: Problem[] = missing.map((path) => ({
    file: show(path),
    severity: 'error',
    message: 'no such file or folder',
  }));
  const checked: Array<[string, Checked]> = [];
  for (const path of files) {
    const file = show(path);
    checked.push([file, checkFile(file, await readFile(path, 'utf8'), ignoreFields)]);
  }
  problems.push(...crossFileProblems(checked));
  return { files: files.length, checked, problems };
}
