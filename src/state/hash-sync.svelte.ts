/**
 * The one owner of the URL hash. Reads it at start and on Back, Forward or a hand edit; writes
 * it when the explorer's state changes: a new selection or document is a history entry (Back
 * steps through selections), a pan, zoom, layer toggle or year change only replaces the current one.
 */
import { untrack } from 'svelte';
import type { Explorer } from './explorer.svelte.ts';
import { parseHash, type HashVocabulary } from './url.ts';

/** Starts syncing; returns the function that stops it. */
export function syncHash(
  explorer: Explorer,
  vocabulary: HashVocabulary,
  report: (ignored: string[]) => void,
): () => void {
  let lastEntryKey: string | undefined;

  const read = () => {
    const parsed = parseHash(location.hash, vocabulary);
    explorer.apply(parsed.state);
    lastEntryKey = explorer.historyKey;
    report(parsed.ignored);
  };

  return $effect.root(() => {
    $effect(() => {
      // Reading applies state; untracked, so the explorer's later changes don't re-read the old hash.
      untrack(read);
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
      if (hash === location.hash || (hash === '' && location.hash === '')) return;
      const url = hash === '' ? location.pathname + location.search : hash;
      if (key !== lastEntryKey) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
      lastEntryKey = key;
    });
  });
}
