/**
 * Builds the fact base from the hand-written data files and the document texts: validates every
 * file's shape and every reference between records, then finds where each gazetteer name occurs in
 * the documents. Pure (no `node:` imports). Any problem throws a `DataError` naming the file, the
 * record and the field; nothing is skipped silently. Its parts live in data/factbase/; this module
 * is also where the build scripts, the app and the tests import them from.
 */
import {
  AirPolicingFileSchema,
  AttachesFileSchema,
  DocumentsFileSchema,
  EfpFileSchema,
  FactsFileSchema,
  GazetteerFileSchema,
  MembersFileSchema,
  OperationsFileSchema,
  SummitsFileSchema,
} from './schema.ts';
import type { DocumentMeta, Fact, FactBase } from './schema.ts';
import { dataError, validate } from './factbase/errors.ts';
import { DATA_FILES, GENERATED_NOTE } from './factbase/files.ts';
import type { FactBaseInputs } from './factbase/files.ts';
import { findMentions, termsOf } from './factbase/mentions.ts';
import { brokenReferences, duplicateKeys, problemError, sourceOf } from './factbase/references.ts';
import { splitSentences } from './factbase/sentences.ts';
import { languagePartProblems } from './language.ts';

export { DataError, dataError, describeIssues } from './factbase/errors.ts';
export { DATA_FILES, GENERATED_NOTE } from './factbase/files.ts';
export type { DataFileKey, FactBaseInputs } from './factbase/files.ts';
export { foldText } from './factbase/fold.ts';
export { findMentions, isAcronym, termsOf } from './factbase/mentions.ts';
export { parseFactBase, readFactBase } from './factbase/read.ts';
export type { DroppedRecord } from './factbase/read.ts';
export { splitSentences } from './factbase/sentences.ts';

export function buildFactBase(inputs: FactBaseInputs): FactBase {
  const documents = validate(DocumentsFileSchema, DATA_FILES.documents, inputs.documents);
  const gazetteer = validate(GazetteerFileSchema, DATA_FILES.gazetteer, inputs.gazetteer);
  const { facts } = validate(FactsFileSchema, DATA_FILES.facts, inputs.facts);
  const members = validate(MembersFileSchema, DATA_FILES.members, inputs.members);
  const efp = validate(EfpFileSchema, DATA_FILES.efp, inputs.efp);
  const attaches = validate(AttachesFileSchema, DATA_FILES.attaches, inputs.attaches);
  const airPolicing = validate(AirPolicingFileSchema, DATA_FILES.airPolicing, inputs.airPolicing);
  const operations = validate(OperationsFileSchema, DATA_FILES.operations, inputs.operations);
  const summits = validate(SummitsFileSchema, DATA_FILES.summits, inputs.summits);

  const documentTexts = documents.map((doc) => ({ doc, text: textOf(doc, inputs.texts) }));
  const base: FactBase = {
    generated: inputs.generated ?? GENERATED_NOTE,
    references: {
      gazetteer: gazetteer.reference,
      members: members.reference,
      efp: efp.reference,
      attaches: attaches.reference,
      airPolicing: airPolicing.reference,
      operations: operations.reference,
      summits: summits.reference,
    },
    documents: documentTexts.map(({ doc, text }) => ({
      ...doc,
      chars: text.length,
      sentences: splitSentences(text).length,
    })),
    entities: gazetteer.entries,
    facts,
    members: members.members,
    efp: efp.battlegroups,
    attaches: attaches.residences,
    airPolicing: airPolicing.bases,
    operations: operations.operations,
    summits: summits.summits,
    institutions: summits.institutions,
    mentions: [],
  };

  const [problem] = [...duplicateKeys(base), ...brokenReferences(base)];
  if (problem !== undefined) {
    throw problemError(DATA_FILES[sourceOf(problem.collection)], base, problem);
  }
  checkQuotes(facts, new Map(documentTexts.map(({ doc, text }) => [doc.id, text])));
  for (const { doc, text } of documentTexts) {
    checkDateEvidence(doc, text);
    const [problem] = languagePartProblems(doc, text);
    if (problem !== undefined) {
      throw dataError(DATA_FILES.documents, 'document', doc.id, 'parts', problem);
    }
  }

  const terms = termsOf(base.entities);
  const mentions = documentTexts.flatMap(({ doc, text }) => findMentions(doc.id, text, terms));
  return { ...base, mentions };
}

function textOf(doc: DocumentMeta, texts: Readonly<Record<string, string>>): string {
  const text = texts[doc.id];
  if (text === undefined) {
    const message = `no text for data/documents/${doc.id}.txt`;
    throw dataError(DATA_FILES.documents, 'document', doc.id, 'id', message);
  }
  return text;
}

function quoteForMessage(s: string): string {
  return JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}...` : s);
}

/** A document's date cites its own text, which must read the same at each span. */
function checkDateEvidence(doc: DocumentMeta, text: string): void {
  if (doc.date.kind === 'undated') return;
  for (const [i, { start, end, quote }] of doc.date.evidence.entries()) {
    const reads = text.slice(start, end);
    if (reads !== quote) {
      const message = `span [${start}, ${end}) reads ${quoteForMessage(reads)} but the quote is ${quoteForMessage(quote)}`;
      throw dataError(
        DATA_FILES.documents,
        'document',
        doc.id,
        `date.evidence[${i}].quote`,
        message,
      );
    }
  }
}

/** Every cited span must lie in its document and read exactly the quote. */
function checkQuotes(facts: readonly Fact[], texts: ReadonlyMap<string, string>): void {
  for (const fact of facts) {
    for (const [i, { doc, start, end, quote }] of fact.evidence.entries()) {
      const text = texts.get(doc);
      // An unknown document has already failed the reference check.
      if (text === undefined) continue;
      if (end > text.length) {
        const message = `span [${start}, ${end}) runs past the end of ${doc} (${text.length} characters)`;
        throw dataError(DATA_FILES.facts, 'fact', fact.id, `evidence[${i}].end`, message);
      }
      const reads = text.slice(start, end);
      if (reads !== quote) {
        const message = `span [${start}, ${end}) reads ${quoteForMessage(reads)} but the quote is ${quoteForMessage(quote)}`;
        throw dataError(DATA_FILES.facts, 'fact', fact.id, `evidence[${i}].quote`, message);
      }
    }
  }
}
