import { currentLanguage, t } from './i18n.ts';

/** `t` for a component, subscribed to the language so the component re-renders on a change. */
export function useTranslation() {
  const language = currentLanguage.value;
  return { t, language };
}
