/**
 * What the LIP does from the listings page: add an organization to its region, and decide whether
 * new organizations' first publications wait for its review. Shown to coordinators and admins
 * only; the server refuses both to anyone else anyway.
 */
import { directory } from '../../directory/directory-store.ts';
import { signedInAccount } from '../staff/signed-in-account.ts';
import type { ListingRow } from './listing-api.ts';
import { NewOrganizationForm } from './NewOrganizationForm.tsx';
import { ReviewSetting } from './ReviewSetting.tsx';

export function LipTools({ rows }: { rows: ListingRow[] | null }) {
  const account = signedInAccount.value;
  if (!account || account.role === 'staff') return null;
  // A coordinator leads one region; an administrator works on the region this app shows.
  const regionId = account.role === 'coordinator' ? account.regionId : (directory.value?.region.id ?? rows?.[0]?.regionId ?? null);
  if (!regionId) return null;
  return (
    <>
      <NewOrganizationForm regionId={regionId} />
      <ReviewSetting regionId={regionId} />
    </>
  );
}
