// Translation keys are typed from the English file: a missing or misspelled key fails the type check.
import 'i18next';
import type common from '../../../locales/en/common.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common };
  }
}
