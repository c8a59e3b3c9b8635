import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { exportSite } from '../export/llms-txt';
import { loadContentFolder } from './load-content-folder';
import type { CliIo } from './main';

export const EXPORT_USAGE = `  aira-content export <folder> --base-url <url> --out <dir>
      Writes llms.txt, llms-full.txt and a Markdown companion per post (blog/<slug>.md) and
      for the FAQ (veelgestelde-vragen.md) into <dir>, links made absolute from <url>.
      Exits 1 (writing nothing) when the content has errors.
`;

const fail = (io: CliIo, message: string) => {
  io.stderr(`[@aira/content-schema] export: ${message}\nUsage:\n${EXPORT_USAGE}`);
  return 2;
};

/** `aira-content export`: the text exports of a content folder, written to a folder. */
export async function exportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] = arg.split(/=(.*)/s) as [string, string?];
    if (flag === '--base-url' || flag === '--out') {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') return fail(io, `${flag} needs a value`);
      flags[flag] = value;
    } else if (arg.startsWith('--')) {
      return fail(io, `unknown option ${flag}`);
    } else positional.push(arg);
  }
  if (positional.length !== 1) {
    return fail(io, `give one content folder, received ${positional.length}`);
  }
  const baseUrl = flags['--base-url'];
  const out = flags['--out'];
  if (!baseUrl) return fail(io, '--base-url is required, e.g. --base-url https://www.aira.nl');
  if (!/^https?:\/\/[^\s/]+/.test(baseUrl)) {
    return fail(io, `--base-url must be an absolute http(s) URL, received "${baseUrl}"`);
  }
  if (!out) return fail(io, '--out is required, e.g. --out dist');
  const cwd = io.cwd ?? process.cwd();
  const loaded = await loadContentFolder(resolve(cwd, positional[0] as string), cwd);
  if (!loaded.ok) {
    for (const p of loaded.problems) {
      io.stderr(
        `${p.file}:${p.line ?? 1}: ${p.severity}: ${p.path ? `${p.path}: ` : ''}${p.message}\n`,
      );
    }
    io.stderr(`[@aira/content-schema] export: nothing written; fix the content first\n`);
    return 1;
  }
  const outDir = resolve(cwd, out);
  const files = exportSite(loaded.content, { baseUrl });
  for (const file of files) {
    const target = join(outDir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.text);
    io.stdout(`${relative(cwd, target) || target}\n`);
  }
  io.stdout(`${files.length} files written from ${loaded.files} content files\n`);
  return 0;
}
