import { describe, expect, it } from 'vitest';
import { countSyllables, readingEase } from './readability.ts';

describe('reading ease', () => {
  it('counts syllables from vowel groups, mute e left out', () => {
    expect(countSyllables('home', 'en')).toBe(1);
    expect(countSyllables('service', 'en')).toBe(2);
    expect(countSyllables('employment', 'en')).toBe(3);
    expect(countSyllables('école', 'fr')).toBe(2);
    expect(countSyllables('services', 'fr')).toBe(2);
  });

  it('scores short everyday sentences as easier than long formal ones', () => {
    const plain = readingEase(['Find a class near you. It is free.'], 'en');
    const formal = readingEase(['Comprehensive multidisciplinary assistance is available to eligible individuals requiring accommodation.'], 'en');
    expect(plain.score).toBeGreaterThan(80);
    expect(formal.score).toBeLessThan(20);
  });

  it('reads an interpolated value as one short word', () => {
    expect(readingEase(['{{count}} services'], 'en').words).toBe(2);
  });
});
