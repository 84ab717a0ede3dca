import { describe, expect, it } from 'vitest';
import { createTestAccount } from '../auth/test-support.ts';
import { describeOnEngines } from '../db/test-engines.ts';
import { startListingServer, type ListingTestServer } from '../listings/test-support.ts';
import type { MailMessage, Notifier } from '../referrals/notifier.ts';
import { recordingNotifier, type RecordingNotifier } from '../referrals/test-fixtures.ts';
import { confirmAll, listedServices, plantFeedback, verifier } from './freshness-test-support.ts';
import { sendStaleReminders } from './stale-reminders.ts';
import { verifyServices } from '../listings/listing-versions.ts';

const PUBLIC_URL = 'https://guichet.example.org';
const INTAKE = 'intake@org-a.example';
const CANARY = 'Canary comment: the heron-lantern desk was rude';

describe('freshness reminders', () => {
  describeOnEngines(
    'e-mail to providers of stale services',
    (ctx) => {
      interface Setting {
        server: ListingTestServer;
        staffEmail: string;
        disabledEmail: string;
      }

      /** Organization A confirmed today, with a staff member, a disabled account and an intake address; B confirmed too. */
      async function start(): Promise<Setting> {
        const server = await startListingServer(ctx.database());
        await confirmAll(ctx.db(), server, server.orgA);
        await confirmAll(ctx.db(), server, server.orgB);
        await ctx.db().updateTable('organizations').set({ intake_email: INTAKE }).where('id', '=', server.orgA).execute();
        const staff = await createTestAccount(ctx.db(), { organizationIds: [server.orgA] });
        const disabled = await createTestAccount(ctx.db(), { organizationIds: [server.orgA] });
        await ctx.db().updateTable('users').set({ disabled_at: '2026-05-01T00:00:00.000Z' }).where('id', '=', disabled.id).execute();
        return { server, staffEmail: staff.email, disabledEmail: disabled.email };
      }

      const run = (server: ListingTestServer, notifier: Notifier = recordingNotifier()) =>
        sendStaleReminders({ db: ctx.db(), notifier, now: server.clock.now, publicUrl: PUBLIC_URL, settings: { staleAfterDays: 180, reminderIntervalDays: 30 } });

      const toOrgA = (server: ListingTestServer, notifier: RecordingNotifier): MailMessage[] =>
        notifier.sent.filter((message) => message.text.includes(`${PUBLIC_URL}/listings/${server.orgA}`));

      it('nothing is sent while every service was confirmed within the period', async () => {
        const { server } = await start();
        server.clock.advanceDays(180);
        const notifier = recordingNotifier();
        expect(await run(server, notifier)).toEqual({ organizations: 0, messages: 0 });
        expect(notifier.sent).toEqual([]);
      });

      it('once stale, each staff member and the intake address get one message naming the services, their date and the editor', async () => {
        const { server, staffEmail, disabledEmail } = await start();
        await plantFeedback(ctx.db(), server, server.orgA, [{ kind: 'rating', serviceId: listedServices(server, server.orgA)[0]!.id, rating: 1, comment: CANARY }]);
        server.clock.advanceDays(181);
        const notifier = recordingNotifier();
        await run(server, notifier);

        const messages = toOrgA(server, notifier);
        expect(messages.map((message) => message.to).sort()).toEqual([INTAKE, staffEmail].sort());
        expect(notifier.sent.map((message) => message.to)).not.toContain(disabledEmail);
        const listed = listedServices(server, server.orgA);
        expect(messages[0]!.subject).toContain(`${listed.length} service`);
        for (const service of listed) expect(messages[0]!.text).toContain(`${service.name}: last confirmed on 2026-06-01`);
        expect(messages[0]!.text).not.toContain(CANARY);
      });

      it('an organization is reminded once per interval, and again after it', async () => {
        const { server } = await start();
        server.clock.advanceDays(181);
        const first = recordingNotifier();
        await run(server, first);
        expect(toOrgA(server, first)).toHaveLength(2);

        const sameDay = recordingNotifier();
        await run(server, sameDay);
        server.clock.advanceDays(29);
        await run(server, sameDay);
        expect(sameDay.sent).toEqual([]);

        server.clock.advanceDays(1);
        const next = recordingNotifier();
        await run(server, next);
        expect(toOrgA(server, next)).toHaveLength(2);
      });

      it('after "still correct" on every service, no reminder goes to the organization', async () => {
        const { server } = await start();
        server.clock.advanceDays(181);
        await verifyServices(ctx.db(), server.orgA, listedServices(server, server.orgA).map((service) => service.id), verifier, server.clock.now().toISOString());
        const notifier = recordingNotifier();
        await run(server, notifier);
        expect(toOrgA(server, notifier)).toEqual([]);
      });

      it('a run whose every message failed is tried again by the next run', async () => {
        const { server } = await start();
        server.clock.advanceDays(181);
        const failing: Notifier = { send: async () => Promise.reject(Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' })) };
        expect(await run(server, failing)).toEqual({ organizations: 0, messages: 0 });
        const notifier = recordingNotifier();
        await run(server, notifier);
        expect(toOrgA(server, notifier)).toHaveLength(2);
      });
    },
    { fresh: 'test' },
  );
});
