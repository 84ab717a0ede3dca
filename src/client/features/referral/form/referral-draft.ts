/**
 * What a person has typed into a referral form, kept on the device as they type so a reload,
 * a failed send or going offline loses nothing, and turned into the request the API takes.
 */
import { parseFsa } from '../../../../shared/geo/fsa.ts';
import { CONSENT_TEXT_VERSION, contactMethods, type ContactMethod } from '../../../../shared/referrals/referral-contract.ts';
import type { ReferralBody } from '../outbox/referral-outbox.ts';

export interface ReferralDraft {
  serviceId: string;
  name: string;
  contact: Record<ContactMethod, string>;
  preferredLanguage: string;
  interpreterNeeded: boolean;
  postalCode: string;
  needCategories: string[];
  note: string;
}

/** Asked at the moment of sending, never kept in a draft. */
export interface ConsentChoices {
  agreed: boolean;
  healthAgreed: boolean;
  allowForward: boolean;
}

export const noConsent: ConsentChoices = { agreed: false, healthAgreed: false, allowForward: false };

export const emptyContact = (): Record<ContactMethod, string> => ({ phone: '', sms: '', email: '', whatsapp: '' });

export function newDraft(serviceId: string, preferredLanguage: string, needCategories: string[]): ReferralDraft {
  return { serviceId, name: '', contact: emptyContact(), preferredLanguage, interpreterNeeded: false, postalCode: '', needCategories, note: '' };
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** A stored draft, or null when it is missing or from an older shape. */
function parseDraft(value: unknown): ReferralDraft | null {
  const draft = value as Partial<ReferralDraft> | null;
  if (!draft || typeof draft !== 'object') return null;
  const contact = draft.contact as Partial<Record<ContactMethod, unknown>> | undefined;
  const valid =
    [draft.serviceId, draft.name, draft.preferredLanguage, draft.postalCode, draft.note].every(isString) &&
    typeof draft.interpreterNeeded === 'boolean' &&
    Array.isArray(draft.needCategories) &&
    draft.needCategories.every(isString) &&
    !!contact &&
    contactMethods.every((method) => isString(contact[method]));
  return valid ? (draft as ReferralDraft) : null;
}

export interface DraftStore {
  load(): ReferralDraft | null;
  save(draft: ReferralDraft): void;
  clear(): void;
}

/**
 * A newcomer's draft lives in localStorage (their own phone); a staff member's in sessionStorage,
 * so a client's details do not outlast the browser session on a shared office computer.
 */
export function draftStore(key: string, storage: () => Storage): DraftStore {
  return {
    load() {
      try {
        return parseDraft(JSON.parse(storage().getItem(key) ?? 'null'));
      } catch {
        return null;
      }
    },
    save(draft) {
      try {
        storage().setItem(key, JSON.stringify(draft));
      } catch {
        // Storage blocked or full: the form still works for this visit.
      }
    },
    clear() {
      try {
        storage().removeItem(key);
      } catch {
        // Nothing was stored.
      }
    },
  };
}

/** A refused request back in the form, to be fixed: the postal code comes back as its FSA. */
export function draftFromBody(body: ReferralBody): ReferralDraft {
  return {
    serviceId: body.serviceId,
    name: body.name,
    contact: { ...emptyContact(), ...Object.fromEntries(Object.entries(body.contact).filter(([, value]) => value)) },
    preferredLanguage: body.preferredLanguage,
    interpreterNeeded: body.interpreterNeeded,
    postalCode: body.fsa ?? '',
    needCategories: body.needCategories,
    note: body.note ?? '',
  };
}

export const postalCodeIsValid = (draft: ReferralDraft): boolean => draft.postalCode.trim() === '' || parseFsa(draft.postalCode) !== null;

/**
 * The request as the API takes it, before validation (the schema decides what is wrong).
 * Only the postal code's FSA is sent; empty contact fields are left out.
 */
export function requestFields(draft: ReferralDraft, consent: ConsentChoices, options: { language: string; idempotencyKey: string; healthNeeded: boolean }) {
  const contact = Object.fromEntries(contactMethods.flatMap((method) => (draft.contact[method].trim() ? [[method, draft.contact[method].trim()]] : [])));
  return {
    serviceId: draft.serviceId,
    name: draft.name,
    contact,
    preferredLanguage: draft.preferredLanguage,
    interpreterNeeded: draft.interpreterNeeded,
    fsa: draft.postalCode.trim() ? parseFsa(draft.postalCode) : null,
    needCategories: draft.needCategories,
    ...(draft.note.trim() && { note: draft.note }),
    consent: {
      textVersion: CONSENT_TEXT_VERSION,
      language: options.language,
      agreed: consent.agreed,
      healthAgreed: options.healthNeeded && consent.healthAgreed,
      allowForward: consent.allowForward,
    },
    idempotencyKey: options.idempotencyKey,
  };
}
