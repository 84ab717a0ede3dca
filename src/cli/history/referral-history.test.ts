import { beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeOnEngines } from '../../server/db/test-engines.ts';
import { fileDirectorySource } from '../../server/directory-source.ts';
import { ReferralHistory } from './referral-history.ts';
import { seedDemoHistoryIfEmpty } from './seed-if-empty.ts';
import { writeHistory, type HistorySummary } from './write-history.ts';

const directory = fileDirectorySource('data/demo/london-middlesex.json').current().value;
const START = new Date('2024-04-01T00:00:00.000Z');
const END = new Date('2026-04-01T00:00:00.000Z');
const options = { directory, seed: 99, requests: 4000, start: START, end: END, retentionDays: 365 };

describeOnEngines('sample referral history', ({ db }) => {
  let summary: HistorySummary;

  beforeAll(async () => {
    summary = await writeHistory(db(), { ...options, searches: true });
  }, 120_000);

  it('is the same for the same seed', () => {
    const first = [...new ReferralHistory(options).referrals()].slice(0, 50).map(({ row }) => [row.id, row.created_at, row.status]);
    const second = [...new ReferralHistory(options).referrals()].slice(0, 50).map(({ row }) => [row.id, row.created_at, row.status]);
    expect(first).toEqual(second);
  });

  it('writes every request, their forwards and their history through the real tables', async () => {
    const count = async (from: string) => Number((await sql<{ count: number }>`select count(*) as count from ${sql.raw(from)}`.execute(db())).rows[0]!.count);
    expect(await count('referrals')).toBe(summary.referrals);
    expect(await count('referral_events')).toBe(summary.events);
    expect(await count('referrals where forwarded_from_id is null')).toBe(4000);
    // Each referral's last history entry is the state it is in.
    const mismatched = await sql<{ count: number }>`
      select count(*) as count from referrals r
      where r.status <> (select e.to_status from referral_events e where e.referral_id = r.id order by e.at desc, e.id desc limit 1)`.execute(db());
    expect(Number(mismatched.rows[0]!.count)).toBe(0);
  });

  it('peaks in September and January, dips in July, and mixes outcomes as a region does', async () => {
    const rows = await db().selectFrom('referrals').select(['created_at', 'status', 'source', 'fsa', 'forwarded_from_id', 'first_response_at', 'person_name', 'purged_at', 'closed_at']).execute();
    const inMonth = (month: string) => rows.filter((row) => row.created_at.slice(5, 7) === month && row.forwarded_from_id === null).length;
    expect(inMonth('09')).toBeGreaterThan(inMonth('07') * 1.6);
    expect(inMonth('01')).toBeGreaterThan(inMonth('07') * 1.4);
    const share = (keep: (row: (typeof rows)[number]) => boolean) => rows.filter(keep).length / rows.length;
    expect(share((row) => row.status === 'rejected')).toBeGreaterThan(0.08);
    expect(share((row) => row.status === 'rejected')).toBeLessThan(0.16);
    expect(share((row) => row.status === 'completed')).toBeGreaterThan(0.45);
    expect(share((row) => row.source === 'agency')).toBeGreaterThan(0.22);
    expect(share((row) => row.forwarded_from_id !== null)).toBeGreaterThan(0.05);
    const topThree = ['N5W', 'N6A', 'N5Y'];
    expect(share((row) => topThree.includes(row.fsa ?? ''))).toBeGreaterThan(0.33);
    // The newest requests are still waiting; old closed ones no longer name anyone.
    expect(rows.some((row) => row.status === 'requested' && row.created_at > '2026-03-25')).toBe(true);
    expect(rows.filter((row) => row.closed_at && row.closed_at < '2025-01-01').every((row) => row.person_name === null && row.purged_at !== null)).toBe(true);
  });

  it('leaves the dashboard counts built and searches counted', async () => {
    const rolled = await db()
      .selectFrom('dashboard_referral_counts')
      .select(sql<number>`sum(count)`.as('total'))
      .where('population', '=', 'referral')
      .where('pair', '=', 'language|organization')
      .executeTakeFirst();
    expect(Number(rolled?.total)).toBe(summary.referrals);
    expect(summary.searchRows).toBeGreaterThan(700 * 20);
  });

  it('is written at demo start only into an empty demo region', async () => {
    expect(await seedDemoHistoryIfEmpty(db(), { directory, mode: 'demo', now: END, retentionDays: 365 })).toBeNull();
    expect(await seedDemoHistoryIfEmpty(db(), { directory, mode: 'production', now: END, retentionDays: 365 })).toBeNull();
  });
});
