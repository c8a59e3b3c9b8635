#!/usr/bin/env node
// Serves the examples on localhost, the way a partner site would load them: the widget's
// single-file bundle at /aira-faq.js, the example content at /content/, pages from examples/.
// Expects `pnpm build` to have run (the README's `npm start` does that first).
import { buildExamples, createDemoServer, missingBuild } from './demo-server.mjs';

const missing = missingBuild();
if (missing) {
  console.error(missing);
  process.exit(1);
}
// Examples that generate pages (static-site, roi, partner-site) do so before we serve them.
const status = buildExamples();
if (status !== 0) process.exit(status);

const server = createDemoServer();
const wanted = Number(process.env.PORT ?? 4173);
// A taken port moves us to the next one. The address is printed once, from the socket we
// really bound (a callback passed to each listen() attempt would fire for every try).
let port = wanted;
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE' && port < wanted + 10) {
    port += 1;
    server.listen(port, '127.0.0.1');
    return;
  }
  console.error(error.message);
  process.exit(1);
});
server.once('listening', () => {
  const bound = server.address().port;
  const moved = bound === wanted ? '' : ` (port ${wanted} is taken)`;
  console.log(`\nAIRA examples: http://127.0.0.1:${bound}/${moved}  (Ctrl-C to stop)\n`);
});
server.listen(port, '127.0.0.1');

// Ctrl-C is how the README says to stop: end with status 0, so pnpm and npm print no
// ELIFECYCLE error for it.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    console.log('\nStopped.');
    process.exit(0);
  });
}
