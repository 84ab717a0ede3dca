/** Field schemas the auth routes share, so an email or a code is checked the same way everywhere. */
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH } from '../../auth/passwords.ts';
import { TOTP_CODE_PATTERN, TOTP_SECRET_PATTERN } from '../../auth/totp.ts';

export const emailField = z.string().trim().pipe(z.email('must be an email address').max(254));

/** Only the upper bound here: the rules for a new password are checked, and explained, by passwordProblem. */
export const passwordField = z.string().min(1, 'is required').max(MAX_PASSWORD_LENGTH);

/** People type "123 456" as their app shows it. */
export const totpCodeField = z
  .string()
  .max(20)
  .transform((code) => code.replace(/\s/g, ''))
  .pipe(z.string().regex(TOTP_CODE_PATTERN, 'must be the 6 digits your authenticator app shows'));

export const totpSecretField = z.string().regex(TOTP_SECRET_PATTERN, 'must be the secret this server gave you when you started setting up');

/** Invitation tokens are 43 base64url characters; a little slack costs nothing. */
export const invitationTokenField = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'is not an invitation token: copy the whole link');

/** Control characters (NUL above all, which PostgreSQL cannot store) have no place in a name. */
export const displayNameField = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(80)
  .regex(/^\P{Cc}*$/u, 'must not contain control characters');
