import { defineConfig } from 'vitest/config';

// Unit tests import plain TypeScript modules (schemas, validator, helpers); no Astro runtime needed.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
