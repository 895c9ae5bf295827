/**
 * Every rule that ties one record of the fact base to another, as one table: which field names a
 * record (and must be unique), and which fields name an entity, a fact or a document. The build
 * fails on the first broken rule; the browser's reader drops the records that break one.
 */
import * as v from 'valibot';
import {
  AirPolicingBaseSchema,
  BattlegroupSchema,
  EntitySchema,
  FactSchema,
  GeneratedDocumentSchema,
  InstitutionSchema,
  MemberSchema,
  MentionSchema,
  OperationSchema,
  ResidenceSchema,
  SummitSchema,
} from '../schema.ts';
import type { FactBase, Kind, Source, Span } from '../schema.ts';
import { spanSources } from '../spans.ts';
import { dataError } from './errors.ts';
import type { DataError } from './errors.ts';
import type { DataFileKey } from './files.ts';

/** The fact base's lists of records. */
export type Collection = Exclude<keyof FactBase, 'generated' | 'references'>;
type RecordOf<C extends Collection> = FactBase[C][number];

/** What a reference must name: an entity of one kind, an entity of any kind, a fact or a document. */
type Target = Kind | 'entity' | 'fact' | 'document';

interface Reference<R> {
  /** The field as messages name it; `[]` stands for each index of a list. */
  field: string;
  ids: (record: R) => string | readonly string[] | undefined;
  to: Target;
}

const factOf = (source: Source | undefined): string | undefined =>
  source !== undefined && 'fact' in source ? source.fact : undefined;

const spanFacts = (span: Span): string[] =>
  spanSources(span).flatMap((source) => factOf(source) ?? []);

const asOfDocument = (span: Span): string | undefined =>
  'asOf' in span.start ? span.start.asOf : undefined;

/** The fields of a record that always hold a string, so one of them can name it. */
type NameField<R> = {
  [F in keyof R]-?: undefined extends R[F] ? never : R[F] extends string ? F : never;
}[keyof R];

interface CollectionRules<R> {
  /** What one record is called in messages. */
  label: string;
  /** The hand-written file the records come from (mentions are found in the documents). */
  source: DataFileKey;
  schema: v.GenericSchema<unknown, R>;
  /** The field that names a record; no two records share it. Mentions are named by position. */
  key?: NameField<R>;
  /** Another collection whose keys these must not repeat either: summits and institutions. */
  sharesKeysWith?: Collection;
  references: ReadonlyArray<Reference<R>>;
}

