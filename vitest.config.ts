import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/helpers/fast-check-seed.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { NO_COLOR: '1', TZ: 'Asia/Shanghai' },
  },
});
