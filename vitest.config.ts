import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Reliability tests run the built CLI and take minutes: `npm run test:reliability` (part of `npm test`).
    exclude: ['tests/reliability/**', '**/node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // End-to-end tests each start a sandbox, a feed server and a bot: keep them from starving each other on 2 cores.
    maxWorkers: 2,
  },
});
