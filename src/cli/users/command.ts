/** `npm run users -- …`: opens the server's database (as configured by its environment) and runs usersCommand. */
import { authSettingsFromEnv } from '../../server/auth/auth-settings.ts';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { readEnv } from '../../server/env.ts';
import { usersCommand } from './users-command.ts';

export async function runUsersCommand(args: string[]): Promise<number> {
  const env = readEnv();
  const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
  try {
    await migrateToLatest(database);
    return await usersCommand(args, {
      deps: { db: database.db, settings: authSettingsFromEnv(env) },
      origin: env.publicOrigin ?? `http://localhost:${env.port}`,
      print: (line) => console.log(line),
      printError: (line) => console.error(line),
    });
  } finally {
    await database.close();
  }
}
