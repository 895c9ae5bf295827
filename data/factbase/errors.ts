/**
 * Error messages that name the file, the record and the field: `data/facts.json: fact "id" field
 * date.start: message`, so a broken record can be found without reading a stack trace.
 */
import * as v from 'valibot';

export class DataError extends Error {
  override name = 'DataError';
}

export function dataError(
  file: string,
  label: string,
  id: string,
  field: string,
  message: string,
): DataError {
  return new DataError(`${file}: ${label} "${id}" field ${field}: ${message}`);
}

/** What one element of each array is called in messages, by the array's key. */
const RECORD_LABELS: Record<string, string> = {
  documents: 'document',
  entries: 'entity',
  entities: 'entity',
  facts: 'fact',
  members: 'member',
  battlegroups: 'battlegroup',
  efp: 'battlegroup',
  residences: 'residence',
  attaches: 'residence',
  bases: 'base',
  airPolicing: 'base',
  operations: 'operation',
  summits: 'summit',
  institutions: 'institution',
  mentions: 'mention',
};

/** A record's own name: its id, or the key that identifies it in files without ids. */
function recordName(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  for (const key of ['id', 'country', 'city', 'base']) {
    if (typeof record[key] === 'string') return record[key];
  }
  return undefined;
}

function fieldPath(keys: unknown[]): string {
  return keys
    .map((key, i) =>
      typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
    )
    .join('');
}

/** One valibot issue as `fact "id" field date.start: message` (or `field x: message` at the root). */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issue.path ?? [];
  const before: unknown[] = [];
  const after: unknown[] = [];
  let record: string | undefined;
  for (const [i, item] of path.entries()) {
    if (record === undefined && typeof item.key === 'number') {
      const name = recordName(item.value);
      if (name !== undefined) {
        const container = path[i - 1]?.key;
        const label =
          RECORD_LABELS[typeof container === 'string' ? container : 'documents'] ?? 'record';
        record = `${label} "${name}"`;
        continue;
      }
    }
    (record === undefined ? before : after).push(item.key);
  }
  const where =
    record !== undefined
      ? `${record} field ${after.length > 0 ? fieldPath(after) : '(record)'}`
      : `field ${before.length > 0 ? fieldPath(before) : '(root)'}`;
  return `${where}: ${issue.message}`;
}

/** One line per valibot issue: `file: fact "id" field date.start: message`. */
export function describeIssues(file: string, issues: readonly v.BaseIssue<unknown>[]): string {
  return issues.map((issue) => `${file}: ${describeIssue(issue)}`).join('\n');
}

/** The input as the schema's output type, or a DataError listing every issue. */
export function validate<TSchema extends v.GenericSchema>(
  schema: TSchema,
  file: string,
  input: unknown,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, input);
  if (!result.success) throw new DataError(describeIssues(file, result.issues));
  return result.output;
}
