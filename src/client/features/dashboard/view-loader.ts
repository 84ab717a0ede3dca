/** One view's figures from the API, the latest request winning, a 401 sending the reader to sign in. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DashboardView, DashboardViewResponse } from '../../../shared/dashboard/dashboard-contract.ts';
import { callApi, type ApiFailure } from '../staff/staff-api.ts';
import { UNAUTHENTICATED, useSignInAgain } from '../staff/account-session.ts';
import { viewUrl } from './dashboard-query.ts';

export interface ViewState {
  data: DashboardViewResponse | null;
  failure: ApiFailure | null;
  loading: boolean;
  reload: () => void;
}

export function useDashboardView(region: string, view: DashboardView, query: string): ViewState {
  const signInAgain = useSignInAgain();
  const [data, setData] = useState<DashboardViewResponse | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);

  const load = async () => {
    // Choices change quickly: only the answer to the latest one is shown.
    const request = ++latest.current;
    setLoading(true);
    // Figures of the previous choice under the new controls would be misread: they go at once.
    setData(null);
    const result = await callApi<DashboardViewResponse>(viewUrl(region, view, query));
    if (request !== latest.current) return;
    setLoading(false);
    if (result.ok) {
      setData(result.data);
      setFailure(null);
    } else if (result.status === UNAUTHENTICATED) signInAgain();
    else setFailure(result);
  };
  useEffect(() => void load(), [region, view, query]);
  return { data, failure, loading, reload: () => void load() };
}
