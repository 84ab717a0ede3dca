/**
 * The server's settings, read from the environment in this one place and validated, so a
 * typo in a variable fails at start-up with a message instead of misbehaving later.
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';

const IMPORTED_DIRECTORY = 'var/directory.json';
const DEMO_DIRECTORY = 'data/demo/london-middlesex.json';
const IMPORTED_AREAS = 'var/geo/fsa.geojson';
const GENERATED_AREAS = 'data/geo/london-middlesex.geojson';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** The directory bundle to serve: what `npm run import` wrote, else the demo region. */
  DIRECTORY_FILE: z.string().min(1).optional(),
  DIST_DIR: z.string().min(1).default('dist'),
  /** FSA boundaries for the built-in basemap: what `npm run import -- geo fsa` wrote, else the generated areas. */
  AREAS_FILE: z.string().min(1).optional(),
  /** A MapLibre style for the basemap (self-hosted, may read a PMTiles archive); unset uses the built-in one. */
  MAP_STYLE_URL: z.url({ message: 'must be a full URL such as https://tiles.example.org/style.json' }).optional(),
  /** PostgreSQL for scale-out; unset keeps the embedded SQLite file under DATA_DIR. */
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, message: 'must be a PostgreSQL URL such as postgres://guichet:secret@db.example.org:5432/guichet' })
    .optional(),
  /** Where the server keeps its own files, such as the SQLite database. */
  DATA_DIR: z.string().min(1).default('var'),
});

export type Env = {
  port: number;
  host: string;
  directoryFile: string;
  distDir: string;
  areasFile: string | null;
  mapStyleUrl: string | null;
  databaseUrl: string | null;
  dataDir: string;
};

const firstExisting = (...paths: string[]) => paths.find((path) => existsSync(path)) ?? null;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  const env = parsed.data;
  return {
    port: env.PORT,
    host: env.HOST,
    directoryFile: env.DIRECTORY_FILE ?? firstExisting(IMPORTED_DIRECTORY) ?? DEMO_DIRECTORY,
    distDir: env.DIST_DIR,
    areasFile: env.AREAS_FILE ?? firstExisting(IMPORTED_AREAS, GENERATED_AREAS),
    mapStyleUrl: env.MAP_STYLE_URL ?? null,
    databaseUrl: env.DATABASE_URL ?? null,
    dataDir: env.DATA_DIR,
  };
}
