/**
 * The daily reminder: every organization with stale services is e-mailed (its staff accounts
 * that are not disabled, and its intake address) at most once per reminder interval. The send
 * is claimed in `listing_reminders` before any mail leaves, so two server processes running the
 * job at once remind an organization once; a claim whose every message failed is given back, so
 * the next run tries again.
 */
import { freshSince } from '../../shared/listings/service-freshness.ts';
import type { Db } from '../listings/listing-rows.ts';
import type { Notifier } from '../referrals/notifier.ts';
import type { FreshnessSettings } from './freshness-settings.ts';
import { isStale, liveServiceDates, type ServiceDate } from './live-service-dates.ts';
import { reminderMessage } from './reminder-message.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReminderOptions {
  db: Db;
  notifier: Notifier;
  now: () => Date;
  /** Where the server is reached: the editor link in the message. */
  publicUrl: string;
  settings: FreshnessSettings;
}

export interface ReminderRun {
  /** Organizations reminded in this run. */
  organizations: number;
  messages: number;
}

/** Its staff's and its intake addresses, once each whatever their case. */
async function recipientsOf(db: Db, organizationId: string): Promise<string[]> {
  const staff = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select('users.email')
    .where('memberships.organization_id', '=', organizationId)
    .where('users.disabled_at', 'is', null)
    .execute();
  const intake = await db.selectFrom('organizations').select('intake_email').where('id', '=', organizationId).executeTakeFirst();
  const addresses = new Map<string, string>();
  for (const address of [...staff.map((row) => row.email), intake?.intake_email]) if (address) addresses.set(address.toLowerCase(), address);
  return [...addresses.values()];
}

/** Takes the organization's reminder slot when the last send is older than the interval; false when it is not due. */
async function claimReminder(db: Db, organizationId: string, at: string, dueBefore: string): Promise<boolean> {
  const claimed = await db
    .insertInto('listing_reminders')
    .values({ organization_id: organizationId, last_sent_at: at })
    .onConflict((conflict) => conflict.column('organization_id').doUpdateSet({ last_sent_at: at }).where('listing_reminders.last_sent_at', '<=', dueBefore))
    .returning('organization_id')
    .executeTakeFirst();
  return claimed !== undefined;
}

/** Gives the slot back when nothing could be sent: the previous send time, or no row. */
async function releaseReminder(db: Db, organizationId: string, previous: string | undefined): Promise<void> {
  if (previous) await db.updateTable('listing_reminders').set({ last_sent_at: previous }).where('organization_id', '=', organizationId).execute();
  else await db.deleteFrom('listing_reminders').where('organization_id', '=', organizationId).execute();
}

/** Sends one message per address; mail errors can quote an address, so only their code is logged. */
async function deliver(options: ReminderOptions, organizationId: string, organizationName: string, staleServices: ServiceDate[], recipients: string[]): Promise<number> {
  const { notifier, publicUrl, settings } = options;
  let sent = 0;
  for (const to of recipients) {
    const message = reminderMessage(to, { organizationId, organizationName, staleServices, publicUrl, ...settings });
    try {
      await notifier.send(message);
      sent += 1;
    } catch (error: unknown) {
      const code = (error as { code?: unknown } | null)?.code;
      console.error(`Freshness reminder not sent: organization ${organizationId} (${typeof code === 'string' ? code : 'no error code'})`);
    }
  }
  return sent;
}

export async function sendStaleReminders(options: ReminderOptions): Promise<ReminderRun> {
  const { db, now, settings } = options;
  const at = now();
  const since = freshSince(at, settings.staleAfterDays);
  const dueBefore = new Date(at.getTime() - settings.reminderIntervalDays * DAY_MS).toISOString();
  const heads = await db.selectFrom('listing_heads').select(['organization_id', 'name', 'live_version']).where('live_version', 'is not', null).orderBy('organization_id').execute();
  const dates = await liveServiceDates(db, heads);
  const run: ReminderRun = { organizations: 0, messages: 0 };
  for (const head of heads) {
    const staleServices = (dates.get(head.organization_id) ?? []).filter((service) => isStale(service, since));
    if (staleServices.length === 0) continue;
    const previous = await db.selectFrom('listing_reminders').select('last_sent_at').where('organization_id', '=', head.organization_id).executeTakeFirst();
    if (previous && previous.last_sent_at > dueBefore) continue;
    const recipients = await recipientsOf(db, head.organization_id);
    if (recipients.length === 0 || !(await claimReminder(db, head.organization_id, at.toISOString(), dueBefore))) continue;
    const sent = await deliver(options, head.organization_id, head.name, staleServices, recipients);
    if (sent === 0) await releaseReminder(db, head.organization_id, previous?.last_sent_at);
    else {
      run.organizations += 1;
      run.messages += sent;
    }
  }
  return run;
}

/**
 * Runs now, then every day until stopped. A failed run is logged by its error's name only and
 * the next one tries again; the interval guard makes a restart's extra run harmless.
 */
export function scheduleStaleReminders(options: ReminderOptions & { everyMs?: number }): () => void {
  const run = () =>
    sendStaleReminders(options).then(
      ({ organizations, messages }) => organizations > 0 && console.log(`Freshness reminders: ${organizations} organizations reminded (${messages} messages).`),
      (error: unknown) => console.error(`Freshness reminders failed (${error instanceof Error ? error.name : 'unknown error'}); they will run again.`),
    );
  void run();
  const timer = setInterval(run, options.everyMs ?? DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
