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
  /** 'demo' seeds demo accounts with known passwords; 'production' never does, and requires staff to use TOTP. */
  GUICHET_MODE: z.enum(['demo', 'production'], { message: "must be 'demo' or 'production'" }).default('demo'),
  /** A session unused this long ends. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  /** A session ends this long after sign-in, however active: one working day. */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  /** The address people reach the server at; invitation links and the same-origin check use it. */
  PUBLIC_ORIGIN: z
    .url({ protocol: /^https?$/, message: 'must be an origin such as https://guichet.example.org' })
    .refine((value) => new URL(value).origin === value.replace(/\/$/, ''), 'must be an origin only, with no path, such as https://guichet.example.org')
    .transform((value) => new URL(value).origin)
    .optional(),
  /** 'true' behind a reverse proxy: the client's address is the last X-Forwarded-For entry (for login throttling). */
  TRUST_PROXY: z.enum(['true', 'false'], { message: "must be 'true' or 'false'" }).default('false'),
  /** Outgoing mail (new-referral notices); unset writes each message as an .eml file under DATA_DIR. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, message: 'must be an SMTP URL such as smtps://user:secret@mail.example.org' }).optional(),
  MAIL_FROM: z.email({ message: 'must be an email address' }).optional(),
  /** Personal data of closed referrals is erased after this many days. */
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  /** A listed service not confirmed by its provider for more days than this is flagged as stale. */
  STALE_AFTER_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  /** An organization with stale services is e-mailed about them at most once in this many days. */
  REMINDER_INTERVAL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
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
  mode: 'demo' | 'production';
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  publicOrigin: string | null;
  trustProxy: boolean;
  smtpUrl: string | null;
  mailFrom: string | null;
  retentionDays: number;
  staleAfterDays: number;
  reminderIntervalDays: number;
};

const firstExisting = (...paths: string[]) => paths.find((path) => existsSync(path)) ?? null;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  const env = parsed.data;
  // Invitation links are printed by the CLI, far from any request: production must say where it lives.
  if (env.GUICHET_MODE === 'production' && !env.PUBLIC_ORIGIN) {
    throw new Error('Invalid environment: PUBLIC_ORIGIN: is required when GUICHET_MODE is production (for example https://guichet.example.org)');
  }
  return {
    port: env.PORT,
    host: env.HOST,
    directoryFile: env.DIRECTORY_FILE ?? firstExisting(IMPORTED_DIRECTORY) ?? DEMO_DIRECTORY,
    distDir: env.DIST_DIR,
    areasFile: env.AREAS_FILE ?? firstExisting(IMPORTED_AREAS, GENERATED_AREAS),
    mapStyleUrl: env.MAP_STYLE_URL ?? null,
    databaseUrl: env.DATABASE_URL ?? null,
    dataDir: env.DATA_DIR,
    mode: env.GUICHET_MODE,
    sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
    sessionMaxHours: env.SESSION_MAX_HOURS,
    publicOrigin: env.PUBLIC_ORIGIN ?? null,
    trustProxy: env.TRUST_PROXY === 'true',
    smtpUrl: env.SMTP_URL ?? null,
    mailFrom: env.MAIL_FROM ?? null,
    retentionDays: env.RETENTION_DAYS,
    staleAfterDays: env.STALE_AFTER_DAYS,
    reminderIntervalDays: env.REMINDER_INTERVAL_DAYS,
  };
}
