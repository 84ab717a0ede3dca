import { describe, expect, it } from 'vitest';
import { safeWebUrl } from './safe-url.ts';

describe('listing websites as links', () => {
  it('keeps web addresses', () => {
    expect(safeWebUrl('https://example.org/classes')).toBe('https://example.org/classes');
    expect(safeWebUrl('http://example.org')).toBe('http://example.org/');
  });

  it('adds https to a bare address', () => {
    expect(safeWebUrl(' www.example.org ')).toBe('https://www.example.org/');
  });

  it('refuses any other scheme, so imported data cannot run a script', () => {
    expect(safeWebUrl('javascript:alert(1)')).toBeNull();
    expect(safeWebUrl('JavaScript:alert(1)')).toBeNull();
    expect(safeWebUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeWebUrl('')).toBeNull();
    expect(safeWebUrl(null)).toBeNull();
  });
});