const RULES: { [C in Collection]: CollectionRules<RecordOf<C>> } = {
  documents: {
    label: 'document',
    source: 'documents',
    schema: GeneratedDocumentSchema,
    key: 'id',
    references: [{ field: 'country', ids: (d) => d.country, to: 'country' }],
  },
  entities: {
    label: 'entity',
    source: 'gazetteer',
    schema: EntitySchema,
    key: 'id',
    references: [{ field: 'country', ids: (e) => e.country, to: 'country' }],
  },
  facts: {
    label: 'fact',
    source: 'facts',
    schema: FactSchema,
    key: 'id',
    references: [
      { field: 'entities[]', ids: (f) => f.entities, to: 'entity' },
      { field: 'evidence[].doc', ids: (f) => f.evidence.map((e) => e.doc), to: 'document' },
    ],
  },
  members: {
    label: 'member',
    source: 'members',
    schema: MemberSchema,
    key: 'country',
    references: [
      { field: 'country', ids: (m) => m.country, to: 'country' },
      { field: 'facts[]', ids: (m) => m.facts, to: 'fact' },
    ],
  },
  efp: {
    label: 'battlegroup',
    source: 'efp',
    schema: BattlegroupSchema,
    key: 'id',
    references: [
      { field: 'host', ids: (b) => b.host, to: 'country' },
      { field: 'site', ids: (b) => b.site, to: 'efp-site' },
      { field: 'lead', ids: (b) => b.lead, to: 'country' },
      { field: 'leadSource.fact', ids: (b) => factOf(b.leadSource), to: 'fact' },
      { field: 'contributorsSource.fact', ids: (b) => factOf(b.contributorsSource), to: 'fact' },
      { field: 'contributors[]', ids: (b) => b.contributors, to: 'country' },
      { field: 'facts[]', ids: (b) => b.facts, to: 'fact' },
      { field: 'span source', ids: (b) => spanFacts(b.span), to: 'fact' },
      { field: 'span.start.asOf', ids: (b) => asOfDocument(b.span), to: 'document' },
    ],
  },
  attaches: {
    label: 'residence',
    source: 'attaches',
    schema: ResidenceSchema,
    key: 'city',
    references: [
      { field: 'city', ids: (r) => r.city, to: 'attache-residence' },
      { field: 'countries[]', ids: (r) => r.countries, to: 'country' },
      { field: 'facts[]', ids: (r) => r.facts, to: 'fact' },
      { field: 'span source', ids: (r) => spanFacts(r.span), to: 'fact' },
      { field: 'span.start.asOf', ids: (r) => asOfDocument(r.span), to: 'document' },
    ],
  },
  airPolicing: {
    label: 'base',
    source: 'airPolicing',
    schema: AirPolicingBaseSchema,
    key: 'base',
    references: [
      { field: 'base', ids: (b) => b.base, to: 'air-base' },
      { field: 'host', ids: (b) => b.host, to: 'country' },
      { field: 'roleSource.fact', ids: (b) => factOf(b.roleSource), to: 'fact' },
      { field: 'facts[]', ids: (b) => b.facts, to: 'fact' },
      { field: 'span source', ids: (b) => spanFacts(b.span), to: 'fact' },
      { field: 'span.start.asOf', ids: (b) => asOfDocument(b.span), to: 'document' },
    ],
  },
  operations: {
    label: 'operation',
    source: 'operations',
    schema: OperationSchema,
    key: 'id',
    references: [
      { field: 'place', ids: (o) => o.place, to: 'entity' },
      { field: 'organisation', ids: (o) => o.organisation, to: 'organisation' },
      { field: 'participants[]', ids: (o) => o.participants, to: 'country' },
      { field: 'facts[]', ids: (o) => o.facts, to: 'fact' },
      { field: 'span source', ids: (o) => spanFacts(o.span), to: 'fact' },
      { field: 'span.start.asOf', ids: (o) => asOfDocument(o.span), to: 'document' },
    ],
  },
  summits: {
    label: 'summit',
    source: 'summits',
    schema: SummitSchema,
    key: 'id',
    references: [
      { field: 'place', ids: (s) => s.place, to: 'summit-venue' },
      { field: 'facts[]', ids: (s) => s.facts, to: 'fact' },
      { field: 'span source', ids: (s) => spanFacts(s.span), to: 'fact' },
      { field: 'span.start.asOf', ids: (s) => asOfDocument(s.span), to: 'document' },
    ],
  },
  institutions: {
    label: 'institution',
    source: 'summits',
    schema: InstitutionSchema,
    key: 'id',
    sharesKeysWith: 'summits',
    references: [
      { field: 'entity', ids: (i) => i.entity, to: 'nato-institution' },
      { field: 'place', ids: (i) => i.place, to: 'entity' },
      { field: 'facts[]', ids: (i) => i.facts, to: 'fact' },
      { field: 'span source', ids: (i) => spanFacts(i.span), to: 'fact' },
      { field: 'span.start.asOf', ids: (i) => asOfDocument(i.span), to: 'document' },
    ],
  },
  mentions: {
    label: 'mention',
    source: 'documents',
    schema: MentionSchema,
    references: [
      { field: 'entity', ids: (m) => m.entity, to: 'entity' },
      { field: 'doc', ids: (m) => m.doc, to: 'document' },
    ],
  },
};

/** Every collection, in the order the fact base lists them (and checks run). */
export const COLLECTIONS = Object.keys(RULES) as Collection[];

export function labelOf(collection: Collection): string {
  return RULES[collection].label;
}

export function sourceOf(collection: Collection): DataFileKey {
  return RULES[collection].source;
}

export function schemaOf<C extends Collection>(
  collection: C,
): v.GenericSchema<unknown, RecordOf<C>> {
  return RULES[collection].schema;
}

