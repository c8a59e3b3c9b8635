// Loaded (as a same-origin module) first into the strict-CSP test page: records every CSP
// or Trusted Types violation, so the test can prove what the policy blocked.
const violations: string[] = [];
(window as unknown as { violations: string[] }).violations = violations;
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`.trim());
});
