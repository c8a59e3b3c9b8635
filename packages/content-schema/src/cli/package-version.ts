import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * This package's version, from its package.json. Looked up from this module's folder
 * upwards, because the module runs from `dist/` when installed and from `src/cli/` in tests.
 */
export function packageVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 4; depth++) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === '@aira/content-schema' && manifest.version) return manifest.version;
    } catch {
      // No package.json at this level: keep looking further up.
    }
    dir = dirname(dir);
  }
  return 'unknown';
}
