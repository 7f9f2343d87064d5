import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Graph } from './driver.ts';

const SCHEMA_DIR = fileURLToPath(new URL('../schema/', import.meta.url));

export interface Migration {
  id: string;
  statements: string[];
  checksum: string;
}

/** Reads `schema/NNNN_name.cypher` files in order; statements end with `;`. */
export function loadMigrations(dir = SCHEMA_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[\w-]+\.cypher$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const statements = text
        .split('\n')
        .filter((l) => !l.trim().startsWith('//'))
        .join('\n')
        .split(/;\s*(?:\n|$)/)
        .map((s) => s.trim())
        .filter(Boolean);
      return {
        id: file.replace(/\.cypher$/, ''),
        statements,
        checksum: createHash('sha256').update(text).digest('hex').slice(0, 16),
      };
    });
}

const APPLIED = `MATCH (m:Migration) RETURN m.id AS id, m.checksum AS checksum`;
const RECORD = `MERGE (m:Migration {id: $id}) SET m.checksum = $checksum, m.appliedAt = datetime()`;

/**
 * Applies every migration not yet recorded (or whose file changed). Each statement is
 * itself idempotent (IF NOT EXISTS), so a run interrupted half-way is safe to repeat.
 */
export async function migrate(graph: Graph, migrations = loadMigrations()): Promise<string[]> {
  const applied = new Map(
    (await graph.execute<{ id: string; checksum: string }>(APPLIED)).map((r) => [r.id, r.checksum]),
  );
  const ran: string[] = [];
  for (const m of migrations) {
    if (applied.get(m.id) === m.checksum) continue;
    for (const statement of m.statements) await graph.execute(statement);
    await graph.execute(RECORD, { id: m.id, checksum: m.checksum });
    ran.push(m.id);
  }
  return ran;
}
