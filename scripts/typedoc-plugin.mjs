// TypeDoc plugin for the docs portal (loaded from typedoc.json). It keeps the site in step
// with the packages without anyone editing the TypeDoc config:
// - every public subpath in a package's `exports` becomes an entry point, mapped from its
//   built file back to the source (`./dist/server.js` → `src/server.ts`), and is named the
//   way a user imports it (`@aira/faq-widget/server`);
// - a guide without a frontmatter `title` is named after its first `# heading` (up to a
//   colon), so a new docs/*.md shows up under a readable name, in the "Guides" group;
// - guides are listed in the order of docs/README.md's links; others follow;
// - the root README's links to packages/<name>/README.md, docs/README.md and
//   examples/README.md lead to the package's page and the guides, not to raw copies.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter, ReflectionKind } from 'typedoc';

/** Which condition's file we follow to find a subpath's source, in order of preference. */
const CONDITIONS = ['import', 'default', 'require'];

function targetOf(entry) {
  if (typeof entry === 'string') return entry;
  if (!entry || typeof entry !== 'object') return undefined;
  for (const condition of CONDITIONS) {
    if (condition in entry) {
      const found = targetOf(entry[condition]);
      if (found) return found;
    }
  }
  return undefined;
}

function sourceFor(packageDir, target) {
  const stem = target.replace(/^\.\/dist\//, '').replace(/\.(c|m)?js$/, '');
  return [`src/${stem}.ts`, `src/${stem}/index.ts`].find((file) =>
    existsSync(join(packageDir, file)),
  );
}

/**
 * The public entry points of one package, from its `exports`: `[subpath, source file]`.
 * JSON files and wildcards are data, not API. A subpath that is the package's single-file
 * CDN bundle (named by `unpkg`/`jsdelivr`) re-exports a module documented already; any
 * other subpath whose source cannot be found is an error, so a new one is never dropped.
 */
export function publicEntryPoints(packageDir) {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const exportsField =
    typeof pkg.exports === 'string' || pkg.exports?.['.'] === undefined
      ? { '.': pkg.exports ?? pkg.main }
      : pkg.exports;
  const bundles = new Set([pkg.unpkg, pkg.jsdelivr].filter(Boolean));
  const entries = [];
  for (const [subpath, entry] of Object.entries(exportsField)) {
    if (subpath.includes('*') || subpath.endsWith('.json')) continue;
    const target = targetOf(entry);
    if (!target || target.endsWith('.json')) continue;
    const source = sourceFor(packageDir, target);
    if (source) {
      entries.push([subpath, source]);
    } else if (!bundles.has(target)) {
      throw new Error(
        `${pkg.name}: no source found for export "${subpath}" (${target}); expected src/<name>.ts beside dist/<name>.js.`,
      );
    }
  }
  return { name: pkg.name, entries };
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  /** package name → (module name TypeDoc gives an entry → the import specifier) */
  const importNames = new Map();
  /** package name → its folder */
  const packageDirs = new Map();

  app.options.addReader({
    name: 'aira-exports-entry-points',
    // After typedoc.json (100) and package.json's typedocOptions (150), before tsconfig (200).
    order: 175,
    supportsPackages: true,
    read(container, _logger, cwd) {
      if (!container.packageDir || container.isSet('entryPoints')) return;
      const { name, entries } = publicEntryPoints(cwd);
      const names = new Map();
      for (const [subpath, source] of entries) {
        const moduleName = source.replace(/^src\//, '').replace(/(\/index)?\.ts$/, '');
        names.set(moduleName, subpath === '.' ? name : `${name}/${subpath.slice(2)}`);
      }
      importNames.set(name, names);
      packageDirs.set(name, cwd);
      container.setValue(
        'entryPoints',
        entries.map(([, source]) => source),
        cwd,
      );
    },
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const names = importNames.get(context.project.packageName ?? context.project.name);
    if (!names) return;
    for (const child of context.project.children ?? []) {
      if (child.kindOf(ReflectionKind.Module) && names.has(child.name)) {
        child.name = names.get(child.name);
      }
    }
  });

  /** document → the file name it was added under (`getting-started`) */
  const stems = new WeakMap();
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    stems.set(document, document.name);
    document.frontmatter.group ??= 'Guides';
    if (document.frontmatter.title) return;
    const heading = /^#\s+(.+?)\s*$/m.exec(document.content.map((part) => part.text).join(''));
    if (heading) document.name = heading[1].replace(/`/g, '').replace(/:\s.*$/, '');
  });

  // 'reviveProject' (ApplicationEvents.REVIVE, not exported) fires once the packages are
  // merged; TypeDoc groups the project in its own listener, at priority -100, after ours.
  app.on(
    'reviveProject',
    (project) => {
      const index = readFileSync(join(process.cwd(), 'docs', 'README.md'), 'utf8');
      const order = [...index.matchAll(/\]\(([\w-]+)\.md[)#]/g)].map((match) => match[1]);
      const rank = (document) => {
        const at = order.indexOf(stems.get(document));
        return at === -1 ? order.length : at;
      };
      // Reorder the guides among themselves; everything else keeps its place.
      const reorder = (list = []) => {
        const guides = list.filter((item) => item.isDocument()).sort((a, b) => rank(a) - rank(b));
        list.forEach((item, i) => {
          if (item.isDocument()) list[i] = guides.shift();
        });
      };
      reorder(project.documents);
      reorder(project.childrenIncludingDocuments);

      const file = (...parts) => join(process.cwd(), ...parts).replaceAll('\\', '/');
      for (const child of project.children ?? []) {
        const dir = packageDirs.get(child.name);
        if (dir)
          project.files.registerReflectionPath(join(dir, 'README.md').replaceAll('\\', '/'), child);
      }
      const guides = project.documents ?? [];
      if (guides[0]) project.files.registerReflectionPath(file('docs', 'README.md'), guides[0]);
      const examples = guides.find((document) => stems.get(document) === 'examples');
      if (examples) project.files.registerReflectionPath(file('examples', 'README.md'), examples);
    },
    0,
  );
}
