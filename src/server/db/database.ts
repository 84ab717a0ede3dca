/**
 * Opens the server's database: the embedded SQLite file by default, PostgreSQL when a URL is
 * given. Both are reached through the same Kysely<Database>, so queries are written once.
 */
import type { Kysely } from 'kysely';
import { openPostgresDatabase } from './postgres-database.ts';
import { openSqliteDatabase } from './sqlite-database.ts';
import type { Database } from './schema.ts';

export type Engine = 'sqlite' | 'postgres';

export interface GuichetDatabase {
  db: Kysely<Database>;
  engine: Engine;
  /** The SQLite file's absolute path, or PostgreSQL's host:port/database (never credentials). */
  location: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A postgres:// URL; null or absent uses SQLite. */
  databaseUrl?: string | null | undefined;
  /** The folder that holds the SQLite file (created when missing). */
  dataDir: string;
}

export async function openDatabase({ databaseUrl, dataDir }: DatabaseOptions): Promise<GuichetDatabase> {
  return databaseUrl ? openPostgresDatabase(databaseUrl) : openSqliteDatabase(dataDir);
}
