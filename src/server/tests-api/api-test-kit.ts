/**
 * What the whole-API tests share: the real app assembled over a test database with real
 * sessions, people signed in as each kind of caller, referrals planted with distinctive personal
 * details to look for where they must not be, and a seeded random generator so every run sends
 * the same requests.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { createApp } from '../app.ts';
import type { AuthSettings } from '../auth/auth-settings.ts';
import { defaultAuthSettings } from '../auth/auth-settings.ts';
import { createTestAccount, FAST_PASSWORD_COST, TestBrowser } from '../auth/test-support.ts';
import type { GuichetDatabase } from '../db/database.ts';
import type { Database, UserRole } from '../db/schema.ts';
import type { DirectorySource } from '../directory-source.ts';
import type { Notifier } from '../referrals/notifier.ts';
import { createRandom } from '../../cli/generate/random.ts';
import { createOrganizationRowsFor, createTestDirectory, recordingNotifier, submissionBody, type TestDirectory } from '../referrals/test-fixtures.ts';

export type App = ReturnType<typeof createApp>;

/** Seeded, so a failing request can be replayed from its round number (the generator's PRNG). */
export function seeded(seed: number) {
  const random = createRandom(seed);
  return { next: random.next, int: (below: number) => random.int(0, below - 1), pick: random.pick, chance: random.chance };
}
export type Random = ReturnType<typeof seeded>;

/**
 * A person's details no random id, code or directory entry could contain by chance: letters,
 * spaces and punctuation, never a bare run of digits.
 */
export interface PlantedPerson {
  name: string;
  phone: string;
  email: string;
  note: string;
}

export const plantedA: PlantedPerson = {
  name: 'Zephyrine Quillbottom-Achterberg',
  phone: '+1 (519) 555-0187',
  email: 'zephyrine.quillbottom@canary-a.example',
  note: 'Canary note A: only after the heron-lantern bells, please',
};
export const plantedB: PlantedPerson = {
  name: 'Oswaldina Fernsprecher-Mbeki',
  phone: '+44 (20) 7946-0958',
  email: 'oswaldina.fernsprecher@canary-b.example',
  note: 'Canary note B: mornings near the walrus-kettle fountain',
};

/** The whole values, and fragments that would still identify the person if a value were cut or reformatted. */
export const plantedStrings = (person: PlantedPerson): string[] => [
  person.name,
  person.phone,
  person.email,
  person.note,
  ...person.name.split(' '),
  person.phone.split(') ')[1]!,
  person.email.split('@')[0]!,
  person.note.split(': ')[1]!,
];

function collectStrings(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      into.push(key);
      collectStrings(item, into);
    }
  }
}

/** Which planted strings occur in a text, case-insensitively, raw or once its JSON escapes are undone. */
export function plantedIn(text: string, person: PlantedPerson): string[] {
  const haystacks = [text];
  try {
    collectStrings(JSON.parse(text), haystacks);
  } catch {
    // Not JSON: looked at as it is.
  }
  const lowered = haystacks.map((haystack) => haystack.toLowerCase());
  return plantedStrings(person).filter((value) => lowered.some((haystack) => haystack.includes(value.toLowerCase())));
}

/** A submission body carrying a planted person. The phone goes as phone and as WhatsApp. */
export function plantedSubmission(serviceId: string, person: PlantedPerson, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return submissionBody(serviceId, {
    name: person.name,
    contact: { phone: person.phone, whatsapp: person.phone, email: person.email },
    note: person.note,
    ...overrides,
  });
}

export interface AssembledApi {
  app: App;
  fixture: TestDirectory;
  settings: AuthSettings;
  /** Organization A has services `a` and `alsoA`; organization B has `b`. */
  orgA: string;
  orgB: string;
  regionId: string;
}

export interface AssembleOptions {
  notifier?: Notifier;
  directory?: DirectorySource;
  auth?: Partial<AuthSettings>;
  distDir?: string;
}

/** The server as main.ts builds it, over the test's database, with a cheap password hash. */
export async function assembleApi(database: GuichetDatabase, options: AssembleOptions = {}): Promise<AssembledApi> {
  const fixture = createTestDirectory();
  const { services, directory } = fixture;
  await createOrganizationRowsFor(database.db, directory, [services.a, services.b]);
  const settings: AuthSettings = { ...defaultAuthSettings, passwordCost: FAST_PASSWORD_COST, trustProxy: true, ...options.auth };
  const app = createApp({
    directory: options.directory ?? fixture.source,
    database,
    notifier: options.notifier ?? recordingNotifier(),
    auth: settings,
    ...(options.distDir && { distDir: options.distDir }),
  });
  return { app, fixture, settings, orgA: services.a.organization_id, orgB: services.b.organization_id, regionId: directory.region.id };
}

export interface SignedIn {
  browser: TestBrowser;
  userId: string;
  email: string;
}

export async function signInAs(
  app: App,
  db: Kysely<Database>,
  account: { role?: UserRole; organizationIds?: string[]; regionId?: string | null },
  address = '203.0.113.7',
): Promise<SignedIn> {
  const created = await createTestAccount(db, account);
  const browser = new TestBrowser(app, 'https://guichet.example', address);
  const response = await browser.signIn(created.email, created.password);
  if (response.status !== 200) throw new Error(`Sign-in as ${account.role ?? 'staff'} answered ${response.status}`);
  return { browser, userId: created.id, email: created.email };
}

export interface PlantedReferral {
  id: string;
  referenceCode: string;
  statusToken: string;
}

/** A newcomer's referral to the service, made through the API, with its id read from the database. */
export async function submitPlanted(app: App, db: Kysely<Database>, serviceId: string, person: PlantedPerson): Promise<PlantedReferral> {
  const response = await new TestBrowser(app).post('/api/referrals', plantedSubmission(serviceId, person));
  if (response.status !== 201) throw new Error(`Planting a referral answered ${response.status}: ${await response.text()}`);
  const { referenceCode, statusToken } = (await response.json()) as { referenceCode: string; statusToken: string };
  const { id } = await db.selectFrom('referrals').select('id').where('reference_code', '=', referenceCode).executeTakeFirstOrThrow();
  return { id, referenceCode, statusToken };
}

/** A built app shell in a temp folder, for the static side of the server. */
export function tempDist(): string {
  const distDir = mkdtempSync(join(tmpdir(), 'guichet-dist-'));
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><html lang="en"><title>Guichet</title><div id="app"></div></html>');
  return distDir;
}

/** A 4xx/5xx body a person can read: JSON whose `error` is one line of text, no stack, no code. */
export function readableErrorProblem(text: string): string | null {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `not JSON: ${text.slice(0, 80)}`;
  }
  const error = (body as { error?: unknown } | null)?.error;
  if (typeof error !== 'string') return `no error string: ${text.slice(0, 80)}`;
  if (error.trim().length < 3) return `error too short: ${JSON.stringify(error)}`;
  // A stack, an exception's own text or a value printed as is: not a sentence for a person. (The text after
  // "No API route" echoes the path asked for, so only the start of a message is judged.)
  if (/\n\s+at /.test(error) || /^(\w*Error\b|SQLITE_|Unexpected token|\[object |undefined$|null$)/.test(error)) return `error not readable: ${error.slice(0, 120)}`;
  return null;
}
