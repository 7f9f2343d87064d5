import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { readGraphEnv, type GraphEnv } from './env.ts';
import { toGraphError } from './errors.ts';
import { toPlain } from './convert.ts';

export type Tx = ManagedTransaction;
export type Row = Record<string, unknown>;

/**
 * The project's handle on Neo4j. Reads go through `read` (read-only sessions, optionally
 * a read-only user); writes through `write`. Both map driver failures with toGraphError.
 */
export class Graph {
  private constructor(
    private readonly writer: Driver,
    private readonly reader: Driver,
    readonly database: string,
  ) {}

  static connect(env: GraphEnv = readGraphEnv()): Graph {
    const config = {
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      disableLosslessIntegers: false,
    };
    const writer = neo4j.driver(env.NEO4J_URI, neo4j.auth.basic(env.NEO4J_USER, env.NEO4J_PASSWORD), config);
    const reader =
      env.NEO4J_READ_USER && env.NEO4J_READ_PASSWORD
        ? neo4j.driver(env.NEO4J_URI, neo4j.auth.basic(env.NEO4J_READ_USER, env.NEO4J_READ_PASSWORD), config)
        : writer;
    return new Graph(writer, reader, env.NEO4J_DATABASE);
  }

  /** Fails with a GraphError unless the database answers. */
  async verify(): Promise<void> {
    try {
      await this.writer.executeQuery('RETURN 1', {}, { database: this.database });
    } catch (e) {
      throw toGraphError(e);
    }
  }

  /** Runs one read query and returns its records as plain objects. */
  async query<T = Row>(cypher: string, params: Row = {}): Promise<T[]> {
    try {
      const res = await this.reader.executeQuery(cypher, params, {
        database: this.database,
        routing: neo4j.routing.READ,
      });
      return res.records.map((r) => toPlain(r.toObject()) as T);
    } catch (e) {
      throw toGraphError(e);
    }
  }

  /** Runs one statement in its own write transaction (schema changes need that). */
  async execute<T = Row>(cypher: string, params: Row = {}): Promise<T[]> {
    try {
      const res = await this.writer.executeQuery(cypher, params, {
        database: this.database,
        routing: neo4j.routing.WRITE,
      });
      return res.records.map((r) => toPlain(r.toObject()) as T);
    } catch (e) {
      throw toGraphError(e);
    }
  }

  /** Runs `work` in one write transaction (retried on transient failures). */
  async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.writer.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work);
    } catch (e) {
      throw toGraphError(e);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    if (this.reader !== this.writer) await this.reader.close();
    await this.writer.close();
  }
}

/** Runs a query inside a transaction and returns plain rows. */
export async function run<T = Row>(tx: Tx, cypher: string, params: Row = {}): Promise<T[]> {
  const res = await tx.run(cypher, params);
  return res.records.map((r) => toPlain(r.toObject()) as T);
}
