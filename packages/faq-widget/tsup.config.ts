import { defineConfig } from 'tsup';

// The CDN files (dist/aira-faq*.js) are built by scripts/build-bundle.mjs. The two builds
// here run in parallel, so neither may `clean`: the package's build script empties dist/ first.
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
    // The Node-only bin (`npx @aira/faq-widget render`), bundled on its own.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    clean: false,
    platform: 'node',
    target: 'node20',
  },
]);
