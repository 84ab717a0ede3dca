import { describe, expect, it } from 'vitest';
import { checkNewOrganization, refusedFields, suggestOrganizationId } from './organization-id.ts';

describe('suggestOrganizationId', () => {
  it('keeps lowercase letters and digits, with dashes between words', () => {
    expect(suggestOrganizationId("  Centre d'accueil Élan 2 ")).toBe('centre-d-accueil-elan-2');
  });
  it('suggests nothing for a name without Latin letters or digits', () => {
    expect(suggestOrganizationId('مركز الترحيب')).toBe('');
  });
  it('stays within the server\'s 64 characters and never ends on a dash', () => {
    const id = suggestOrganizationId(`${'a'.repeat(63)} b`);
    expect(id).toBe('a'.repeat(63));
  });
});

describe('checkNewOrganization', () => {
  it('asks for a name and an id in the accepted form', () => {
    expect(checkNewOrganization(' ', '-x')).toEqual([{ path: 'name', code: 'required' }, { path: 'organizationId', code: 'invalid' }]);
    expect(checkNewOrganization('Élan', 'elan')).toEqual([]);
  });
});

describe('refusedFields', () => {
  const failure = { ok: false as const, fields: [], conflict: false };
  it('places a taken id on the id field', () => {
    expect(refusedFields({ ...failure, status: 409, error: 'taken' })).toEqual([{ path: 'organizationId', code: 'taken' }]);
  });
  it('keeps the fields a 400 names, with their codes', () => {
    const fields = [
      { path: 'organizationId', code: 'invalid_format' },
      { path: 'name', code: 'too_small' },
    ];
    expect(refusedFields({ ...failure, status: 400, error: 'organizationId: use letters; name: is required', fields })).toEqual(fields);
  });
  it('finds no field in other refusals', () => {
    expect(refusedFields({ ...failure, status: 403, error: 'organizationId: no', fields: [{ path: 'organizationId', code: 'custom' }] })).toEqual([]);
  });
});
