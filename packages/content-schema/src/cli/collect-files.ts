import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

const CONTENT = new Set(['.md', '.json']);

/** The `.md` and `.json` files under the given folders (not README.md) and the files given, sorted. */
export async function collectFiles(
  paths: readonly string[],
): Promise<{ files: string[]; missing: string[] }> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) missing.push(path);
    else if (info.isDirectory()) for (const file of await walk(path)) files.add(file);
    else files.add(path);
  }
  return { files: [...files].sort(), missing };
}

async function walk(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    // A folder's README.md describes the content; it is not a post.
    if (
      entry.name.startsWith('.') ||
      entry.name === 'node_modules' ||
      /^readme\.md$/i.test(entry.name)
    )
      continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else if (CONTENT.has(extname(entry.name))) found.push(path);
  }
  return found;
}
