// Reading content files from disk, shared by `validate` and `export`: both see the same files,
// the same per-file checks and the same checks across files (author ids, FAQ references).
import { relative } from 'node:path';
import { type Checked, checkFile, type Problem } from './check-file';
import { collectFiles } from './collect-files';
import { crossFileProblems } from './cross-file';
import { readContentFile } from './read-content-file';

/** Every content file under some paths, checked. */
export interface CheckedPaths {
  /** How many content files were found (readable or not). */
  files: number;
  /** How many of the paths given were folders. */
  folders: number;
  /** Each readable file (relative to `cwd`) with its result; its own problems are in the result. */
  checked: Array<[string, Checked]>;
  /**
   * Paths that do not exist, folders that cannot be listed, files that cannot be read, then
   * the problems that span files.
   */
  problems: Problem[];
}

/**
 * Reads the `.md` and `.json` files under `paths` (absolute, or relative to the process),
 * checks each one and then the references between them. Never throws on a bad entry: an
 * unreadable file or folder is a problem on that entry and the rest is still checked.
 */
export async function checkPaths(
  paths: readonly string[],
  cwd: string,
  ignoreFields: readonly string[] = [],
): Promise<CheckedPaths> {
  const { files, missing, unlisted, folders } = await collectFiles(paths);
  const show = (path: string) => relative(cwd, path) || path;
  const problems: Problem[] = missing.map((path) => ({
    file: show(path),
    severity: 'error',
    message: 'no such file or folder',
  }));
  for (const { path, reason } of unlisted) {
    problems.push({
      file: show(path),
      severity: 'error',
      message: `folder cannot be read (${reason})`,
    });
  }
  const checked: Array<[string, Checked]> = [];
  for (const path of files) {
    const file = show(path);
    const read = await readContentFile(path);
    if ('problem' in read) {
      problems.push({
        file,
        ...(read.line ? { line: read.line } : {}),
        severity: 'error',
        message: read.problem,
      });
    } else {
      checked.push([file, checkFile(file, read.text, ignoreFields)]);
    }
  }
  for (const problem of crossFileProblems(checked)) problems.push(problem);
  return { files: files.length, folders, checked, problems };
}
