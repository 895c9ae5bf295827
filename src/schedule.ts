/**
 * When work runs that the page does not need this instant. One module for every such choice, so
 * the order of a first load and of a click can be read in one place.
 */

interface PostTaskScheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>;
}

/** A turn of the event loop: what is already queued (a tap, a frame) runs before what follows. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A turn at background priority: it comes at once while the page waits on the network, and
 * after any more urgent task (a map frame, a tile from MapLibre's worker, a click) otherwise.
 * https://developer.mozilla.org/docs/Web/API/Scheduler/postTask
 */
export function backgroundTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => {}, { priority: 'background' });
  return nextTurn();
}

/**
 * Runs `task` once the next frame is on screen: a requestAnimationFrame callback runs just before
 * the frame is painted, and a task queued from it runs after. For work that must not hold back
 * what a click shows (the click-to-details figure of npm run bench).
 * Returns a function that cancels it, for an effect's teardown. A hidden page paints no frames,
 * so there the task simply runs as the next task.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (document.visibilityState === 'hidden') {
    timer = setTimeout(task);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

export interface AfterMapIdleOptions {
  /** When the map never idles (no WebGL, an error), run after this many ms all the same. */
  fallbackMs?: number;
  /** Put it off this many ms more after the idle. */
  delayMs?: number;
}

/**
 * Runs work that the first view does not need (the offline copy) once the map
 * is first idle (its `map-idle` mark) and then the browser has a quiet moment, so it competes
 * neither with the first load nor with a click that comes the moment the map appears.
 */
export function afterMapIdle(
  run: () => void,
  { fallbackMs = 10_000, delayMs = 0 }: AfterMapIdleOptions = {},
): void {
  let done = false;
  const whenQuiet = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
    else setTimeout(run, 0);
  };
  const once = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
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
