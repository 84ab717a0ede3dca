import { expect, it } from 'vitest';
import { trackingRefused } from './tracking-preference.ts';

it('counts nothing for a person whose browser sends Do Not Track or Global Privacy Control', () => {
  expect(trackingRefused({ doNotTrack: '1' })).toBe(true);
  expect(trackingRefused({ doNotTrack: null, globalPrivacyControl: true })).toBe(true);
  expect(trackingRefused({ doNotTrack: '0', globalPrivacyControl: false })).toBe(false);
  expect(trackingRefused({ doNotTrack: null })).toBe(false);
});
