import type { Server } from 'node:http';

/** The repository root. */
export const root: string;
/** The Content-Security-Policy header of the partner pages. */
export const STRICT_CSP: string;
/** Why the examples cannot be served yet, or `undefined` when the packages are built. */
export function missingBuild(): string | undefined;
/** Runs the examples' own builds; returns the exit status. */
export function buildExamples(options?: { quiet?: boolean }): number;
/** An HTTP server (not yet listening) for the widget bundle, the content and the examples. */
export function createDemoServer(): Server;
/** Listens on `port` or the next free one; resolves with the port really bound. */
export function listenOnFreePort(
  server: Server,
  port: number,
  options?: { host?: string; tries?: number },
): Promise<number>;
/** Ctrl-C and SIGTERM close the server and exit with status 0. */
export function stopOnSignals(server: Server): void;
