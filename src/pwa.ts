/**
 * Offline repeat visits: registers the service worker that vite-plugin-pwa generates (workbox,
 * see vite.config.ts), in production builds only. It waits for the map's first idle (the
 * `map-idle` mark) so precaching never competes with the first load; a page whose map can't start
 * still registers after ten seconds. A plain module, no inline script: the page's CSP stays strict.
 */
const FALLBACK_MS = 10_000;

function afterMapIdle(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    run();
  };
  let observer: PerformanceObserver | undefined;
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('map-idle').length > 0) once();
    });
    observer.observe({ type: 'mark', buffered: true });
  } catch {
    // No PerformanceObserver for marks: the timer registers.
  }
  const timer = setTimeout(once, FALLBACK_MS);
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  afterMapIdle(() => {
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
      .catch((error: unknown) => console.warn('The offline copy could not be set up:', error));
  });
}
