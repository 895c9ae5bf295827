/**
 * The explorer's search: places and countries (by name and every gazetteer variant, by what they
 * are and where), facts (by statement and quoted passages, the names of what they are about,
 * their topic and years) and documents (by title), in one MiniSearch index. Words are folded on
 * both sides by the folding mention finding uses (data/factbase/fold.ts), so "Siauliai" finds
 * Šiauliai and "Lielvarde" Lielvārde, and lightly stemmed (./terms.ts), so "joined" meets
 * "accession"; the gazetteer's variants make "Kiev" find Kyiv. A place is indexed by the names of
 * the layers that draw it (src/layers/; their names in the interface's language, their other
 * names in English), so a layer's word ("battlegroup") lists its places, and by its Latvian and
 * Lithuanian names when they are given (data/names.ts), whatever the interface's language:
 * "Viļņa" and "Vokietija" find Vilnius and Germany. Result kinds and hints are in the interface's
 * language too, read when a search is made.
 * Pure: no DOM, tested against the real fact base.
 *
 * Loaded on first use (src/panels/Search.svelte imports it dynamically): MiniSearch and this module
 * are a chunk of their own, so a page load that never searches doesn't fetch them.
 */
import MiniSearch from 'minisearch';
import { foldText } from '../../data/factbase/fold.ts';
import { otherSpellings } from '../../data/name-lookup.ts';
import type { Names } from '../../data/names.ts';
import type { DateRange } from '../../data/schema.ts';
import type { Atlas, Entity, Fact } from '../data/atlas.ts';
import { statementOf, t } from '../i18n/i18n.svelte.ts';
import { LAYERS } from '../layers/index.ts';
import { factFocus } from './focus.ts';
import { parseQuery, termForms, tokenize, type ParsedQuery } from './terms.ts';

export type SearchKind = 'place' | 'fact' | 'document';

export interface SearchHit {
  kind: SearchKind;
  /** The entity, fact or document id. */
  id: string;
  /** What the option shows first: a name, a statement or a title. */
  label: string;
  /** One word for what it is, in the interface's language: Place, Country, Organisation, Fact… */
  tag: string;
  /** A second line: what kind of place, the fact's date, the publisher; or the variant matched. */
  detail: string;
  score: number;
}

/** Every field any record has; each record fills the ones it has. */
interface IndexedRecord {
  key: string;
  /** A place's name and its other spellings. */
  name?: string;
  variants?: string;
  /** What a place is: its gazetteer kinds, and the names of the layers that draw it. */
  kind?: string;
  /** The country a place is in, and the places and countries the layers tie it to. */
  country?: string;
  ties?: string;
  /** A fact's statement and quoted passages, the names of what it is about, topic and date. */
  text?: string;
  entities?: string;
  topic?: string;
  date?: string;
  /** A document's title. */
  title?: string;
}

/**
 * Names must win over passing mentions in fact text ("Ämari" is first the air base), and what a
 * place is over a fact that uses the word ("battlegroup" lists the battlegroups' camps first).
 */
const BOOST = {
  name: 8,
  variants: 5,
  kind: 4,
  title: 4,
  country: 2,
  ties: 1.5,
  text: 1,
  entities: 1.5,
  topic: 1,
  date: 2,
} as const;
const FIELDS = Object.keys(BOOST) as (keyof typeof BOOST)[];

/** How much more a fact counts when it is the kind of answer a question asks for. */
const ANSWER_BOOST = 1.5;
/** How much more a fact counts when a layer's features rest on it (a country's accession). */
const CITED_BOOST = 1.25;

/** One typo in five letters, for a word the index does not hold (./terms.ts decides which). */
const FUZZINESS = 0.2;

/** Every year a date range covers, so "2010" finds a fact of 2005–2013. */
function years(date: DateRange | undefined): string {
  if (date === undefined) return '';
  const from = Number(date.start.slice(0, 4));
  const to = date.end === undefined ? from : Number(date.end.slice(0, 4));
  return Array.from({ length: Math.min(to - from, 50) + 1 }, (_, i) => String(from + i)).join(' ');
}

/**
 * Latvian "un" and Lithuanian "ir" (and) inside a name ("Bosnija un Hercegovina"): left out of
 * what the index holds, so "UN" does not find Bosnia.
 */
const withoutConjunctions = (name: string) => name.replace(/ (?:un|ir) /g, ' ');

/** A name as typed, whatever its case, accents and punctuation: "camp adazi". */
const wholeName = (text: string) => tokenize(foldText(text).lower).join(' ');

interface Ranked {
  key: string;
  /** The best score of each query word's forms, by word. */
  scores: number[];
  /** The query words that name the record's kind or layer, by index. */
  layerWords: Set<number>;
}

