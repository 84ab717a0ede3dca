/** Column definitions that need different SQL on the two engines, kept in one place. */
import type { CreateTableBuilder } from 'kysely';
import type { Engine } from '../database.ts';

/**
 * An `id` the database numbers itself. SQLite: INTEGER PRIMARY KEY AUTOINCREMENT, where
 * AUTOINCREMENT stops a deleted row's id from being handed out again, so an append-only history
 * never reuses a number. PostgreSQL: a bigint identity (SQLite's integers are 64-bit too), "by
 * default" so an import can still write explicit ids, as it can on SQLite.
 */
export function addAutoIncrementId<TableName extends string, ColumnName extends string>(
  table: CreateTableBuilder<TableName, ColumnName>,
  engine: Engine,
): CreateTableBuilder<TableName, ColumnName | 'id'> {
  return engine === 'postgres'
    ? table.addColumn('id', 'bigint', (column) => column.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (column) => column.primaryKey().notNull().autoIncrement());
}
