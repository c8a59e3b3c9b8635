// Lit's development build announces itself once per package ("Lit is in dev mode…") in every
// test file's page. The browser tests keep the development build for its other warnings
// (misused properties, updates scheduled after an update); only that banner is marked as
// already issued, through the set Lit reads for exactly this purpose.
const lit = globalThis as { litIssuedWarnings?: Set<string> };
lit.litIssuedWarnings ??= new Set();
lit.litIssuedWarnings.add('dev-mode');
