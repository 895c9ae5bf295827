/**
 * `npm run generate`'s data step as a command: it must refuse broken data with a non-zero exit
 * and a message naming the record, so a build can never ship a fact base that lost something.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const tampered = join(here, 'fixtures', 'tampered-document');

function build(dataRoot: string): { status: number | null; stderr: string } {
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'data/build.ts'), dataRoot],
    { encoding: 'utf8', cwd: root },
  );
  return { status: run.status, stderr: run.stderr };
}

/** A copy of the fixture whose document hash is right, so only what a test breaks is wrong. */
function validCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
  cpSync(tampered, dir, { recursive: true });
  const documentsFile = join(dir, 'data/documents.json');
  const documents = JSON.parse(readFileSync(documentsFile, 'utf8')) as { sha256: string }[];
  documents[0]!.sha256 = createHash('sha256')
    .update(readFileSync(join(dir, 'data/documents/mini.txt')))
    .digest('hex');
  writeFileSync(documentsFile, JSON.stringify(documents));
  return dir;
}

function writeFact(dir: string, evidence: { start: number; end: number; quote: string }): void {
  const fact = {
    id: 'latvia-joins',
    statement: 'Latvia joined NATO in 2004.',
    entities: ['LVA'],
    topic: 'membership',
    evidence: [{ doc: 'mini', ...evidence }],
  };
  writeFileSync(join(dir, 'data/facts.json'), JSON.stringify({ facts: [fact] }));
  writeStatements(dir, 'lv', { 'latvia-joins': 'Latvija pievienojās NATO 2004. gadā.' });
  writeStatements(dir, 'lt', { 'latvia-joins': 'Latvija įstojo į NATO 2004 m.' });
}

function writeStatements(dir: string, language: string, statements: Record<string, string>): void {
  mkdirSync(join(dir, 'data/translations'), { recursive: true });
  writeFileSync(
    join(dir, `data/translations/statements.${language}.json`),
    JSON.stringify({ language, note: 'Test translations.', statements }),
  );
}

describe('tsx data/build.ts <dir>', () => {
  it('exits non-zero naming the document whose text differs from its recorded hash', () => {
    const { status, stderr } = build(tampered);
    expect(status).toBe(1);
    expect(stderr).toContain('data/documents.json: document "mini" field sha256:');
    expect(existsSync(join(tampered, 'public'))).toBe(false);
  });

  it('exits non-zero naming the fact whose quote its span does not read', () => {
    const dir = validCopy();
    try {
      writeFact(dir, { start: 0, end: 6, quote: 'Lithuania' });
      const { status, stderr } = build(dir);
      expect(status).toBe(1);
      expect(stderr).toContain('fact "latvia-joins"');
      expect(stderr).toContain('evidence[0].quote');
      expect(existsSync(join(dir, 'public/generated/factbase.json'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits non-zero naming the fact that names an unknown entity', () => {
    const dir = validCopy();
    try {
      writeFact(dir, { start: 0, end: 6, quote: 'Latvia' });
      const facts = JSON.parse(readFileSync(join(dir, 'data/facts.json'), 'utf8')) as {
        facts: { entities: string[] }[];
      };
      facts.facts[0]!.entities.push('atlantis');
      writeFileSync(join(dir, 'data/facts.json'), JSON.stringify(facts));
      const { status, stderr } = build(dir);
      expect(status).toBe(1);
      expect(stderr).toContain('fact "latvia-joins"');
      expect(stderr).toContain('atlantis');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits non-zero naming the fact that has no statement in Lithuanian', () => {
    const dir = validCopy();
    try {
      writeFact(dir, { start: 0, end: 6, quote: 'Latvia' });
      writeStatements(dir, 'lt', {});
      const { status, stderr } = build(dir);
      expect(status).toBe(1);
      expect(stderr).toContain('data/translations/statements.lt.json: fact "latvia-joins"');
      expect(stderr).toContain('no statement in this language');
      expect(existsSync(join(dir, 'public/generated/factbase.json'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('builds a sound directory, writing only under it', () => {
    const dir = validCopy();
    try {
      writeFact(dir, { start: 0, end: 6, quote: 'Latvia' });
      const { status, stderr } = build(dir);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(existsSync(join(dir, 'public/generated/factbase.json'))).toBe(true);
      expect(existsSync(join(dir, 'public/generated/statements.lv.json'))).toBe(true);
      expect(existsSync(join(dir, 'public/generated/statements.lt.json'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
