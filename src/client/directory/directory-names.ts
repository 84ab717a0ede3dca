/** Services and organizations by id, named in the reader's language from the loaded directory. */
import { directoryIndex } from './directory-store.ts';
import { localizeField } from './localize.ts';

/** The service's name, or null when the directory no longer lists it. */
export function serviceName(serviceId: string, language: string): string | null {
  const service = directoryIndex.value.services.get(serviceId);
  return service ? localizeField(service, 'name', language).text : null;
}

export function organizationName(organizationId: string, language: string): string | null {
  const organization = directoryIndex.value.organizations.get(organizationId);
  return organization ? localizeField(organization, 'name', language).text : null;
}

export interface ServiceNames {
  service: string;
  organization: string;
}

/** A service's name and its organization's; null when the directory no longer lists the service. */
export function serviceNames(serviceId: string, language: string): ServiceNames | null {
  const service = directoryIndex.value.services.get(serviceId);
  if (!service) return null;
  return { service: localizeField(service, 'name', language).text, organization: organizationName(service.organization_id, language) ?? '' };
}
