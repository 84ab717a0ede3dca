/**
 * Free text a person types, checked before it reaches a database or a log. Control characters
 * (NUL above all, which PostgreSQL refuses in text) and lone UTF-16 surrogates (which cannot be
 * stored as UTF-8) are refused with a message, instead of failing deep in the server.
 */
import { z } from 'zod';

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LINE_BREAKS = /[\n\r\t]/;
const LONE_SURROGATE = /\p{Cs}/u;

export function plainText(maxLength: number, { multiline = false } = {}) {
  return z
    .string()
    .max(maxLength, `must be at most ${maxLength} characters`)
    .refine((text) => !CONTROL_CHARACTERS.test(text) && (multiline || !LINE_BREAKS.test(text)), 'must not contain control characters')
    .refine((text) => !LONE_SURROGATE.test(text), 'must be valid Unicode text')
    .transform((text) => text.normalize('NFC').trim());
}

export const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'must be a language code such as ar or fr-CA');
