import { readFile, writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { terserPass } from '../faq-widget/scripts/terser-pass.mjs';
import { minifyTemplatesPlugin, siblingSources } from './scripts/bundle-options.mjs';

// The two builds run in parallel, so neither may `clean`: the package's build script
// empties dist/ once before tsup starts.
export default defineConfig([
  {
    // The npm entries: Lit and @aira/roi stay dependencies, shared with the host app.
    entry: ['src/index.ts', 'src/element.ts', 'src/server.ts', 'src/define.ts'],
    format: ['esm'],
    dts: true,
    clean: false,
    sourcemap: true,
    target: 'es2022',
  },
  {
    // The single file a partner loads with one <script type="module">: everything inside, minified.
    entry: { 'aira-roi': 'src/define.ts' },
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
    onSuccess: async () => {
      // esbuild minified it; terser's compressor takes a little more off (see terser-pass.mjs).
      const bundle = 'dist/aira-roi.js';
      await writeFile(bundle, await terserPass(await readFile(bundle, 'utf8')));
      await writeFile('dist/aira-roi.d.ts', "export { defineAiraRoi } from './define.js';\n");
    },
  },
]);
