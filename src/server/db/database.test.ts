import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Migrator, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import type { GuichetDatabase } from './database.ts';
import { describePostgresLocation } from './postgres-database.ts';
import { createRegionRow } from './test-rows.ts';
import { migrateToLatest } from './migrate.ts';

const opened: GuichetDatabase[] = [];
const folders: string[] = [];

function createDataDir(): string {
  const folder = mkdtempSync(join(tmpdir(), 'guichet-db-'));
  folders.push(folder);
  return folder;
}

async function openSqliteIn(dataDir: string): Promise<GuichetDatabase> {
  const database = await openDatabase({ databaseUrl: null, dataDir });
  opened.push(database);
  return database;
}

afterEach(async () => {
  for (const database of opened.splice(0)) await database.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the embedded SQLite database', () => {
  it('lives in guichet.db inside the data folder, which it creates', async () => {
    const dataDir = join(createDataDir(), 'var', 'nested');
    const database = await openSqliteIn(dataDir);
    expect(database.engine).toBe('sqlite');
    expect(database.location).toBe(join(dataDir, 'guichet.db'));
  });

  it('is in WAL mode with synchronous FULL, foreign keys on and a busy timeout', async () => {
    const { db } = await openSqliteIn(createDataDir());
    const pragma = async (name: string) => Object.values((await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(db)).rows[0] ?? {})[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('synchronous')).toBe(2); // 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBeGreaterThanOrEqual(1000);
  });

  it('keeps committed rows when opened again', async () => {
    const dataDir = createDataDir();
    const first = await openSqliteIn(dataDir);
    await migrateToLatest(first);
    await first.db.insertInto('regions').values(createRegionRow({ id: 'kept' })).execute();
    await first.close();
    opened.splice(opened.indexOf(first), 1);
    const second = await openSqliteIn(dataDir);
    expect(await second.db.selectFrom('regions').select('id').execute()).toEqual([{ id: 'kept' }]);
  });

  it('runs a statement it has run before again as written, after the schema changed under it', async () => {
    const { db } = await openSqliteIn(createDataDir());
    await sql`create table notes (id text)`.execute(db);
    await sql`insert into notes values ('a')`.execute(db);
    const everything = () => sql`select * from notes`.execute(db);
    expect((await everything()).rows).toEqual([{ id: 'a' }]);
    await sql`alter table notes add column body text default 'none'`.execute(db);
    expect((await everything()).rows).toEqual([{ id: 'a', body: 'none' }]);
  });

  it('undoes the whole of a migration that fails half-way, so the next start can run it again', async () => {
    const { db } = await openSqliteIn(createDataDir());
    const halfWay = {
      async up(migrating: typeof db) {
        await migrating.schema.createTable('first_step').addColumn('id', 'text').execute();
        throw new Error('the second step failed');
      },
    };
    const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ '0001-half-way': halfWay }) } });
    expect((await migrator.migrateToLatest()).error).toBeInstanceOf(Error);
    const tables = (await db.introspection.getTables()).map((table) => table.name);
    expect(tables).not.toContain('first_step');
    expect(await sql`select count(*) as applied from kysely_migration`.execute(db)).toMatchObject({ rows: [{ applied: 0 }] });
  });

  it('takes the write lock when a transaction begins, so another process waits instead of failing midway', async () => {
    const database = await openSqliteIn(createDataDir());
    await migrateToLatest(database);
    const otherProcess = new SqliteDatabase(database.location);
    otherProcess.pragma('busy_timeout = 0');
    try {
      const tryToWrite = () => otherProcess.prepare('begin immediate').run();
      await database.db.transaction().execute(async (trx) => {
        await trx.selectFrom('regions').selectAll().execute(); // read only so far
        expect(tryToWrite).toThrow(/database is locked/);
      });
      tryToWrite();
      otherProcess.prepare('rollback').run();
    } finally {
      otherProcess.close();
    }
  });
});

describe('the PostgreSQL location in logs', () => {
  it('names host, port and database without the user or password', () => {
    expect(describePostgresLocation('postgres://guichet:s3cret@db.example.org:6543/guichet?sslmode=require')).toBe('db.example.org:6543/guichet');
    expect(describePostgresLocation('postgresql://guichet:s3cret@db.example.org/guichet')).toBe('db.example.org:5432/guichet');
  });

  it('reports an unreachable server without the password', async () => {
    const opening = openDatabase({ databaseUrl: 'postgres://guichet:s3cret@127.0.0.1:1/guichet', dataDir: createDataDir() });
    await expect(opening).rejects.toThrow(/^Cannot reach PostgreSQL at 127\.0\.0\.1:1\/guichet: /);
    await expect(opening).rejects.not.toThrow(/s3cret/);
  });
});
