/**
 * Offline repeat visits: registers the service worker that vite-plugin-pwa generates (workbox,
 * see vite.config.ts), in production builds only. It waits for the map's first idle and five
 * seconds more (see schedule.ts): precaching fetches megabytes on another thread, which held back a
 * click made the moment the map appeared (the bench's click-to-details figure). A page whose map can't start still registers after ten seconds. A plain module, no
 * inline script: the page's CSP stays strict.
 */
import { afterMapIdle } from './schedule.ts';

const AFTER_IDLE_MS = 5000;

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  afterMapIdle(
    () => {
      navigator.serviceWorker
        .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
        .catch((error: unknown) => console.warn('The offline copy could not be set up:', error));
    },
    { delayMs: AFTER_IDLE_MS },
  );
}
