/**
 * A fact as a citation someone can paste: the statement, each quoted passage with its source,
 * and a link that reopens the explorer at that passage. Pure, so the wording is tested once.
 */
import type { Atlas, Fact } from '../data/atlas.ts';
import { formatDate } from '../format.ts';
import { factFocus } from '../search/focus.ts';
import { formatHash } from '../state/url.ts';

/**
 * What a source line needs of a document, and the dates it may carry under the names the data
 * audit proposes: a partial ISO date ("2018", "2018-03-29") or a range that starts with one.
 */
export interface CitedDocument {
  title: string;
  publisher: string;
  published?: unknown;
  retrieved?: unknown;
}

function readDate(value: unknown): string | undefined {
  const start =
    typeof value === 'object' && value !== null && 'start' in value ? value.start : value;
  return typeof start === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(start)
    ? formatDate(start)
    : undefined;
}

/** Its publication date, else the day it was retrieved; undefined while the data has neither. */
export function documentDate(doc: CitedDocument): string | undefined {
  const published = readDate(doc.published);
  if (published !== undefined) return published;
  const retrieved = readDate(doc.retrieved);
  return retrieved === undefined ? undefined : `retrieved ${retrieved}`;
}

/** "Publisher, “Title”, 2018": the source under a quote, on screen, on paper and when copied. */
export function sourceLine(doc: CitedDocument): string {
  const date = documentDate(doc);
  return `${doc.publisher}, “${doc.title}”${date === undefined ? '' : `, ${date}`}`;
}

/** `page#sel=<entity>&doc=<doc>&fact=<id>`: the fact's place selected, its first source open at it. */
export function factLink(atlas: Atlas, fact: Fact, page: string): string {
  const base = page.replace(/#.*$/, '');
  const doc = fact.evidence[0]?.doc;
  return (
    base +
    formatHash({
      selected: factFocus(atlas, fact),
      ...(doc === undefined ? {} : { doc }),
      fact: fact.id,
    })
  );
}

export function citationText(atlas: Atlas, fact: Fact, page: string): string {
  const lines = [fact.statement];
  for (const evidence of fact.evidence) {
    const doc = atlas.documents.get(evidence.doc);
    lines.push(`“${evidence.quote}”`);
    lines.push(`— ${doc ? sourceLine(doc) : evidence.doc}`);
  }
  lines.push(factLink(atlas, fact, page));
  return lines.join('\n');
}
