#!/usr/bin/env node
// Runs after tsup. Our .d.ts files import their schema.org types from `schema-dts`, whose own
// typings (CommonJS) import `schema-dts-lib` (ESM) without a resolution mode: a consumer's
// `tsc` with moduleResolution node16 and skipLibCheck false fails there (TS1541). So we ship
// those types ourselves, once: schema-dts-lib and schema-dts joined into one self-contained
// dist/schema-org.d.cts, which both index.d.ts (ESM may import CommonJS) and index.d.cts
// import. schema-dts is then a devDependency: our JavaScript never imported it.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(pkgDir, 'dist');
const require = createRequire(join(pkgDir, 'package.json'));
const schemaDts = require.resolve('schema-dts/dist/schema.d.ts');
const libDts = createRequire(schemaDts).resolve('schema-dts-lib/dist/index.d.ts');

const IMPORT_LIB =
  'import type { JsonLdObject, IdReference, MergeLeafTypes } from "schema-dts-lib";\nexport type { JsonLdObject, IdReference, MergeLeafTypes };\n';
const schema = readFileSync(schemaDts, 'utf8');
if (!schema.startsWith(IMPORT_LIB)) {
  throw new Error(
    `${schemaDts} no longer starts with its schema-dts-lib import; update ${fileURLToPath(import.meta.url)}.`,
  );
}
const lib = readFileSync(libDts, 'utf8').replace(/^export \{\};\s*$/m, '');
writeFileSync(
  join(dist, 'schema-org.d.cts'),
  `// The schema.org types of schema-dts and schema-dts-lib (Apache-2.0, see schema-dts.LICENSE), joined into one file.\n${lib}\n${schema.slice(IMPORT_LIB.length)}`,
);
copyFileSync(join(dirname(schemaDts), '..', 'LICENSE'), join(dist, 'schema-dts.LICENSE'));

// Every declaration file tsup wrote (one per entry point and format) sits in dist/ itself.
for (const file of readdirSync(dist).filter((name) => /\.d\.c?ts$/.test(name))) {
  if (file === 'schema-org.d.cts') continue;
  const path = join(dist, file);
  const text = readFileSync(path, 'utf8');
  const rewritten = text.replaceAll(
    /(from |import\()(['"])schema-dts\2/g,
    '$1$2./schema-org.cjs$2',
  );
  if (/['"]schema-dts(-lib)?['"]/.test(rewritten))
    throw new Error(`dist/${file} still names schema-dts.`);
  writeFileSync(path, rewritten);
}
console.log('jsonld: dist/schema-org.d.cts written; the declaration files import it');
