import { defineConfig } from 'tsup';

// The npm entries: Lit and the other @aira packages stay dependencies, shared with the host
// app. The CDN files (dist/aira-faq*.js) are built by scripts/build-bundle.mjs.
export default defineConfig({
  entry: ['src/index.ts', 'src/element.ts', 'src/server.ts', 'src/define.ts'],
  format: ['esm'],
  dts: true,
  clean: false,
  sourcemap: true,
  target: 'es2022',
});
