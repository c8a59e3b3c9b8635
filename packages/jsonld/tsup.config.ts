import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  // The .d.ts files import `schema-dts`; scripts/ship-schema-types.mjs (run after tsup by
  // the build script) points them at a copy we ship, so node16 consumers compile (TS1541).
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
