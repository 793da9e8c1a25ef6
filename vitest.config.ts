import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` imports plain TypeScript modules (schemas, validator, helpers) and runs in
 * seconds (`npm run test:unit`); `integration` runs real builds and the command-line tools in
 * child processes. `npm test` runs both, as CI does.
 */
export default defineConfig({
  test: {
    environment: 'node',
    // Sized for a loaded 2-core machine: a property test or the HSDS schema compile can take
    // several seconds there. A passing test returns as soon as it is done.
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        // A child process or a real build needs longer still.
        test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], testTimeout: 60_000 },
      },
    ],
  },
});
