import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { messagesPlugin } from './data/messages/vite-plugin.ts';
import { readCatalog } from './data/messages/catalog.ts';

/**
 * Starts fetching MapLibre's 1.1 MB chunk with the HTML instead of after the app's JavaScript has
 * run: the chunk is a dynamic import (src/map/create-map.ts), so Vite gives it no preload link of
 * its own, and its hashed name is only known here, at build time.
 *
 * Tried and left out: preloading the worker module (`modulepreload as=worker` is fetched as a
 * script, then the worker fetches it again) and the first basemap files (the worker's fetch can't
 * use the page's preload cache): the browser fetched each of them twice. The fact base is not
 * fetched at startup yet, so preloading it would only add bytes.
 */
function preloadMapLibre(): Plugin {
  let base = '/';
  return {
    name: 'baltic-atlas:preload-maplibre',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.keys(context.bundle ?? {}).find((file) =>
          /(^|\/)maplibre-gl-(?!worker)[\w-]+\.js$/.test(file),
        );
        if (!chunk) return [];
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

/**
 * Any page may frame the atlas (the embed layout, `embed=1`, is made for other sites' articles).
 * Sent as a policy of its own beside the page's: a page obeys every policy it is given, so this
 * one can allow framing and loosen nothing else. A host that serves dist/ must send the same
 * header (and no X-Frame-Options) for embeds to work.
 */
export const FRAME_ANCESTORS = 'frame-ancestors *';
const FRAMING_HEADERS = { 'Content-Security-Policy': FRAME_ANCESTORS };

const english = readCatalog('en');

/** `name_localized` and friends, from the same messages as the page's title. */
function localizedManifest(): Record<string, Record<string, string>> {
  const other = { lv: readCatalog('lv'), lt: readCatalog('lt') };
  const member = (key: string) =>
    Object.fromEntries(Object.entries(other).map(([lang, catalog]) => [lang, catalog[key] ?? '']));
  return {
    name_localized: member('app.title'),
    short_name_localized: member('app.shortTitle'),
    description_localized: member('app.description'),
  };
}

export default defineConfig({
  plugins: [
    // No svelte.config.js: the defaults serve, and the top level holds only what the design card names.
    svelte({ configFile: false }),
    messagesPlugin(),
    contentSecurityPolicy(),
    preloadMapLibre(),
    VitePWA({
      strategies: 'generateSW',
      // Registered by src/pwa.ts, a plain module: no inline script, so a strict CSP holds.
      injectRegister: null,
      registerType: 'autoUpdate',
      manifest: {
        name: english['app.title'],
        short_name: english['app.shortTitle'],
        description: english['app.description'],
        lang: 'en',
        // The manifest's localized members (W3C appmanifest, not yet in browsers; ignored until then).
        ...localizedManifest(),
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0b5cad',
        background_color: '#ffffff',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // The app shell, MapLibre and its worker, the fonts and label glyphs, the icons, the fact base, the source
        // documents and the first-load basemap: everything a repeat visit needs offline (the plugin
        // adds the manifest and its icons).
        globPatterns: [
          '**/*.{html,js,mjs,css,woff2,svg}',
          'generated/factbase.json',
          'generated/statements.*.json',
          'generated/docs/*.txt',
          'generated/basemap/*.topojson',
          'generated/points.geojson',
          'generated/links.geojson',
          'generated/names.json',
          'glyphs/**/*.pbf',
        ],
        globIgnores: ['screenshot-*.png'],
        // MapLibre's main chunk is 1.1 MB.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        // The basemap's tiles are kept by the page itself (src/map/tile-cache.ts), range by
        // range, so the service worker leaves the archive's requests to the network.
      },
    }),
  ],
  // MapLibre's worker with the basemap's protocols (src/map/maplibre-worker.ts): a module, named
  // for what it mostly is.
  worker: {
    format: 'es',
    rollupOptions: { output: { entryFileNames: 'assets/maplibre-gl-worker-atlas-[hash].js' } },
  },
  build: {
    target: 'es2022',
    // MapLibre is one large module by design; everything else stays small (see npm run bench).
    chunkSizeWarningLimit: 1200,
  },
  // The framing policy is a header because a meta element can't carry frame-ancestors; the same
  // on the dev server, so an embed can be tried there too.
  server: { headers: FRAMING_HEADERS },
  preview: { port: 4173, strictPort: true, headers: FRAMING_HEADERS },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});

// ---------------------------------------------------------------------------------------------
// Content-Security-Policy

/**
 * The policy the built page runs under: only its own files, no inline script or style, no eval,
 * nothing from the network beyond its origin. MapLibre's worker is a same-origin module file
 * (setWorkerUrl), so workers need no `blob:`; images may be `data:` (MapLibre's control icons in
 * its CSS) or `blob:` (MapLibre decodes images through object URLs). `frame-ancestors` is ignored
 * in a meta element, so it is not listed: it is FRAME_ANCESTORS, above, sent as a header.
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
