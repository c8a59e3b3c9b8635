// What the single-file bundle build (tsup.config.ts) and its size check (check-size.mjs) share.
import { fileURLToPath } from 'node:url';

const source = (pkg) => fileURLToPath(new URL(`../../${pkg}/src/index.ts`, import.meta.url));

/**
 * Bundle the sibling packages from their per-file sources: with `sideEffects: false` esbuild
 * then drops every module the widget does not use (zod, the linter, YAML), which it cannot do
 * inside their prebuilt single-chunk dist files.
 */
export const siblingSources = {
  '@aira/content-schema': source('content-schema'),
  '@aira/jsonld': source('jsonld'),
};
