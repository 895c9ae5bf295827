/**
 * Runs work that the first view does not need (the offline copy, the semibold face) once the map
 * is first idle and then the browser has a quiet moment, so it competes neither with the first
 * load nor with a click that comes the moment the map appears. A page whose map never idles (no
 * WebGL, an error) runs it after `fallbackMs`. `delayMs` puts it off further after the idle.
 */
export function afterMapIdle(run: () => void, fallbackMs = 10_000, delayMs = 0): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    const whenQuiet = () => {
      if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
      else setTimeout(run, 0);
    };
    if (delayMs > 0) setTimeout(whenQuiet, delayMs);
    else whenQuiet();
  };
  let observer: PerformanceObserver | undefined;
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('map-idle').length > 0) once();
    });
    observer.observe({ type: 'mark', buffered: true });
  } catch {
    // No PerformanceObserver for marks: the timer runs it.
  }
  const timer = setTimeout(once, fallbackMs);
}
