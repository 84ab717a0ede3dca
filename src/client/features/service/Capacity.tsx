import type { Service } from '../../../shared/schema/directory.ts';
import { useTranslation } from '../../i18n/use-translation.ts';

/**
 * Whether the service takes new people now, as its provider says (`guichet_capacity`). The note
 * is the provider's own words, marked with their language for screen readers.
 */
export function Capacity({ service }: { service: Service }) {
  const { t } = useTranslation();
  const capacity = service.guichet_capacity;
  if (!capacity) return null;
  const tone = capacity.status === 'accepting' ? 'capacity-open' : 'notice-warning';
  return (
    <div class={`notice ${tone} capacity capacity-${capacity.status}`}>
      <p>{t(`service.capacity.${capacity.status}`)}</p>
      {capacity.note && <p lang={service.guichet_source_language ?? 'en'}><bdi>{capacity.note}</bdi></p>}
    </div>
  );
}
