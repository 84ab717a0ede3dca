import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INTAKE_DIGEST_WINDOW_MS, intakeDigest } from './intake-digest.ts';
import { recordingNotifier } from './test-fixtures.ts';

const publicUrl = 'https://guichet.example.org';
const notice = (n: number) => ({ referralId: `referral-${n}`, referenceCode: `CODE-000${n}`, serviceName: `Service ${n}` });

describe('intake notices', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the first referral at once, then gathers the next minute’s into one digest per address', async () => {
    const notifier = recordingNotifier();
    const notices = intakeDigest({ notifier, publicUrl });

    notices.notify('intake@argyle.example', notice(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(notifier.sent).toEqual([expect.objectContaining({ to: 'intake@argyle.example', subject: 'New referral CODE-0001' })]);
    expect(notifier.sent[0]!.text).toContain(`${publicUrl}/inbox/referral-1`);

    notices.notify('intake@argyle.example', notice(2));
    notices.notify('intake@argyle.example', notice(3));
    notices.notify('intake@hamilton.example', notice(4)); // another desk: its own first message, at once
    await vi.advanceTimersByTimeAsync(0);
    expect(notifier.sent.map((mail) => mail.subject)).toEqual(['New referral CODE-0001', 'New referral CODE-0004']);

    await vi.advanceTimersByTimeAsync(INTAKE_DIGEST_WINDOW_MS);
    const digest = notifier.sent.at(-1)!;
    expect(digest).toMatchObject({ to: 'intake@argyle.example', subject: '2 new referrals' });
    expect(digest.text).toContain(`CODE-0002, "Service 2": ${publicUrl}/inbox/referral-2`);
    expect(digest.text).toContain(`CODE-0003, "Service 3": ${publicUrl}/inbox/referral-3`);
    expect(notifier.sent).toHaveLength(3);
  });

  it('goes back to one message at once when a quiet minute has passed', async () => {
    const notifier = recordingNotifier();
    const notices = intakeDigest({ notifier, publicUrl });
    notices.notify('intake@argyle.example', notice(1));
    await vi.advanceTimersByTimeAsync(INTAKE_DIGEST_WINDOW_MS);
    notices.notify('intake@argyle.example', notice(2));
    await vi.advanceTimersByTimeAsync(0);
    expect(notifier.sent.map((mail) => mail.subject)).toEqual(['New referral CODE-0001', 'New referral CODE-0002']);
  });

  it('sends what is waiting when flushed, and nothing twice', async () => {
    const notifier = recordingNotifier();
    const notices = intakeDigest({ notifier, publicUrl });
    notices.notify('intake@argyle.example', notice(1));
    notices.notify('intake@argyle.example', notice(2));
    await notices.flush();
    expect(notifier.sent.map((mail) => mail.subject)).toEqual(['New referral CODE-0001', 'New referral CODE-0002']);
    await vi.advanceTimersByTimeAsync(2 * INTAKE_DIGEST_WINDOW_MS);
    expect(notifier.sent).toHaveLength(2);
  });
});
