/**
 * New-referral notices to an organization's intake address, throttled per address: the first
 * goes at once; the ones that arrive in the following minute are gathered into one digest sent
 * at its end. A busy intake desk gets at most one message a minute instead of one per referral,
 * and a server at peak load does not spend its time composing mail. Like every notice, they hold
 * reference codes, service names and inbox links, never a person's details.
 *
 * The digest waits in memory: a server stopped inside the window does not send it. The referrals
 * themselves are committed and in the inbox; only the reminder is lost.
 */
import { deliverQuietly } from './referral-notices.ts';
import type { MailMessage, Notifier } from './notifier.ts';

export const INTAKE_DIGEST_WINDOW_MS = 60_000;

export interface IntakeNotice {
  referralId: string;
  referenceCode: string;
  serviceName: string;
}

export interface IntakeNotices {
  notify(intakeEmail: string, notice: IntakeNotice): void;
  /** Sends the digests still waiting now (for tests, and for a server that stops cleanly). */
  flush(): Promise<void>;
}

interface Window {
  waiting: IntakeNotice[];
  timer: ReturnType<typeof setTimeout>;
}

const inboxLink = (publicUrl: string, notice: IntakeNotice) => new URL(`/inbox/${notice.referralId}`, publicUrl).href;
const PRIVACY_LINE = 'For privacy, this message holds no personal details. Sign in to see them.\n';

function singleNotice(to: string, publicUrl: string, notice: IntakeNotice): MailMessage {
  return {
    to,
    subject: `New referral ${notice.referenceCode}`,
    text: `A new referral (reference ${notice.referenceCode}) for "${notice.serviceName}" is waiting in your Guichet inbox:\n${inboxLink(publicUrl, notice)}\n\n${PRIVACY_LINE}`,
  };
}

function digest(to: string, publicUrl: string, notices: IntakeNotice[]): MailMessage {
  if (notices.length === 1) return singleNotice(to, publicUrl, notices[0]!);
  const lines = notices.map((notice) => `- ${notice.referenceCode}, "${notice.serviceName}": ${inboxLink(publicUrl, notice)}`);
  return {
    to,
    subject: `${notices.length} new referrals`,
    text: `${notices.length} new referrals are waiting in your Guichet inbox (${new URL('/inbox', publicUrl).href}):\n${lines.join('\n')}\n\n${PRIVACY_LINE}`,
  };
}

export function intakeDigest({ notifier, publicUrl }: { notifier: Notifier; publicUrl: string }, windowMs = INTAKE_DIGEST_WINDOW_MS): IntakeNotices {
  const windows = new Map<string, Window>();

  const send = (message: MailMessage, notices: IntakeNotice[]) => deliverQuietly(notifier, message, notices.map((notice) => notice.referralId).join(','));

  function openWindow(intakeEmail: string): void {
    const timer = setTimeout(() => closeWindow(intakeEmail), windowMs);
    // A waiting digest must not keep a finished process (a CLI run, a test) alive.
    timer.unref?.();
    windows.set(intakeEmail, { waiting: [], timer });
  }

  function closeWindow(intakeEmail: string): void {
    const window = windows.get(intakeEmail);
    windows.delete(intakeEmail);
    if (!window?.waiting.length) return;
    void send(digest(intakeEmail, publicUrl, window.waiting), window.waiting);
    // Still busy: the next ones wait for the next digest rather than go one by one.
    openWindow(intakeEmail);
  }

  return {
    notify(intakeEmail, notice) {
      const window = windows.get(intakeEmail);
      if (window) {
        window.waiting.push(notice);
        return;
      }
      void send(singleNotice(intakeEmail, publicUrl, notice), [notice]);
      openWindow(intakeEmail);
    },
    async flush() {
      const pending = [...windows.entries()];
      windows.clear();
      await Promise.all(
        pending.map(([intakeEmail, window]) => {
          clearTimeout(window.timer);
          return window.waiting.length ? send(digest(intakeEmail, publicUrl, window.waiting), window.waiting) : undefined;
        }),
      );
    },
  };
}
