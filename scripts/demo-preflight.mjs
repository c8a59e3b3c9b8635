// What `npm run demo` needs before it can even load its server: the installed dependencies
// and the built widget. Node built-ins only, so that a fresh clone gets a sentence saying
// what to run instead of ERR_MODULE_NOT_FOUND from an import that is not installed yet.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const defaultRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Why the demo cannot start yet, as a message saying what to run; `undefined` when it can. */
export function demoNotReady(root = defaultRoot) {
  if (!existsSync(join(root, 'node_modules', 'sirv'))) {
    return [
      'The demo needs the dependencies installed and the packages built first.',
      'Run `npm start` (installs, builds and serves in one go),',
      'or `pnpm install && pnpm build` and then `npm run demo` again.',
    ].join('\n');
  }
  if (!existsSync(join(root, 'packages', 'faq-widget', 'dist', 'aira-faq.js'))) {
    return [
      'The demo needs the packages built first: packages/faq-widget/dist/aira-faq.js is missing.',
      'Run `pnpm build` (or `npm start`, which builds and serves), then `npm run demo` again.',
    ].join('\n');
  }
  return undefined;
}
