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
