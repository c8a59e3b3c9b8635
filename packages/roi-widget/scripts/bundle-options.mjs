// What the single-file bundle build (tsup.config.ts) and its size check (check-size.mjs) share.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { minifyTemplates } from '../../faq-widget/scripts/minify-templates.mjs';

/**
 * Bundle @aira/roi from its per-file sources: with `sideEffects: false` esbuild then drops
 * every module the element does not use (zod, irr's validation, sensitivity), which it cannot
 * do inside the prebuilt single-chunk dist file.
 */
export const siblingSources = {
  '@aira/roi': fileURLToPath(new URL('../../roi/src/index.ts', import.meta.url)),
};

/** Collapses the whitespace of html``/css``/svg`` templates in this package's sources. */
export const minifyTemplatesPlugin = {
  name: 'aira-roi-minify-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]roi-widget[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: minifyTemplates(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};
