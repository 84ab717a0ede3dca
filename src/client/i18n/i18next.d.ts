// Translation keys are typed from the English files: a missing or misspelled key fails the type check.
// The packs are merged into the one namespace when their pages load (see i18n.ts).
import 'i18next';
import type common from '../../../locales/en/common.json';
import type referral from '../../../locales/en/referral.json';
import type staff from '../../../locales/en/staff.json';
import type dashboard from '../../../locales/en/dashboard.json';
import type feedback from '../../../locales/en/feedback.json';
import type listings from '../../../locales/en/listings.json';
import type exchange from '../../../locales/en/exchange.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common & typeof referral & typeof staff & typeof dashboard & typeof feedback & typeof listings & typeof exchange };
  }
}
