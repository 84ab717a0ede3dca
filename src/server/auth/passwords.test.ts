import { describe, expect, it } from 'vitest';
import { readEnv } from '../env.ts';
import { authSettingsFromEnv, PRODUCTION_PASSWORD_COST } from './auth-settings.ts';
import { hashPassword, needsRehash, passwordProblem, verifyPassword } from './passwords.ts';
import { FAST_PASSWORD_COST } from './test-support.ts';

describe('password rules', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblem('river otter lantern 7', 'nadia@agency.example')).toBeNull();
  });

  it('refuses short, common, repetitive and email-based passwords with a reason', () => {
    expect(passwordProblem('elevenchars', 'a@b.example')).toBe('Choose a password of at least 12 characters.');
    expect(passwordProblem('Password1234', 'a@b.example')).toMatch(/one of the first an attacker would try/);
    expect(passwordProblem('abababababababab', 'a@b.example')).toMatch(/one of the first an attacker would try/);
    expect(passwordProblem('nadia-loves-summer', 'Nadia@agency.example')).toBe('Choose a password that does not contain your email address.');
  });

  it('counts characters, not bytes, so a 12-letter password in any script is enough', () => {
    expect(passwordProblem('كلمةمروريطوي', 'a@b.example')).toBeNull();
  });
});

describe('password hashing', () => {
  it('uses argon2id at the production cost by default', async () => {
    const hash = await hashPassword('river otter lantern 7', PRODUCTION_PASSWORD_COST);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'river otter lantern 7')).toBe(true);
    expect(await verifyPassword(hash, 'river otter lantern 8')).toBe(false);
    expect(needsRehash(hash, PRODUCTION_PASSWORD_COST)).toBe(false);
    expect(needsRehash(hash, FAST_PASSWORD_COST)).toBe(true);
  });

  it('treats an unreadable stored hash as matching nothing', async () => {
    expect(await verifyPassword('not a hash', 'anything at all')).toBe(false);
  });
});

describe('account settings from the environment', () => {
  it('defaults to demo mode, 30 idle minutes and 12 hours at most', () => {
    expect(authSettingsFromEnv(readEnv({}))).toMatchObject({ mode: 'demo', sessionIdleMinutes: 30, sessionMaxHours: 12, publicOrigin: null, trustProxy: false });
  });

  it('reads production settings, and requires PUBLIC_ORIGIN in production', () => {
    const env = readEnv({ GUICHET_MODE: 'production', PUBLIC_ORIGIN: 'https://guichet.example.org/', SESSION_IDLE_MINUTES: '15', TRUST_PROXY: 'true' });
    expect(authSettingsFromEnv(env)).toMatchObject({ mode: 'production', publicOrigin: 'https://guichet.example.org', sessionIdleMinutes: 15, trustProxy: true });
    expect(() => readEnv({ GUICHET_MODE: 'production' })).toThrow(/PUBLIC_ORIGIN: is required when GUICHET_MODE is production/);
    expect(() => readEnv({ GUICHET_MODE: 'live' })).toThrow(/GUICHET_MODE: must be 'demo' or 'production'/);
    expect(() => readEnv({ PUBLIC_ORIGIN: 'https://guichet.example.org/app' })).toThrow(/PUBLIC_ORIGIN: must be an origin only/);
  });
});
