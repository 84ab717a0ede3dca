/**
 * The shared zod schema decides what is wrong with a request; this turns its findings (and a
 * server's refusal, which names the same fields) into the form's fields and translated messages.
 */
import type { z } from 'zod';
import { hasAContact } from '../../../../shared/referrals/referral-contract.ts';
import type { FieldProblem } from '../outbox/referral-outbox.ts';

/** Every field a message can attach to, in the order they appear on the page. */
export const formFields = [
  'serviceId',
  'referringOrganizationId',
  'name',
  'contact',
  'contact.phone',
  'contact.sms',
  'contact.email',
  'contact.whatsapp',
  'postalCode',
  'needCategories',
  'note',
  'consent.agreed',
  'consent.healthAgreed',
] as const;
export type FormField = (typeof formFields)[number];

export const errorKinds = [
  'nameRequired',
  'nameTooLong',
  'noteTooLong',
  'badCharacters',
  'contactRequired',
  'phoneInvalid',
  'emailInvalid',
  'postalInvalid',
  'needRequired',
  'needTooMany',
  'consentRequired',
  'healthConsentRequired',
  'serviceRequired',
  'organizationRequired',
  'invalid',
] as const;
export type ErrorKind = (typeof errorKinds)[number];

export type FieldErrors = Partial<Record<FormField, ErrorKind>>;

type Problem = 'too-long' | 'bad-characters' | 'other';

function fieldOf(path: string): FormField | null {
  if (path === 'fsa') return 'postalCode';
  if (path.startsWith('needCategories')) return 'needCategories';
  return (formFields as readonly string[]).includes(path) ? (path as FormField) : null;
}

function errorKind(field: FormField, problem: Problem): ErrorKind {
  switch (field) {
    // Free text: too long, or holding characters that cannot be stored.
    case 'name':
      return problem === 'too-long' ? 'nameTooLong' : problem === 'bad-characters' ? 'badCharacters' : 'nameRequired';
    case 'note':
      return problem === 'too-long' ? 'noteTooLong' : problem === 'bad-characters' ? 'badCharacters' : 'invalid';
    case 'contact':
      return 'contactRequired';
    case 'contact.email':
      return 'emailInvalid';
    case 'contact.phone':
    case 'contact.sms':
    case 'contact.whatsapp':
      return 'phoneInvalid';
    case 'postalCode':
      return 'postalInvalid';
    case 'needCategories':
      return problem === 'too-long' ? 'needTooMany' : 'needRequired';
    case 'consent.agreed':
      return 'consentRequired';
    case 'consent.healthAgreed':
      return 'healthConsentRequired';
    case 'serviceId':
      return 'serviceRequired';
    case 'referringOrganizationId':
      return 'organizationRequired';
  }
}

function addError(errors: FieldErrors, path: string, problem: Problem): void {
  const field = fieldOf(path);
  // The first finding per field is the one to fix first.
  if (field && !errors[field]) errors[field] = errorKind(field, problem);
}

const zodProblem = (issue: z.core.$ZodIssue): Problem => (issue.code === 'too_big' ? 'too-long' : issue.code === 'custom' ? 'bad-characters' : 'other');

export interface ValidationResult<T> {
  errors: FieldErrors;
  /** The request as the schema outputs it (trimmed, normalized), when nothing is wrong. */
  request: T | null;
}

/**
 * Checks a request against the contract's schema, plus what the schema cannot see: a postal
 * code that is not Canadian (only its FSA reaches the schema) and the server's health rule.
 */
export function validateRequest<Schema extends z.ZodType>(
  schema: Schema,
  fields: unknown,
  checks: { postalCodeValid: boolean; healthConsentMissing: boolean },
): ValidationResult<z.output<Schema>> {
  const errors: FieldErrors = {};
  if (!checks.postalCodeValid) errors.postalCode = 'postalInvalid';
  if (checks.healthConsentMissing) errors['consent.healthAgreed'] = 'healthConsentRequired';
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) addError(errors, issue.path.map(String).join('.'), zodProblem(issue));
    // The schema checks "at least one way to reach you" only once every field is right; the
    // person should hear about it together with the rest.
    if (!hasAContact(fields as Parameters<typeof hasAContact>[0])) addError(errors, 'contact', 'other');
  }
  return { errors, request: parsed.success && Object.keys(errors).length === 0 ? parsed.data : null };
}

/** The server's field problems, in English, as the form's translated messages. */
export function errorsFromServer(problems: readonly FieldProblem[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const { path, message } of problems) {
    addError(errors, path, /at most|too large/i.test(message) ? 'too-long' : /control characters|Unicode/i.test(message) ? 'bad-characters' : 'other');
  }
  return errors;
}

/** Only the fields of one step of the form. */
export function errorsAmong(errors: FieldErrors, fields: readonly FormField[]): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([field]) => fields.includes(field as FormField)));
}

export const firstErrorField = (errors: FieldErrors): FormField | undefined => formFields.find((field) => errors[field]);

export const errorCount = (errors: FieldErrors): number => Object.keys(errors).length;