/** A record's name in messages: its key, or `#index` where it has none (or not a readable one). */
export function nameOf(collection: Collection, record: unknown, index: number): string {
  const key = RULES[collection].key;
  if (key !== undefined && typeof record === 'object' && record !== null) {
    const name: unknown = (record as Record<string, unknown>)[key];
    if (typeof name === 'string') return name;
  }
  return `#${index}`;
}

/** A rule one record breaks. */
export interface RecordProblem {
  collection: Collection;
  /** The record's position in its collection. */
  index: number;
  /** The field as messages name it, e.g. `contributors[2]`. */
  field: string;
  /** What is wrong, e.g. `unknown entity "atlantis"`. */
  problem: string;
  /** For a broken reference, what it names: the collection it should be in, and the id. */
  names?: { collection: Collection; id: string };
}

/** Records whose key an earlier record of the same collection (or its shared one) already has. */
export function duplicateKeys(base: FactBase): RecordProblem[] {
  const seen = new Map<Collection, Set<string>>();
  return COLLECTIONS.flatMap((collection) => {
    const key = RULES[collection].key;
    if (key === undefined) return [];
    const space = RULES[collection].sharesKeysWith ?? collection;
    const keys = seen.get(space) ?? new Set<string>();
    seen.set(space, keys);
    return base[collection].flatMap((record, index): RecordProblem[] => {
      const name = nameOf(collection, record, index);
      if (!keys.has(name)) {
        keys.add(name);
        return [];
      }
      return [{ collection, index, field: key, problem: `duplicate ${key} "${name}"` }];
    });
  });
}

/** Where the record a reference names is looked for. */
function collectionOf(to: Target): Collection {
  return to === 'fact' ? 'facts' : to === 'document' ? 'documents' : 'entities';
}

/** Every reference in the fact base that names no record, or an entity of the wrong kind. */
export function brokenReferences(base: FactBase): RecordProblem[] {
  const kindsOf = new Map(base.entities.map((e) => [e.id, e.kinds]));
  const factIds = new Set(base.facts.map((f) => f.id));
  const documentIds = new Set(base.documents.map((d) => d.id));
  const problemWith = (id: string, to: Target): string | undefined => {
    if (to === 'fact') return factIds.has(id) ? undefined : `unknown fact "${id}"`;
    if (to === 'document') return documentIds.has(id) ? undefined : `unknown document "${id}"`;
    const kinds = kindsOf.get(id);
    if (to === 'entity') return kinds !== undefined ? undefined : `unknown entity "${id}"`;
    if (kinds === undefined) return `unknown gazetteer id "${id}"`;
    return kinds.includes(to) ? undefined : `"${id}" is not of kind ${to}`;
  };
  return COLLECTIONS.flatMap((collection) => referenceProblems(base, collection, problemWith));
}

function referenceProblems<C extends Collection>(
  base: FactBase,
  collection: C,
  problemWith: (id: string, to: Target) => string | undefined,
): RecordProblem[] {
  const records: ReadonlyArray<RecordOf<C>> = base[collection];
  const rules: CollectionRules<RecordOf<C>> = RULES[collection];
  return records.flatMap((record, index) =>
    rules.references.flatMap(({ field, ids, to }) => {
      const named = ids(record);
      if (named === undefined) return [];
      const list = typeof named === 'string' ? [named] : named;
      return list.flatMap((id, i): RecordProblem[] => {
        const problem = problemWith(id, to);
        if (problem === undefined) return [];
        return [
          {
            collection,
            index,
            field: typeof named === 'string' ? field : field.replace('[]', `[${i}]`),
            problem,
            names: { collection: collectionOf(to), id },
          },
        ];
      });
    }),
  );
}

/** A problem as the error the build and the strict reader throw: file, record, field, message. */
export function problemError(file: string, base: FactBase, problem: RecordProblem): DataError {
  const { collection, index, field } = problem;
  const name = nameOf(collection, base[collection][index], index);
  return dataError(file, labelOf(collection), name, field, problem.problem);
}
