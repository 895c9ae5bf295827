/**
 * `npm run generate`: reads the data files and document texts, validates them, and writes
 * public/generated/factbase.json plus public/generated/docs/<id>.txt. Exits non-zero with the
 * DataError message on any problem. `tsx data/build.ts <dir>` builds another root instead (a
 * fixture directory laid out like the repository), writing under <dir>/public/generated.
 * `loadFactBaseFromDisk` is exported so tests can run the same path on fixture directories.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { DATA_FILES, DataError, buildFactBase, dataError } from './factbase.ts';
import type { DataFileKey, FactBaseInputs } from './factbase.ts';
import { DocumentsFileSchema } from './schema.ts';
import type { Fact, FactBase } from './schema.ts';
import {
  TRANSLATION_LANGUAGES,
  checkTranslations,
  readStatementsFile,
  type StatementsFile,
} from './translations/schema.ts';

function readJson(rootDir: string, file: string): unknown {
  const path = join(rootDir, file);
  if (!existsSync(path)) throw new DataError(`${file}: file not found in ${rootDir}`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new DataError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads every input under `rootDir` (a repository root or a fixture directory) and builds. */
export function loadFactBaseFromDisk(rootDir: string): FactBase {
  const raw = Object.fromEntries(
    (Object.keys(DATA_FILES) as DataFileKey[]).map((key) => [
      key,
      readJson(rootDir, DATA_FILES[key]),
    ]),
  ) as Record<DataFileKey, unknown>;

  // Texts are read for the documents the metadata lists; buildFactBase validates the metadata
  // itself, so an unparseable documents.json is left to it to report.
  const texts: Record<string, string> = {};
  const documents = v.safeParse(DocumentsFileSchema, raw.documents);
  if (documents.success) {
    for (const doc of documents.output) {
      const file = `data/documents/${doc.id}.txt`;
      const path = join(rootDir, file);
      if (!existsSync(path))
        throw dataError(DATA_FILES.documents, 'document', doc.id, 'id', `${file} not found`);
      const bytes = readFileSync(path);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      if (sha256 !== doc.sha256) {
        throw dataError(
          DATA_FILES.documents,
          'document',
          doc.id,
          'sha256',
          `${file} hashes to ${sha256}, not the recorded ${doc.sha256}`,
        );
      }
      texts[doc.id] = bytes.toString('utf8');
    }
  }
  const inputs: FactBaseInputs = { ...raw, texts };
  return buildFactBase(inputs);
}

/**
 * The statements in every language but English, checked against the facts: a file that is
 * missing or malformed, or any problem checkTranslations finds (a fact with no statement, above
 * all), is a DataError naming the file, the language and the fact.
 */
export function loadTranslationsFromDisk(
  rootDir: string,
  facts: readonly Pick<Fact, 'id' | 'statement'>[],
): StatementsFile[] {
  const files = TRANSLATION_LANGUAGES.map((language) => {
    const file = `data/translations/statements.${language}.json`;
    const read = readStatementsFile(readJson(rootDir, file), language);
    if ('problem' in read) throw new DataError(`${file}: ${read.problem}`);
    return read.file;
  });
  const problems = checkTranslations(facts, files);
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).map((p) => {
      return `data/translations/statements.${p.language}.json: fact "${p.fact}": ${p.message}`;
    });
    const more = problems.length > 10 ? `\n… and ${problems.length - 10} more` : '';
    throw new DataError(shown.join('\n') + more);
  }
  return files;
}

function main(rootArgument: string | undefined): void {
  const root = rootArgument ?? resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = join(root, 'public', 'generated');
  const factBase = loadFactBaseFromDisk(root);
  const translations = loadTranslationsFromDisk(root, factBase.facts);
  mkdirSync(join(outDir, 'docs'), { recursive: true });
  writeFileSync(join(outDir, 'factbase.json'), JSON.stringify(factBase));
  for (const file of translations) {
    writeFileSync(join(outDir, `statements.${file.language}.json`), JSON.stringify(file));
  }
  for (const doc of factBase.documents) {
    copyFileSync(
      join(root, 'data', 'documents', `${doc.id}.txt`),
      join(outDir, 'docs', `${doc.id}.txt`),
    );
  }
  console.log(
    `factbase: ${factBase.documents.length} documents, ${factBase.entities.length} entities, ` +
      `${factBase.facts.length} facts, ${factBase.mentions.length} mentions`,
  );
}

// Run only as a script, not when a test imports loadFactBaseFromDisk.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv[2] === undefined ? undefined : resolve(process.argv[2]));
  } catch (error) {
    console.error(error instanceof DataError ? error.message : error);
    process.exit(1);
  }
}