export class SearchIndex {
  private readonly index: MiniSearch<IndexedRecord>;
  private readonly atlas: Atlas;
  /** Every term the index holds, to tell when two typed words are one ("battle group"). */
  private readonly vocabulary = new Set<string>();
  /** Per record: the facts about a place (ties go to the one the documents say more about). */
  private readonly prominence = new Map<string, number>();
  /** Terms that are by themselves an entity's name or variant ("NATO", "Kiev"). */
  private readonly nameTerms = new Set<string>();
  /** Each name and variant, folded, to the places that have it: a whole name typed wins. */
  private readonly wholeNames = new Map<string, string[]>();
  /** The facts the layers' features cite: what the map itself rests on. */
  private readonly cited: ReadonlySet<string>;

  /** A country's or place's names in the other languages, by id. */
  private readonly otherNames: (id: string) => string[];
  /** The same as the index holds them. */
  private readonly indexedOtherNames: (id: string) => string[];

  constructor(atlas: Atlas, names: Names | null = null) {
    this.atlas = atlas;
    this.otherNames = (id) => (names === null ? [] : otherSpellings(names, id));
    this.indexedOtherNames = (id) => this.otherNames(id).map(withoutConjunctions);
    this.cited = new Set(LAYERS.flatMap((layer) => layer.rows(atlas).flatMap((row) => row.facts)));
    const formsOf = new Map<string, string[]>();
    this.index = new MiniSearch<IndexedRecord>({
      idField: 'key',
      fields: FIELDS,
      tokenize,
      processTerm: (term) => {
        // Folding is the costly part of indexing, and the same words recur in every field.
        let forms = formsOf.get(term);
        if (forms === undefined) {
          forms = termForms(term);
          formsOf.set(term, forms);
          for (const form of forms) this.vocabulary.add(form);
        }
        return forms;
      },
      // Queries are parsed here (./terms.ts), so MiniSearch is given each form as it is.
      searchOptions: { boost: { ...BOOST }, tokenize: (term) => [term], processTerm: (t) => t },
    });
    // Each place's layers, by the words they go by: their names and the note of its list entry.
    const layerWords = new Map<string, string[]>();
    for (const layer of LAYERS) {
      for (const item of layer.items(atlas)) {
        const words = [layer.name, ...layer.alsoCalled, ...(item.note ? [item.note] : [])];
        layerWords.set(item.id, [...(layerWords.get(item.id) ?? []), ...words]);
      }
    }
    this.index.addAll([
      ...atlas.factBase.entities.map((e) => this.placeRecord(e, layerWords.get(e.id) ?? [])),
      ...atlas.factBase.facts.map((f) => this.factRecord(f)),
      ...atlas.factBase.documents.map((d) => ({ key: `document:${d.id}`, title: d.title })),
    ]);
    for (const e of atlas.factBase.entities) {
      this.prominence.set(`place:${e.id}`, atlas.factsAbout(e.id).length);
      for (const spelling of this.allSpellings(e)) {
        const words = tokenize(spelling);
        if (words.length === 1) for (const form of termForms(words[0]!)) this.nameTerms.add(form);
        const whole = wholeName(spelling);
        this.wholeNames.set(whole, [...(this.wholeNames.get(whole) ?? []), `place:${e.id}`]);
      }
    }
  }

  /** The gazetteer's name and variants, then the names in the other languages. */
  private allSpellings(entity: Entity): string[] {
    return [entity.name, ...entity.variants, ...this.otherNames(entity.id)];
  }

  private spellings(id: string): string {
    const entity = this.atlas.entity(id);
    return entity
      ? [entity.name, ...entity.variants, ...this.indexedOtherNames(id)].join(' · ')
      : '';
  }

  /** A place as its layers know it: by their names, and the places and countries they tie it to. */
  private placeRecord(entity: Entity, layerWords: readonly string[]): IndexedRecord {
    const atlas = this.atlas;
    const ties = new Set(atlas.relatedCountries(entity.id));
    for (const layer of LAYERS) for (const id of layer.related(atlas, entity.id)) ties.add(id);
    const country = entity.country !== entity.id ? entity.country : undefined;
    ties.delete(entity.id);
    if (country !== undefined) ties.delete(country);
    return {
      key: `place:${entity.id}`,
      name: entity.name,
      variants: [...entity.variants, ...this.indexedOtherNames(entity.id)].join(' · '),
      kind: [...entity.kinds, ...layerWords].join(' · '),
      country: country === undefined ? '' : this.spellings(country),
      ties: [...ties].map((id) => this.spellings(id)).join(' · '),
    };
  }

  private factRecord(fact: Fact): IndexedRecord {
    return {
      key: `fact:${fact.id}`,
      // The English statement, the one on screen when it is another language's, and the quotes.
      text: [
        ...new Set([fact.statement, statementOf(fact)]),
        ...fact.evidence.map((e) => e.quote),
      ].join(' '),
      entities: fact.entities.map((id) => this.spellings(id)).join(' · '),
      topic: fact.topic,
      date: years(fact.date),
    };
  }

