import { defineConfig } from 'vitest/config';

// tests/build/ builds sites with next build, which cannot run from the unit suite's standalone copy (its node_modules is a
// link out of the folder, which Turbopack refuses): `npm run test:build` runs them from the repository after `npm run build`.
const build = process.env.CHENBAO_SUITE === 'build';

export default defineConfig({
  test: {
    include: build ? ['tests/build/**/*.test.ts'] : ['tests/unit/**/*.test.ts'],
    // Rendering every launch edition and the property tests take a few seconds on 2 cores.
    testTimeout: 30_000,
    allowOnly: !process.env.CI,
    // Vitest leaves one core to itself (one worker on this 2-core machine); the unit tests mostly wait on the
    // browsers, PDF renderers and commands they start, so two files at a time finish a fifth sooner. The build tests
    // are one file.
    maxWorkers: 2,
  },
});
