/** Checks a fetched statements file (src/data/statements.ts fetches it). */
import { readStatementsFile, type TranslationLanguage } from '../../data/translations/schema.ts';
import { StatementsError, statementsFile, type Statements } from './statements.ts';

/** Validates a fetched file as `language`'s statements. */
export function readStatements(json: unknown, language: TranslationLanguage): Statements {
  const read = readStatementsFile(json, language);
  if ('problem' in read) throw new StatementsError(`${statementsFile(language)}: ${read.problem}`);
  return read.file.statements;
}
