#!/usr/bin/env node
// Serves the examples on localhost, the way a partner site would load them: the widget's
// single-file bundle at /aira-faq.js, the example content at /content/, pages from examples/.
// Expects `pnpm build` to have run (the README's `npm start` does that first).
import { demoNotReady } from './demo-preflight.mjs';

const notReady = demoNotReady();
if (notReady) {
  console.error(notReady);
  process.exit(1);
}
// Imported only now: the server module needs the installed dependencies.
const { buildExamples, createDemoServer, listenOnFreePort, stopOnSignals } = await import(
  './demo-server.mjs'
);
// Examples that generate pages (static-site, roi, partner-site) do so before we serve them.
const status = buildExamples();
if (status !== 0) process.exit(status);

const server = createDemoServer();
const wanted = Number(process.env.PORT ?? 4173);
try {
  const port = await listenOnFreePort(server, wanted);
  const moved = port === wanted ? '' : ` (port ${wanted} is taken)`;
  console.log(`\nAIRA examples: http://127.0.0.1:${port}/${moved}  (Ctrl-C to stop)\n`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
stopOnSignals(server);
