/**
 * Recognizes constraint violations from either engine, so callers can answer them (a replayed
 * referral, an email already in use) instead of reporting a server error.
 */

/** Unique constraints are named `<table>_<column>_unique` in the migrations; SQLite names the column instead. */
export function isUniqueViolation(error: unknown, table: string, column: string): boolean {
  if (!(error instanceof Error)) return false;
  const { code, constraint } = error as Error & { code?: unknown; constraint?: unknown };
  if (code === '23505') return constraint === `${table}_${column}_unique`;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' && error.message.includes(`${table}.${column}`);
}

/** A reference to a row that does not exist (or a delete that would orphan one). */
export function isForeignKeyViolation(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code } = error as Error & { code?: unknown };
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
