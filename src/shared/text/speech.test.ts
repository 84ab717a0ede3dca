import { describe, expect, it } from 'vitest';
import { speakablePhoneNumber } from './speech.ts';

describe('phone numbers read aloud', () => {
  it('reads each digit, pausing between groups', () => {
    expect(speakablePhoneNumber('519-555-0123')).toBe('5 1 9, 5 5 5, 0 1 2 3');
  });

  it('reads any common way of writing a number the same', () => {
    expect(speakablePhoneNumber('(519) 555 0123')).toBe('5 1 9, 5 5 5, 0 1 2 3');
    expect(speakablePhoneNumber('+1 519.555.0123')).toBe('1, 5 1 9, 5 5 5, 0 1 2 3');
  });
});
