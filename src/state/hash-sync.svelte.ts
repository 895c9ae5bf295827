/**
 * The one owner of the URL hash. Reads it at start and on Back, Forward or a hand edit; writes
 * it when the explorer's state changes, a frame later: a new selection or document is a history
 * entry (Back steps through selections), a pan, zoom, layer toggle or year change only replaces the
 * current one. The embed layout only ever replaces it.
 */
import { untrack } from 'svelte';
import { afterNextPaint } from '../schedule.ts';
import type { Explorer } from './explorer.svelte.ts';
import { parseHash, type HashVocabulary, type IgnoredPart } from './url.ts';

/**
 * Starts syncing; returns the function that stops it. `startHash` is the hash the page opened
 * with, read once by the page: its view is already applied, the rest is applied here.
 */
export function syncHash(
  explorer: Explorer,
  vocabulary: HashVocabulary,
  startHash: string,
  report: (ignored: IgnoredPart[]) => void,
): () => void {
  let lastEntryKey: string | undefined;
  /** The hash the explorer's state stands for: read from the address bar or written to it. */
  let current: string | undefined;

  const urlFor = (hash: string) => (hash === '' ? location.pathname + location.search : hash);

  const apply = (hash: string, keepView: boolean) => {
    const parsed = parseHash(hash, vocabulary);
    explorer.apply(parsed.state, { keepView });
    lastEntryKey = explorer.historyKey;
    // The ignored parts leave the address bar at once, in place, so a copied link is clean.
    if (parsed.ignored.length > 0 && explorer.hash !== location.hash) {
      history.replaceState(null, '', urlFor(explorer.hash));
    }
    current = location.hash;
    report(parsed.ignored);
  };

  const read = () => {
    // A navigation to a new fragment fires both popstate and hashchange: read it once, and don't
    // mistake the clean hash written below for a new link (that would clear the notice).
    if (location.hash !== current) apply(location.hash, false);
  };

  return $effect.root(() => {
    $effect(() => {
      // Applying state is untracked, so the explorer's later changes don't apply the old hash again.
      untrack(() => apply(startHash, true));
      window.addEventListener('popstate', read);
      window.addEventListener('hashchange', read);
      return () => {
        window.removeEventListener('popstate', read);
        window.removeEventListener('hashchange', read);
      };
    });

    $effect(() => {
      const hash = explorer.hash;
      const key = explorer.historyKey;
      // Written once the frame that shows the change is on screen: pushState costs a few
      // milliseconds on a slow phone, in the very frame that answers a click. Changes
      // within one frame make one write (the effect's teardown cancels the earlier one).
      return afterNextPaint(() => {
        if (hash === location.hash || (hash === '' && location.hash === '')) return;
        const url = urlFor(hash);
        // In a frame, history is the host page's too: Back must leave the article, not step
        // back through the map's selections.
        if (key !== lastEntryKey && !explorer.embed) history.pushState(null, '', url);
        else history.replaceState(null, '', url);
        lastEntryKey = key;
        current = location.hash;
      });
    });
  });
}
