import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

/** A component's test is named after it (StepByStep.test.ts beside StepByStep.astro), so it starts with a capital. */
const componentTests = ['src/**/[A-Z]*.test.ts', 'admin/**/[A-Z]*.test.ts'];

/**
 * Tests that replace a module with vi.mock need a fresh module cache of their own; every other unit test shares its
 * worker with the next file (isolate: false), which took the unit tests from about 80 to 50 seconds on two cores.
 * A test that changes shared state (a spy, the environment) must put it back in afterEach.
 */
const testsThatMockModules = ['src/intake/store/store-contract.test.ts'];
const unitTests = ['src/**/*.test.ts', 'admin/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        test: {
          name: 'unit',
          // Unit tests sit beside the code they test; tests/unit holds those that cross features.
          include: unitTests,
          exclude: [...componentTests, ...testsThatMockModules],
          environment: 'node',
          isolate: false,
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'unit (own module cache)',
          include: testsThatMockModules,
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
