/** The fields that need attention, each a button that shows and focuses its input. */
import { useTranslation } from '../../i18n/use-translation.ts';
import type { OrganizationListing } from '../../../shared/listings/listing-document.ts';
import { fieldLabel } from './field-names.ts';
import type { ProblemKind } from './field-errors.ts';
import { useProblemText } from './EditorFields.tsx';

function recordName(document: OrganizationListing, path: string, unnamed: string): string {
  const [table, index] = path.split('.');
  if (table === 'services') return document.services[Number(index)]?.name || unnamed;
  if (table === 'locations') return document.locations[Number(index)]?.name || unnamed;
  return document.organization.name || unnamed;
}

export function ProblemSummary({ document, problems, onReveal }: { document: OrganizationListing; problems: Map<string, ProblemKind>; onReveal: (path: string) => void }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  if (problems.size === 0) return null;
  return (
    <section class="notice notice-error listing-problems" aria-labelledby="listing-problems-title">
      <h2 id="listing-problems-title">{t('listings.problems.title', { count: problems.size })}</h2>
      <ul>
        {[...problems].map(([path, kind]) => (
          <li key={path}>
            <button type="button" class="link-button" onClick={() => onReveal(path)}>
              {t('listings.problems.item', { record: recordName(document, path, t('listings.services.unnamed')), field: fieldLabel(t, path), problem: problemText(kind) })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
