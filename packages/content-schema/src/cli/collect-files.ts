import type { Dirent } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

const CONTENT = new Set(['.md', '.json']);

/** What `validate` found under its paths. */
export interface Collected {
  /** The `.md` and `.json` entries, sorted; some may turn out unreadable when read. */
  files: string[];
  /** Paths given that do not exist. */
  missing: string[];
  /** How many of the paths given were folders. */
  folders: number;
  /** Folders that could not be listed, with the reason. */
  unlisted: Array<{ path: string; reason: string }>;
}

/**
 * The `.md` and `.json` files under the given folders (not README.md, dot folders or
 * node_modules) and the files given. Symlinked folders inside a folder are not followed, so
 * a link loop cannot make the walk endless; a symlink named `*.md` or `*.json` is listed and
 * its target checked when it is read.
 */
export async function collectFiles(paths: readonly string[]): Promise<Collected> {
  const found = new Set<string>();
  const collected: Collected = { files: [], missing: [], unlisted: [], folders: 0 };
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      collected.folders++;
      await walk(path, found, collected);
    } else if (info || (await lstat(path).catch(() => undefined))) found.add(path);
    else collected.missing.push(path);
  }
  collected.files = [...found].sort();
  return collected;
}

async function walk(dir: string, found: Set<string>, collected: Collected): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    collected.unlisted.push({
      path: dir,
      reason: code === 'EACCES' ? 'permission denied' : String(code ?? error),
    });
    return;
  }
  for (const entry of entries) {
    // A folder's README.md describes the content; it is not a post.
    if (
      entry.name.startsWith('.') ||
      entry.name === 'node_modules' ||
      /^readme\.md$/i.test(entry.name)
    )
      continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, found, collected);
    else if (CONTENT.has(extname(entry.name))) found.add(path);
  }
}
