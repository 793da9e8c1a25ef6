import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` imports plain TypeScript modules (schemas, validator, helpers) and runs in
 * seconds (`npm run test:unit`); `integration` runs real builds and the command-line tools in
 * child processes. `npm test` runs both, as CI does.
 */
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        // A child process or a real build on a busy 2-core machine needs more than the default 5 s.
        test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], testTimeout: 60_000 },
      },
    ],
  },
});
