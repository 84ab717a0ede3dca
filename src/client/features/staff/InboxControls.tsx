import { useTranslation } from '../../i18n/use-translation.ts';
import { referralStatuses, type ReferralStatus } from '../../../shared/referrals/referral-contract.ts';
import type { InboxSortOrder, InboxView } from './inbox-query.ts';

/** Filter by status and choose the order; each change shows page 1 of the new list at once. */
export function InboxControls({ view, onChange }: { view: InboxView; onChange: (view: InboxView) => void }) {
  const { t } = useTranslation();
  return (
    <div class="inbox-controls">
      <label class="inbox-control">
        <span>{t('staff.inbox.statusFilter')}</span>
        <select value={view.status ?? ''} onChange={(event) => onChange({ ...view, status: (event.currentTarget.value || null) as ReferralStatus | null, page: 1 })}>
          <option value="">{t('staff.inbox.allStatuses')}</option>
          {referralStatuses.map((status) => <option key={status} value={status}>{t(`staff.status.${status}`)}</option>)}
        </select>
      </label>
      <label class="inbox-control">
        <span>{t('staff.inbox.sort')}</span>
        <select value={view.sort} onChange={(event) => onChange({ ...view, sort: event.currentTarget.value as InboxSortOrder, page: 1 })}>
          <option value="newest">{t('staff.inbox.sortNewest')}</option>
          <option value="oldest-waiting">{t('staff.inbox.sortOldest')}</option>
        </select>
      </label>
    </div>
  );
}
