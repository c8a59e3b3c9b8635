import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  // schema-dts's own typings (CommonJS) import schema-dts-lib (ESM) without a resolution
  // mode, which fails a consumer's `tsc` under moduleResolution node16 with skipLibCheck
  // false (TS1541). So the schema.org types we use are inlined into our .d.ts files and
  // schema-dts is a devDependency: the JavaScript never imported it.
  dts: { resolve: ['schema-dts', 'schema-dts-lib'] },
  noExternal: ['schema-dts', 'schema-dts-lib'],
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
