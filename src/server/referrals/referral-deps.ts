/** What the referral domain needs from the server, passed in so tests can pick each piece. */
import type { Kysely } from 'kysely';
import type { Committer } from '../db/group-commit.ts';
import type { Database } from '../db/schema.ts';
import type { DirectorySource } from '../directory-source.ts';
import type { IntakeNotices } from './intake-digest.ts';
import type { Notifier } from './notifier.ts';

export interface ReferralDeps {
  db: Kysely<Database>;
  /** Where new referrals are written: on SQLite, several share one commit (group-commit.ts). */
  committer: Committer;
  directory: DirectorySource;
  notifier: Notifier;
  /** New-referral notices to intake addresses, one message a minute at most per address. */
  intakeNotices: IntakeNotices;
  now: () => Date;
  /** Where people reach the app, for links in e-mails: `https://guichet.example.org`. */
  publicUrl: string;
}

export const timestamp = (deps: Pick<ReferralDeps, 'now'>): string => deps.now().toISOString();
