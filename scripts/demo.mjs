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
const { buildExamples, createDemoServer } = await import('./demo-server.mjs');
// Examples that generate pages (static-site, roi, partner-site) do so before we serve them.
const status = buildExamples();
if (status !== 0) process.exit(status);

const server = createDemoServer();
const wanted = Number(process.env.PORT ?? 4173);
function listen(port, triesLeft) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && triesLeft > 0) return listen(port + 1, triesLeft - 1);
    console.error(error.message);
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`\nAIRA examples: http://localhost:${port}/  (Ctrl-C to stop)\n`);
  });
}
listen(wanted, 10);