  /**
   * Each query word is looked up on its own and counts once, by its best form (as typed or
   * stemmed). Results with more of the query's words come first (AND where something has them
   * all, OR where nothing does): so a place that matches one word by its layer and another by its
   * country ("battlegroup Lithuania": Rukla) outranks a passage that repeats one word, and a word
   * nothing has doesn't empty the list. Among those, a place whose whole name was typed ("NATO")
   * comes first, then places the query names the kind of ("operation") before one whose name
   * merely has the word; then the score, and last the place the documents say more about.
   */
  search(query: string, limit = 10): SearchHit[] {
    if (query.trim() === '') return [];
    const parsed = parseQuery(query, (term) => this.vocabulary.has(term));
    const ranked = new Map<string, Ranked>();
    parsed.words.forEach((word, w) => {
      // A word that is a whole name ("NATO") asks for that name, not for a layer that has it.
      const isName = word.forms.some((form) => this.nameTerms.has(form));
      word.forms.forEach((form, f) => {
        const typed = f === 0;
        const options = {
          prefix: typed && word.prefix,
          fuzzy: typed && word.fuzzy ? FUZZINESS : false,
        };
        for (const result of this.index.search(form, options)) {
          const key = String(result.id);
          let entry = ranked.get(key);
          if (entry === undefined) {
            entry = { key, scores: parsed.words.map(() => 0), layerWords: new Set() };
            ranked.set(key, entry);
          }
          entry.scores[w] = Math.max(entry.scores[w]!, result.score);
          const byKind = Object.values(result.match).some((fields) => fields.includes('kind'));
          if (byKind && !isName) entry.layerWords.add(w);
        }
      });
    });
    const named = new Set(this.wholeNames.get(wholeName(query)));
    const scored = [...ranked.values()].map((entry) => ({
      key: entry.key,
      words: entry.scores.filter((s) => s > 0).length,
      named: named.has(entry.key) ? 1 : 0,
      layerWords: entry.layerWords.size,
      score: entry.scores.reduce((a, b) => a + b, 0) * this.answerBoost(entry.key, parsed),
      prominence: this.prominence.get(entry.key) ?? 0,
    }));
    scored.sort(
      (a, b) =>
        b.words - a.words ||
        b.named - a.named ||
        b.layerWords - a.layerWords ||
        b.score - a.score ||
        b.prominence - a.prominence,
    );
    return scored.slice(0, limit).flatMap((r) => this.describe(r.key, r.score, query));
  }

  /**
   * A dated fact answers "when" and a year, a fact with figures "how many"; and a fact the map
   * rests on is more likely what is sought than a passing remark.
   */
  private answerBoost(key: string, parsed: ParsedQuery): number {
    if (!key.startsWith('fact:')) return 1;
    const fact = this.atlas.facts.get(key.slice('fact:'.length));
    let boost = this.cited.has(key.slice('fact:'.length)) ? CITED_BOOST : 1;
    if (parsed.wantsDate && fact?.date !== undefined) boost *= ANSWER_BOOST;
    if (parsed.wantsFigure && (fact?.figures?.length ?? 0) > 0) boost *= ANSWER_BOOST;
    return boost;
  }

  private describe(key: string, score: number, query: string): SearchHit[] {
    const at = key.indexOf(':');
    const kind = key.slice(0, at) as SearchKind;
    const id = key.slice(at + 1);
    const atlas = this.atlas;
    if (kind === 'place') {
      const entity = atlas.entity(id);
      if (!entity) return [];
      const tag = entity.kinds.includes('country')
        ? t('search.kindCountry')
        : entity.kinds.includes('organisation')
          ? t('search.kindOrganisation')
          : t('search.kindPlace');
      const where =
        entity.country && entity.country !== entity.id ? [atlas.name(entity.country)] : [];
      // Say which spelling matched when the name itself does not show it ("Kiev" → Kyiv).
      const folded = foldText(query).lower;
      // The name in the language on screen; the gazetteer's English one is then a variant too.
      const shown = atlas.name(id);
      const variant = foldText(shown).lower.includes(folded)
        ? undefined
        : [entity.name, ...entity.variants, ...this.otherNames(id)].find((v) =>
            foldText(v).lower.includes(folded),
          );
      return [
        {
          kind,
          id,
          label: shown,
          tag,
          detail: [...where, ...(variant ? [t('search.alsoSpelt', { variant })] : [])].join(' · '),
          score,
        },
      ];
    }
    if (kind === 'fact') {
      const fact = atlas.facts.get(id);
      if (!fact) return [];
      const place = atlas.name(factFocus(atlas, fact));
      return [
        {
          kind,
          id,
          label: statementOf(fact),
          tag: t('search.kindFact'),
          detail: fact.date
            ? t('search.factAboutYear', { place, year: fact.date.start.slice(0, 4) })
            : t('search.factAbout', { place }),
          score,
        },
      ];
    }
    const doc = atlas.documents.get(id);
    if (!doc) return [];
    return [
      { kind, id, label: doc.title, tag: t('search.kindDocument'), detail: doc.publisher, score },
    ];
  }
}
