import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { siblingSources } from './scripts/bundle-options.mjs';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

// The two builds run in parallel, so neither may `clean`: the package's build script
// empties dist/ once before tsup starts.
export default defineConfig([
  {
    // The npm entries: Lit and the other @aira packages stay dependencies, shared with the host app.
    entry: ['src/index.ts', 'src/element.ts', 'src/server.ts', 'src/define.ts'],
    format: ['esm'],
    dts: true,
    clean: false,
    sourcemap: true,
    target: 'es2022',
  },
  {
    // The single file a partner loads with one <script type="module">: everything inside, minified.
    entry: { 'aira-faq': 'src/define.ts' },
    format: ['esm'],
    noExternal: [/.*/],
    minify: true,
    treeshake: true,
    clean: false,
    platform: 'browser',
    target: 'es2022',
    outExtension: () => ({ js: '.js' }),
    esbuildPlugins: [minifyTemplatesPlugin],
    esbuildOptions(options) {
      options.alias = siblingSources;
    },
    // The bundle exports what define.ts exports; its types are the npm build's.
    onSuccess: () =>
      writeFile('dist/aira-faq.d.ts', "export { defineAiraFaq } from './define.js';\n"),
  },
  {
    // The Node-only bin (`npx @aira/faq-widget render`), bundled on its own.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    clean: false,
    platform: 'node',
    target: 'node20',
  },
]);
