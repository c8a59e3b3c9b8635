// What the CDN bundle build (build-bundle.mjs) and its size check (check-size.mjs) share.
import { fileURLToPath } from 'node:url';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

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

/** The parts loaded on demand: each its own file beside aira-faq.js. */
export const LAZY_PARTS = [
  { name: 'aira-faq-jsonld', source: 'src/jsonld-registry.ts', when: 'the jsonld attribute' },
  { name: 'aira-faq-markup', source: 'src/data/read-markup.ts', when: 'pre-rendered children' },
  { name: 'aira-faq-highlight', source: 'src/highlight.ts', when: 'a search to highlight' },
  { name: 'aira-faq-en', source: 'src/strings-en.ts', when: 'an English page' },
];

const lazyByModule = new Map(
  LAZY_PARTS.map((part) => [part.source.replace(/^src\//, '').replace(/\.ts$/, ''), part.name]),
);

/** Points `import('./jsonld-registry.js')` at the part's file, kept out of the bundle. */
const lazyPartsPlugin = {
  name: 'aira-lazy-parts',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const relative = fileURLToPath(new URL(args.path, `file://${args.resolveDir}/`))
        .split(/[\\/]src[\\/]/)
        .pop()
        ?.replace(/\.js$/, '');
      const name = relative && lazyByModule.get(relative);
      if (!name) {
        throw new Error(`dynamic import of ${args.path} is not one of LAZY_PARTS`);
      }
      return { path: `./${name}.js`, external: true };
    });
  },
};

/** esbuild options for one minified file of the CDN bundle. */
export function bundleOptions(root) {
  return {
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    absWorkingDir: root,
    alias: siblingSources,
    // Our `_private` fields and methods get one-letter names (Lit's own `_$` names are left).
    mangleProps: /^_[a-zA-Z]/,
    plugins: [minifyTemplatesPlugin, lazyPartsPlugin],
    logLevel: 'warning',
  };
}
