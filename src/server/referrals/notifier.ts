/**
 * How referral notices leave the server: through SMTP when the deployment has it, otherwise as
 * RFC 822 `.eml` files in the data folder, so a demo or a test shows exactly what would be sent
 * and nothing is silently dropped.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Notifier {
  send(message: MailMessage): Promise<void>;
}

export const DEFAULT_SENDER = 'Guichet <no-reply@guichet.invalid>';

/** The folder under the data directory that holds unsent mail as files. */
export const mailOutboxDir = (dataDir: string): string => join(dataDir, 'outbox-mail');

/** `smtps://user:pass@host:465` or `smtp://host:587`: nodemailer reads the URL as is. */
export function smtpNotifier(url: string, from: string = DEFAULT_SENDER): Notifier {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
  };
}

export function emlFileNotifier(dir: string, from: string = DEFAULT_SENDER): Notifier {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(message) {
      const info = await composer.sendMail({ from, ...message });
      await mkdir(dir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
      // Written aside then renamed, so whoever watches the folder never reads half a message.
      const partial = join(dir, `.${name}.partial`);
      await writeFile(partial, info.message as Buffer);
      await rename(partial, join(dir, name));
    },
  };
}

/** SMTP when a URL is configured, files in `<dataDir>/outbox-mail/` otherwise. */
export function notifierFor({ smtpUrl, dataDir, from }: { smtpUrl: string | null; dataDir: string; from?: string }): Notifier {
  return smtpUrl ? smtpNotifier(smtpUrl, from) : emlFileNotifier(mailOutboxDir(dataDir), from);
}
