/**
 * Which texts of a record are searched, and in which field. Names and descriptions are
 * searched in every language they are translated into, so a newcomer finds a listing
 * whatever language they type in, and the language the listing shows does not matter.
 */
import type { Organization, Service } from '../schema/directory.ts';
import type { Translations } from '../schema/extensions.ts';
import { taxonomyLanguages, type NeedTerm } from '../taxonomy/taxonomy.ts';
import { termSynonyms } from '../taxonomy/taxonomy-synonyms.ts';

function translatedTexts(translations: Translations | undefined, field: string): string[] {
  if (!translations) return [];
  const texts: string[] = [];
  for (const fields of Object.values(translations)) {
    const translated = fields[field]?.text;
    if (translated) texts.push(translated);
  }
  return texts;
}

function present(texts: (string | null | undefined)[]): string[] {
  return texts.filter((text): text is string => Boolean(text));
}

/** The name field: the name and alternate name, in every language. */
export function serviceNameTexts(service: Service): string[] {
  return present([
    service.name,
    service.alternate_name,
    ...translatedTexts(service.guichet_translations, 'name'),
    ...translatedTexts(service.guichet_translations, 'alternate_name'),
  ]);
}

export function serviceDescriptionTexts(service: Service): string[] {
  return present([service.description, ...translatedTexts(service.guichet_translations, 'description')]);
}

export function organizationNameTexts(organization: Organization): string[] {
  return present([
    organization.name,
    organization.alternate_name,
    ...translatedTexts(organization.guichet_translations, 'name'),
  ]);
}

/**
 * A term's labels and synonyms in every language: "ESL", "cours d'anglais" and
 * "دروس اللغة الإنجليزية" all name the language-classes term.
 */
export function termTexts(term: NeedTerm): string[] {
  return taxonomyLanguages.flatMap((language) => [term.labels[language], ...termSynonyms(term.id, language)]);
}
