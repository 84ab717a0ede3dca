/** Services to choose from (to forward or refer to), matched as staff type. */
import type { Directory } from '../../shared/schema/directory.ts';
import { isListed } from '../../shared/directory/service-facts.ts';
import { normalizeText } from '../../shared/text/normalize.ts';
import { localizeField } from './localize.ts';

export interface ServiceChoice {
  id: string;
  name: string;
  organization: string;
  /** Name and organization, in the reader's language and as written, normalized for matching. */
  words: string;
}

/** Listed services, sorted by name in the reader's language; `excludeId` leaves one out (the referral's own). */
export function serviceChoices(directory: Directory | null, language: string, excludeId?: string): ServiceChoice[] {
  if (!directory) return [];
  const organizations = new Map(directory.organizations.map((organization) => [organization.id, organization]));
  return directory.services
    .filter((service) => service.id !== excludeId && isListed(service))
    .map((service) => {
      const organization = organizations.get(service.organization_id);
      const name = localizeField(service, 'name', language).text;
      const organizationName = organization ? localizeField(organization, 'name', language).text : '';
      return { id: service.id, name, organization: organizationName, words: normalizeText([name, service.name, organizationName, organization?.name ?? ''].join(' ')) };
    })
    .sort((a, b) => a.name.localeCompare(b.name, language));
}

/** Choices holding every word typed, in any order: "housing hamilton" finds Hamilton Road's housing help. */
export function matchChoices(choices: readonly ServiceChoice[], typed: string): ServiceChoice[] {
  const words = normalizeText(typed).split(' ').filter(Boolean);
  return words.length ? choices.filter((choice) => words.every((word) => choice.words.includes(word))) : [...choices];
}
