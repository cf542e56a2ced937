/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyPlugin } from './build/csp-plugin.ts';

// `base: './'` makes every asset URL relative, so the built page works under any path
// (for example GitHub Pages' /eventbridge-designer/) without a rebuild.
// Built pages carry a Content-Security-Policy <meta> tag (build/csp-plugin.ts); dev mode does not.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicyPlugin()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
  },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    // The corpus and property tests do real work (hundreds of templates); on a busy 2-core CI machine
    // 5 s is too tight for them. Speed is measured by `npm run bench`, not by timeouts.
    testTimeout: 30_000,
  },
});
