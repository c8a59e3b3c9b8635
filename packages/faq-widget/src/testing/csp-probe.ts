// Loaded (as a same-origin module) first into the strict-CSP test page: records every CSP
// or Trusted Types violation, so the test can prove what the policy blocked.
const violations: string[] = [];
(window as unknown as { violations: string[] }).violations = violations;
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`.trim());
});

// Vitest's browser mode rewrites `import()` in the modules it serves into a call to its own
// runner, which only exists in the test page itself, not in this iframe: load directly.
const runner = globalThis as { __vitest_browser_runner__?: unknown };
runner.__vitest_browser_runner__ ??= { wrapDynamicImport: (load: () => unknown) => load() };
