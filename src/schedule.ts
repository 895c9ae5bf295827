/**
 * A turn at background priority: it comes at once while the page waits on the network, and
 * after any more urgent task (a map frame, a tile from MapLibre's worker, a click) otherwise.
 * https://developer.mozilla.org/docs/Web/API/Scheduler/postTask
 */
interface PostTaskScheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>;
}

export function backgroundTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => {}, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}
