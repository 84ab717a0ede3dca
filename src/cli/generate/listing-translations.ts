/**
 * Translations of the demo listings. French and Arabic were written with the templates; the
 * other languages are machine translations, flagged so the reader is told to check details
 * with the provider.
 */
import type { Translations } from '../../shared/schema/extensions.ts';
import zhHans from './listing-translations/zh-Hans.json';
import pa from './listing-translations/pa.json';
import es from './listing-translations/es.json';
import tl from './listing-translations/tl.json';
import uk from './listing-translations/uk.json';
import fa from './listing-translations/fa.json';
import { serviceTemplates, sessionQualifiers } from './service-templates.ts';
import { documents } from './places.ts';

interface ListingTranslation {
  services: Record<string, { name: string; description: string }[]>;
  qualifiers: string[];
}

const machineTranslated: Record<string, ListingTranslation> = { 'zh-Hans': zhHans, pa, es, tl, uk, fa };

export type CostOption = 'free' | 'registrationFee';

const withQualifier = (name: string, qualifier: string | undefined) => (qualifier ? `${name} (${qualifier})` : name);

/** Name and description in every language of a service made from a template (and qualifier). */
export function serviceTranslations(termId: string, templateIndex: number, qualifierIndex: number | null, arabicByMachine: boolean): Translations {
  const template = serviceTemplates[termId]![templateIndex]!;
  const qualifier = qualifierIndex === null ? null : sessionQualifiers[qualifierIndex]!;
  const translations: Translations = {
    fr: { name: { text: withQualifier(template.name.fr, qualifier?.fr), machine: false }, description: { text: template.description.fr, machine: false } },
    ar: {
      name: { text: withQualifier(template.name.ar, qualifier?.ar), machine: arabicByMachine },
      description: { text: template.description.ar, machine: arabicByMachine },
    },
  };
  for (const [language, listing] of Object.entries(machineTranslated)) {
    const text = listing.services[termId]![templateIndex]!;
    const qualifierText = qualifierIndex === null ? undefined : listing.qualifiers[qualifierIndex];
    translations[language] = { name: { text: withQualifier(text.name, qualifierText), machine: true }, description: { text: text.description, machine: true } };
  }
  return translations;
}

/**
 * Documents and fees carry the human French and Arabic only: with machine translations of every
 * small field the demo bundle would outgrow what a prepaid phone should download.
 */
function humanTranslations(field: string, human: { fr: string; ar: string }): Translations {
  return { fr: { [field]: { text: human.fr, machine: false } }, ar: { [field]: { text: human.ar, machine: false } } };
}

export function documentTranslations(documentIndex: number): Translations {
  return humanTranslations('document', documents[documentIndex]!);
}

const COST_OPTIONS: Record<CostOption, { en: string; fr: string; ar: string }> = {
  free: { en: 'Free', fr: 'Gratuit', ar: 'مجاني' },
  registrationFee: { en: 'Registration fee', fr: 'Frais d’inscription', ar: 'رسوم التسجيل' },
};

export function costOptionText(option: CostOption): { text: string; translations: Translations } {
  return { text: COST_OPTIONS[option].en, translations: humanTranslations('option', COST_OPTIONS[option]) };
}
