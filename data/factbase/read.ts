/**
 * Reading the generated `factbase.json`. The build scripts read it strictly (`parseFactBase`: any
 * problem throws); the browser reads it leniently (`readFactBase`): a broken record is dropped and
 * named, so one bad value does not take the whole explorer down.
 */
import * as v from 'valibot';
import { FactBaseSchema } from '../schema.ts';
import type { FactBase } from '../schema.ts';
import { DataError, describeIssue, validate } from './errors.ts';
import {
  COLLECTIONS,
  brokenReferences,
  duplicateKeys,
  labelOf,
  nameOf,
  problemError,
  schemaOf,
} from './references.ts';
import type { Collection, RecordProblem } from './references.ts';

const GENERATED_FILE = 'generated/factbase.json';

/** Validates fetched `factbase.json`; the message names what is wrong and where. */
export function parseFactBase(json: unknown): FactBase {
  const base = validate(FactBaseSchema, GENERATED_FILE, json);
  const [first] = [...duplicateKeys(base), ...brokenReferences(base)];
  if (first !== undefined) throw problemError(GENERATED_FILE, base, first);
  return base;
}

/** A record the lenient reader left out, and why. */
export interface DroppedRecord {
  /** The fact base's list it was in, e.g. `facts` or `efp`. */
  collection: Collection | 'references';
  /** Its id (or country, city, base); `#index` where it has none, as mentions do. */
  id: string;
  /** Every field that is wrong, e.g. `field topic: Invalid type: ...`. */
  problem: string;
}

function objectOrThrow(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DataError(`${GENERATED_FILE}: field ${field}: must be an object`);
  }
  return value as Record<string, unknown>;
}

function arrayOrThrow(parent: Record<string, unknown>, field: string): readonly unknown[] {
  const value = parent[field];
  if (!Array.isArray(value)) {
    const problem = value === undefined ? 'is missing' : 'must be an array';
    throw new DataError(`${GENERATED_FILE}: field ${field}: ${problem}`);
  }
  return value;
}

/**
 * Validates fetched `factbase.json` record by record. A record that fails its schema, repeats an
 * earlier record's id, or refers to a record that is missing or was itself dropped is left out and
 * named in `dropped`; the rest is returned. Throws a DataError only when the top level is unusable:
 * not an object, a list or the `generated` note missing or of the wrong type, or no document left.
 */
export function readFactBase(json: unknown): { base: FactBase; dropped: DroppedRecord[] } {
  const input = objectOrThrow(json, '(root)');
  const dropped: DroppedRecord[] = [];
  /** Where each kept record stood in the input, so that records named by position keep it. */
  const positions = new Map<Collection, number[]>();

  const generated = input.generated;
  if (typeof generated !== 'string') {
    throw new DataError(`${GENERATED_FILE}: field generated: must be a string`);
  }
  const references: Record<string, string> = {};
  for (const [key, value] of Object.entries(objectOrThrow(input.references, 'references'))) {
    if (typeof value === 'string') references[key] = value;
    else dropped.push({ collection: 'references', id: key, problem: 'must be a string' });
  }

  const readRecords = <C extends Collection>(collection: C): Array<FactBase[C][number]> => {
    const schema = schemaOf(collection);
    const kept: Array<FactBase[C][number]> = [];
    const keptAt: number[] = [];
    for (const [index, item] of arrayOrThrow(input, collection).entries()) {
      const result = v.safeParse(schema, item);
      if (result.success) {
        kept.push(result.output);
        keptAt.push(index);
      } else {
        const problem = result.issues.map(describeIssue).join('; ');
        dropped.push({ collection, id: nameOf(collection, item, index), problem });
      }
    }
    positions.set(collection, keptAt);
    return kept;
  };

  let base: FactBase = {
    generated,
    references,
    documents: readRecords('documents'),
    entities: readRecords('entities'),
    facts: readRecords('facts'),
    members: readRecords('members'),
    efp: readRecords('efp'),
    attaches: readRecords('attaches'),
    airPolicing: readRecords('airPolicing'),
    operations: readRecords('operations'),
    summits: readRecords('summits'),
    institutions: readRecords('institutions'),
    mentions: readRecords('mentions'),
  };

  // Dropping a record can break references to it, so repeat until a pass drops nothing.
  for (
    let problems = [...duplicateKeys(base), ...brokenReferences(base)];
    problems.length > 0;
    problems = brokenReferences(base)
  ) {
    base = dropRecords(base, problems, positions, dropped);
  }

  if (base.documents.length === 0) {
    throw new DataError(`${GENERATED_FILE}: field documents: no document is left to show`);
  }
  return { base, dropped };
}

/** The base without the records the problems name; each is added to `dropped`, once. */
function dropRecords(
  base: FactBase,
  problems: readonly RecordProblem[],
  positions: Map<Collection, number[]>,
  dropped: DroppedRecord[],
): FactBase {
  const droppedIds = new Map<Collection, Set<string>>();
  for (const record of dropped) {
    if (record.collection === 'references') continue;
    const ids = droppedIds.get(record.collection) ?? new Set<string>();
    droppedIds.set(record.collection, ids.add(record.id));
  }
  const explain = ({ field, problem, names }: RecordProblem): string => {
    if (names !== undefined && droppedIds.get(names.collection)?.has(names.id) === true) {
      return `field ${field}: ${labelOf(names.collection)} "${names.id}" was dropped`;
    }
    return `field ${field}: ${problem}`;
  };

  let next = base;
  for (const collection of COLLECTIONS) {
    const problemsByIndex = new Map<number, RecordProblem[]>();
    for (const problem of problems) {
      if (problem.collection !== collection) continue;
      problemsByIndex.set(problem.index, [...(problemsByIndex.get(problem.index) ?? []), problem]);
    }
    if (problemsByIndex.size === 0) continue;
    const at = positions.get(collection) ?? [];
    for (const [index, recordProblems] of problemsByIndex) {
      dropped.push({
        collection,
        id: nameOf(collection, base[collection][index], at[index] ?? index),
        problem: recordProblems.map(explain).join('; '),
      });
    }
    const droppedIndices = new Set(problemsByIndex.keys());
    positions.set(
      collection,
      at.filter((_, index) => !droppedIndices.has(index)),
    );
    next = withoutRecords(next, collection, droppedIndices);
  }
  return next;
}

function withoutRecords<C extends Collection>(
  base: FactBase,
  collection: C,
  indices: ReadonlySet<number>,
): FactBase {
  return { ...base, [collection]: base[collection].filter((_, index) => !indices.has(index)) };
}
