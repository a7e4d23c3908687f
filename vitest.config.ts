import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

/** A component's test is named after it (StepByStep.test.ts beside StepByStep.astro), so it starts with a capital. */
const componentTests = ['src/**/[A-Z]*.test.ts', 'admin/**/[A-Z]*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        test: {
          name: 'unit',
          // Unit tests sit beside the code they test; tests/unit holds those that cross features.
          include: ['src/**/*.test.ts', 'admin/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          exclude: componentTests,
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      // Components are rendered with Astro's container API, so their tests need Astro's own Vite set-up.
      getViteConfig(
        { test: { name: 'components', include: componentTests, environment: 'node', testTimeout: 20_000 } },
        // The content guard's review warnings are for builds, not for every test run.
        { logLevel: 'error' },
      ),
    ],
  },
});
