#!/usr/bin/env node
// The package's bin (`npx @aira/faq-widget render …`). Node-only; never part of the browser entries.
import { readFileSync } from 'node:fs';
import { RENDER_USAGE, renderCommand } from './render-command.js';

const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const [command, ...rest] = process.argv.slice(2);
const io = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
  stdin: readStdin,
  // Pinned to this version, so a pasted snippet never changes under the page.
  defaultScript: `https://cdn.jsdelivr.net/npm/@aira/faq-widget@${version}/dist/aira-faq.js`,
};

if (command === 'render') {
  renderCommand(rest, io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`[@aira/faq-widget] unexpected failure: ${String(error)}\n`);
      process.exitCode = 2;
    },
  );
} else {
  const help = command === '--help' || command === '-h' || command === 'help';
  (help ? process.stdout : process.stderr).write(
    `${help || command === undefined ? '' : `[@aira/faq-widget] unknown command "${command}"\n\n`}${RENDER_USAGE}`,
  );
  process.exitCode = help ? 0 : 2;
}
