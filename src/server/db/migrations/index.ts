/**
 * Every migration, imported by name rather than found on disk, so a bundled server carries
 * them. Names sort in the order they run; add a file and a line here, never edit a released one.
 */
import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../database.ts';
import * as initial from './0001-initial.ts';
import * as forwardConsentColumn from './0002-forward-consent-column.ts';
import * as dashboardTables from './0003-dashboard-tables.ts';
import * as listings from './0004-listings.ts';

/** A migration that is told which engine it runs on, for the few statements that differ. */
interface PortableMigration {
  up(db: Kysely<unknown>, engine: Engine): Promise<void>;
  down?(db: Kysely<unknown>, engine: Engine): Promise<void>;
}

const portableMigrations: Record<string, PortableMigration> = {
  '0001-initial': initial,
  '0002-forward-consent-column': forwardConsentColumn,
  '0003-dashboard-tables': dashboardTables,
  '0004-listings': listings,
};

export function migrationsFor(engine: Engine): Record<string, Migration> {
  return Object.fromEntries(
    Object.entries(portableMigrations).map(([name, { up, down }]) => [
      name,
      { up: (db: Kysely<unknown>) => up(db, engine), ...(down && { down: (db: Kysely<unknown>) => down(db, engine) }) },
    ]),
  );
}
