import { mkdir, writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { contentJsonSchema, JSON_SCHEMA_TYPES } from './src/json-schema/generate';

// The JSON Schema files ship in the package (schemas/*.schema.json) and are generated from
// the zod schemas on every build; src/json-schema/schema-files.test.ts fails if they drift.
async function writeJsonSchemas(): Promise<void> {
  await mkdir('schemas', { recursive: true });
  for (const type of JSON_SCHEMA_TYPES) {
    await writeFile(
      `schemas/${type}.schema.json`,
      `${JSON.stringify(contentJsonSchema(type), null, 2)}\n`,
    );
  }
}

const LIBRARY_ENTRIES = { index: 'src/index.ts' };

export default defineConfig([
  {
    // ESM keeps one output file per source module (every module is an entry, code splitting
    // on) so that bundlers drop whole unused modules: a widget that imports only parseFaqFeed
    // and renderAnswer never pulls in yaml, the linter or the other schemas.
    entry: [
      'src/**/*.ts',
      '!src/**/*.test.ts',
      '!src/**/*.test-d.ts',
      '!src/cli.ts',
      '!src/cli/**',
      '!src/test/**',
    ],
    format: ['esm'],
    splitting: true,
    dts: { entry: LIBRARY_ENTRIES },
    sourcemap: true,
    target: 'es2022',
    onSuccess: writeJsonSchemas,
  },
  {
    // CommonJS consumers run in Node, where tree-shaking does not matter: one file per entry.
    entry: LIBRARY_ENTRIES,
    format: ['cjs'],
    dts: { entry: LIBRARY_ENTRIES },
    sourcemap: true,
    target: 'es2022',
  },
  {
    // The Node-only bin, bundled on its own so node: imports never reach the library entries.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
  },
]);
