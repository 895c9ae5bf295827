import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    // MapLibre is one large module by design; everything else stays small (see npm run bench).
    chunkSizeWarningLimit: 1200,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});

// ---------------------------------------------------------------------------------------------
// Content-Security-Policy (issue 8)

/**
 * The policy the built page runs under: only its own files, no inline script or style, no eval,
 * nothing from the network beyond its origin. MapLibre's worker is a same-origin module file
 * (setWorkerUrl), so workers need no `blob:`; images may be `data:` (MapLibre's control icons in
 * its CSS) or `blob:` (MapLibre decodes images through object URLs). `frame-ancestors` is ignored
 * in a meta element, so it is not listed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Adds the policy as a meta element to the built index.html only: the dev server injects inline
 * scripts (its HMR client) and inline styles, which the policy would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    // Right after the charset, before any script or stylesheet the policy has to cover.
    transformIndexHtml(html) {
      const charset = /<meta charset="utf-8" \/>\n/i;
      if (!charset.test(html)) throw new Error('index.html lost its <meta charset="utf-8" />');
      return html.replace(
        charset,
        (line) =>
          `${line}    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />\n`,
      );
    },
  };
}
