#!/usr/bin/env node
// The `aira-content` bin. Node-only; kept out of the browser-safe index entry.
import { main } from './cli/main';

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`[@aira/content-schema] unexpected failure: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
