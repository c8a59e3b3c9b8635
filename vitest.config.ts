import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium } from './vitest.browser.ts';

const packages = ['content-schema', 'jsonld', 'roi', 'faq-widget', 'roi-widget'] as const;

// Tests import the packages by name and run against their sources: no build needed first.
const source = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));
const alias = [
  ...['element', 'server', 'define'].map((entry) => ({
    find: `@aira/faq-widget/${entry}`,
    replacement: source(`faq-widget/src/${entry}.ts`),
  })),
  ...['element', 'server', 'define'].map((entry) => ({
    find: `@aira/roi-widget/${entry}`,
    replacement: source(`roi-widget/src/${entry}.ts`),
  })),
  ...packages.map((name) => ({
    find: new RegExp(`^@aira/${name}$`),
    replacement: source(`${name}/src/index.ts`),
  })),
];

const browserTests = ['packages/*/src/**/*.browser.test.ts', 'test/**/*.browser.test.ts'];

export default defineConfig({
  resolve: { alias },
  // Vite's info lines (dependency scan and bundling, a busy port) are not test results.
  logLevel: 'warn',
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: browserTests,
          typecheck: {
            enabled: true,
            include: ['packages/*/src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
            tsconfig: './tsconfig.typetests.json',
          },
        },
      },
      {
        extends: true,
        // Pre-bundled up front so Vite does not reload the page mid-run on first discovery.
        // lit and axe-core are the widget's dependencies, not the root's: named through it.
        optimizeDeps: {
          include: [
            'fast-check',
            '@aira/faq-widget > axe-core',
            '@aira/faq-widget > lit',
            'zod/mini',
          ],
        },
        test: {
          name: 'browser',
          include: browserTests,
          setupFiles: ['./test/browser-setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
