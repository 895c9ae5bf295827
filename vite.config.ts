import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';

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

export default defineConfig({
  plugins: [
    svelte(),
    preloadMapLibre(),
    VitePWA({
      strategies: 'generateSW',
      // Registered by src/pwa.ts, a plain module: no inline script, so a strict CSP holds.
      injectRegister: null,
      registerType: 'autoUpdate',
      manifest: {
        name: 'Baltic Defence Atlas',
        short_name: 'Defence Atlas',
        description:
          "A map explorer of Latvia's and Lithuania's defence cooperation in NATO, every fact cited to its source passage.",
        lang: 'en',
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
        // The app shell, MapLibre and its worker, the fonts, the icons, the fact base, the source
        // documents and the first-load basemap: everything a repeat visit needs offline (the plugin
        // adds the manifest and its icons).
        globPatterns: [
          '**/*.{html,js,mjs,css,woff2,svg}',
          'generated/factbase.json',
          'generated/docs/*.txt',
          'generated/basemap/*.lite.geojson',
          'generated/basemap/labels.geojson',
        ],
        globIgnores: ['screenshot-*.png'],
        // MapLibre's main chunk is 1.1 MB.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            // The fine (10m) coastlines are 3.6 MB: cached the first time a zoom needs them.
            urlPattern: /\/generated\/basemap\/[^/]+\.fine\.geojson$/,
            handler: 'CacheFirst',
            options: { cacheName: 'basemap-fine', expiration: { maxEntries: 10 } },
          },
        ],
      },
    }),
  ],
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
