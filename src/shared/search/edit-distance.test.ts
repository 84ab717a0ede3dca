import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('employment', 'employment')).toBe(0);
    expect(editDistance('emplyment', 'employment')).toBe(1);
    expect(editDistance('employmemt', 'employment')).toBe(1);
    expect(editDistance('housing', 'hosing')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('anglias', 'anglais')).toBe(1);
    expect(editDistance('tranlsation', 'translation')).toBe(1);
    expect(editDistance('anglias', 'english')).toBeGreaterThan(2);
  });

  it('measures against the closest start of the word when asked', () => {
    expect(editDistance('emplym', 'employment', true)).toBe(1);
    expect(editDistance('employ', 'employment', true)).toBe(0);
    expect(editDistance('emplym', 'employment')).toBe(4);
  });
});
