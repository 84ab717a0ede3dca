import { describe, expect, it } from 'vitest';
import { referralSubmissionSchema } from '../../../../shared/referrals/referral-contract.ts';
import { newDraft, noConsent, postalCodeIsValid, requestFields, type ConsentChoices, type ReferralDraft } from './referral-draft.ts';
import { errorsFromServer, firstErrorField, validateRequest } from './referral-validation.ts';

const KEY = '6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const agreed: ConsentChoices = { agreed: true, healthAgreed: false, allowForward: false };

function createDraft(patch: Partial<ReferralDraft> = {}): ReferralDraft {
  return { ...newDraft('svc-00001', 'ar', ['settlement']), name: 'Amal', contact: { phone: '519 555 0142', sms: '', email: '', whatsapp: '' }, ...patch };
}

function validate(draft: ReferralDraft, consent: ConsentChoices = agreed, healthNeeded = false) {
  return validateRequest(referralSubmissionSchema, requestFields(draft, consent, { language: 'ar', idempotencyKey: KEY, healthNeeded }), {
    postalCodeValid: postalCodeIsValid(draft),
    healthConsentMissing: healthNeeded && !consent.healthAgreed,
  });
}

describe('checking a referral request against the shared schema', () => {
  it('accepts a complete request and sends only the postal code’s FSA', () => {
    const { errors, request } = validate(createDraft({ postalCode: 'n6a 3n7', note: '  Mornings  ' }));
    expect(errors).toEqual({});
    expect(request).toMatchObject({ fsa: 'N6A', note: 'Mornings', contact: { phone: '519 555 0142' }, consent: { agreed: true, language: 'ar' } });
    expect(request?.contact).not.toHaveProperty('email');
  });

  it('names every wrong answer at once, a missing way to reach the person included', () => {
    const { errors, request } = validate(createDraft({ name: ' ', contact: { phone: '', sms: '', email: '', whatsapp: '' }, needCategories: [] }), noConsent);
    expect(request).toBeNull();
    expect(errors).toEqual({ name: 'nameRequired', contact: 'contactRequired', needCategories: 'needRequired', 'consent.agreed': 'consentRequired' });
    expect(firstErrorField(errors)).toBe('name');
  });

  it('tells a wrong phone number from a wrong e-mail address, and a foreign postal code from both', () => {
    const { errors } = validate(createDraft({ contact: { phone: '12', sms: '', email: 'amal@', whatsapp: '' }, postalCode: '90210' }));
    expect(errors).toEqual({ 'contact.phone': 'phoneInvalid', 'contact.email': 'emailInvalid', postalCode: 'postalInvalid' });
  });

  it('asks for the separate health consent when a need touches health', () => {
    expect(validate(createDraft({ needCategories: ['mental-health'] }), agreed, true).errors).toEqual({ 'consent.healthAgreed': 'healthConsentRequired' });
    expect(validate(createDraft({ needCategories: ['mental-health'] }), { ...agreed, healthAgreed: true }, true).request).toMatchObject({ consent: { healthAgreed: true } });
  });

  it('reads a server refusal’s fields as the same messages', () => {
    const errors = errorsFromServer([
      { path: 'contact', message: 'at least one way to reach you is required' },
      { path: 'note', message: 'must be at most 500 characters' },
      { path: 'name', message: 'must not contain control characters' },
      { path: 'consent.healthAgreed', message: 'a request about health needs the separate health consent' },
      { path: 'body', message: 'has a field that cannot be set here: id' },
    ]);
    expect(errors).toEqual({ contact: 'contactRequired', note: 'noteTooLong', name: 'badCharacters', 'consent.healthAgreed': 'healthConsentRequired' });
  });
});
