/**
 * A fact as a citation someone can paste: the statement, each quoted passage with its source,
 * and a link that reopens the explorer at that passage, in the language on screen (the quotes
 * stay verbatim). Pure but for reading that language, so the wording is tested once.
 */
import type { Atlas, Fact } from '../data/atlas.ts';
import type { DocumentMeta } from '../../data/schema.ts';
import { documentDateText, factTimeText } from '../format.ts';
import { statementOf, t, ui } from '../i18n/i18n.svelte.ts';
import { factFocus } from '../search/focus.ts';
import { formatHash } from '../state/url.ts';

/** What a source line needs of a document. */
export type CitedDocument = Pick<DocumentMeta, 'title' | 'publisher' | 'date' | 'retrieved'>;

/**
 * "Publisher, “Title” (Published 2018; retrieved by …)": the source under a quote, on screen, on
 * paper and when copied.
 */
export function sourceLine(doc: CitedDocument): string {
  return t('format.sourceLine', {
    publisher: doc.publisher,
    title: doc.title,
    date: documentDateText(doc),
  });
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
      ...(ui.locale === 'en' ? {} : { lang: ui.locale }),
    })
  );
}

export function citationText(atlas: Atlas, fact: Fact, page: string): string {
  const when = factTimeText(fact, atlas.factAsOf(fact));
  const statement = statementOf(fact);
  const lines = [when === undefined ? statement : `${statement} (${when})`];
  for (const evidence of fact.evidence) {
    const doc = atlas.documents.get(evidence.doc);
    lines.push(t('format.quoted', { text: evidence.quote }));
    lines.push(`— ${doc ? sourceLine(doc) : evidence.doc}`);
  }
  lines.push(factLink(atlas, fact, page));
  return lines.join('\n');
}
