/**
 * The explorer's search: places and countries (by name and every gazetteer variant), facts (by
 * statement and quoted passages) and documents (by title), in one MiniSearch index. Terms are
 * folded on both sides, by the folding mention finding uses (data/factbase/fold.ts), so "Siauliai"
 * finds Šiauliai and "Lielvarde" finds Lielvārde; the gazetteer's variants make "Kiev" find Kyiv.
 * Pure: no DOM, tested against the real fact base.
 *
 * Loaded on first use (src/panels/Search.svelte imports it dynamically): MiniSearch and this module
 * are a chunk of their own, so a page load that never searches doesn't fetch them.
 */
import MiniSearch, { type SearchResult as MiniSearchResult } from 'minisearch';
import { foldText } from '../../data/factbase/fold.ts';
import type { Atlas } from '../data/atlas.ts';
import { factFocus } from './focus.ts';

export type SearchKind = 'place' | 'fact' | 'document';

export interface SearchHit {
  kind: SearchKind;
  /** The entity, fact or document id. */
  id: string;
  /** What the option shows first: a name, a statement or a title. */
  label: string;
  /** One word for what it is: Place, Country, Organisation, Fact, Document. */
  tag: string;
  /** A second line: what kind of place, the fact's date, the publisher; or the variant matched. */
  detail: string;
  score: number;
}

interface IndexedRecord {
  key: string;
  name: string;
  variants: string;
  title: string;
  text: string;
}

/** Names must win over passing mentions in fact text: "Ämari" is first the air base. */
const BOOST = { name: 8, variants: 5, title: 4, text: 1 } as const;

/** Fuzzy matching only once a word is long enough that one typo can't make it another word. */
function fuzziness(term: string): number | false {
  return term.length >= 5 ? 0.2 : false;
}

export class SearchIndex {
  private readonly index: MiniSearch<IndexedRecord>;
  private readonly atlas: Atlas;

  constructor(atlas: Atlas) {
    this.atlas = atlas;
    this.index = new MiniSearch<IndexedRecord>({
      idField: 'key',
      fields: ['name', 'variants', 'title', 'text'],
      processTerm: (term) => foldText(term).lower || null,
      searchOptions: { boost: { ...BOOST } },
    });
    const records: IndexedRecord[] = [
      ...atlas.factBase.entities.map((e) => ({
        key: `place:${e.id}`,
        name: e.name,
        variants: e.variants.join(' · '),
        title: '',
        text: '',
      })),
      ...atlas.factBase.facts.map((f) => ({
        key: `fact:${f.id}`,
        name: '',
        variants: '',
        title: '',
        text: [f.statement, ...f.evidence.map((e) => e.quote)].join(' '),
      })),
      ...atlas.factBase.documents.map((d) => ({
        key: `document:${d.id}`,
        name: '',
        variants: '',
        title: d.title,
        text: '',
      })),
    ];
    this.index.addAll(records);
  }

  /**
   * Every word must match (the last one as a prefix, as it is still being typed); if that finds
   * nothing, any word may.
   */
  search(query: string, limit = 10): SearchHit[] {
    const trimmed = query.trim();
    if (trimmed === '') return [];
    const options = {
      prefix: (_term: string, i: number, terms: string[]) => i === terms.length - 1,
      fuzzy: fuzziness,
    };
    let results = this.index.search(trimmed, { ...options, combineWith: 'AND' });
    if (results.length === 0) results = this.index.search(trimmed, options);
    return results.slice(0, limit).flatMap((r) => this.describe(r, trimmed));
  }

  private describe(result: MiniSearchResult, query: string): SearchHit[] {
    const key = String(result.id);
    const at = key.indexOf(':');
    const kind = key.slice(0, at) as SearchKind;
    const id = key.slice(at + 1);
    const score = result.score;
    const atlas = this.atlas;
    if (kind === 'place') {
      const entity = atlas.entity(id);
      if (!entity) return [];
      const tag = entity.kinds.includes('country')
        ? 'Country'
        : entity.kinds.includes('organisation')
          ? 'Organisation'
          : 'Place';
      const where =
        entity.country && entity.country !== entity.id ? [atlas.name(entity.country)] : [];
      // Say which spelling matched when the name itself does not show it ("Kiev" → Kyiv).
      const folded = foldText(query).lower;
      const variant = foldText(entity.name).lower.includes(folded)
        ? undefined
        : entity.variants.find((v) => foldText(v).lower.includes(folded));
      return [
        {
          kind,
          id,
          label: entity.name,
          tag,
          detail: [...where, ...(variant ? [`also "${variant}"`] : [])].join(' · '),
          score,
        },
      ];
    }
    if (kind === 'fact') {
      const fact = atlas.facts.get(id);
      if (!fact) return [];
      const date = fact.date ? ` · ${fact.date.start.slice(0, 4)}` : '';
      return [
        {
          kind,
          id,
          label: fact.statement,
          tag: 'Fact',
          detail: `About ${atlas.name(factFocus(atlas, fact))}${date}`,
          score,
        },
      ];
    }
    const doc = atlas.documents.get(id);
    if (!doc) return [];
    return [{ kind, id, label: doc.title, tag: 'Document', detail: doc.publisher, score }];
  }
}
