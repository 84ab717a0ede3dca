/** The region's years and organizations, asked for once the reader's account is known. */
import { useEffect, useState } from 'preact/hooks';
import type { DashboardRegionResponse } from '../../../shared/dashboard/dashboard-contract.ts';
import { callApi, type ApiFailure } from '../staff/staff-api.ts';
import { fetchSignedInAccount, UNAUTHENTICATED, useSignInAgain } from '../staff/account-session.ts';
import type { StaffAccount } from '../staff/signed-in-account.ts';
import { regionSummaryUrl } from './dashboard-query.ts';

export interface SummaryState {
  account: StaffAccount | null;
  summary: DashboardRegionResponse | null;
  failure: ApiFailure | null;
  reload: () => void;
}

/**
 * The region shown: the one in the address, else the coordinator's own, else (an administrator
 * with none) the region of the directory the app serves.
 */
export const regionShown = (account: StaffAccount, requested: string | null, directoryRegion: string | null): string | null =>
  requested ?? account.regionId ?? directoryRegion;

export function useRegionSummary(requested: string | null, directoryRegion: string | null): SummaryState {
  const signInAgain = useSignInAgain();
  const [account, setAccount] = useState<StaffAccount | null>(null);
  const [summary, setSummary] = useState<DashboardRegionResponse | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [attempt, setAttempt] = useState(0);

  const fail = (result: ApiFailure) => (result.status === UNAUTHENTICATED ? signInAgain() : setFailure(result));
  useEffect(() => {
    let current = true;
    void (async () => {
      setFailure(null);
      const me = await fetchSignedInAccount();
      if (!current) return;
      if (!me.ok) return fail(me);
      setAccount(me.data.user);
      // Staff never see region-wide figures: the page says so without asking the server.
      const region = me.data.user.role === 'staff' ? null : regionShown(me.data.user, requested, directoryRegion);
      if (!region) return;
      const result = await callApi<DashboardRegionResponse>(regionSummaryUrl(region));
      if (!current) return;
      if (result.ok) setSummary(result.data);
      else fail(result);
    })();
    return () => {
      current = false;
    };
  }, [attempt, requested]);
  return { account, summary, failure, reload: () => setAttempt((count) => count + 1) };
}
