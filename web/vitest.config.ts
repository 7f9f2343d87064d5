import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/** Unit tests of web/ (pure modules: chart options, CSV, URL state); browser tests live in test/. */
export default defineConfig({
  plugins: [sveltekit()],
  test: {
    name: 'web-unit',
    include: ['src/**/*.test.ts'],
  },
});
