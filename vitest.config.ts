import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Rendering every launch edition and the property tests take a few seconds on 2 cores.
    testTimeout: 30_000,
    allowOnly: !process.env.CI,
  },
});
