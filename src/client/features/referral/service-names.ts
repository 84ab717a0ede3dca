/** A service's and its organization's names in the reader's language, from the loaded directory. */
import { directoryIndex } from '../../directory/directory-store.ts';
import { localizeField } from '../../directory/localize.ts';

export interface ServiceNames {
  service: string;
  organization: string;
}

/** null when the directory no longer lists the service. */
export function serviceNames(serviceId: string, language: string): ServiceNames | null {
  const { services, organizations } = directoryIndex.value;
  const service = services.get(serviceId);
  if (!service) return null;
  const organization = organizations.get(service.organization_id);
  return {
    service: localizeField(service, 'name', language).text,
    organization: organization ? localizeField(organization, 'name', language).text : '',
  };
}
