/** The reports page's state and page, read from and written to its address. */
import type { FeedbackState } from '../../../../shared/feedback/feedback-contract.ts';

export interface ReportsView {
  state: FeedbackState;
  page: number;
}

export function readReportsView(query: Record<string, string | undefined>): ReportsView {
  const page = Number(query.page);
  return { state: query.state === 'resolved' ? 'resolved' : 'open', page: Number.isInteger(page) && page > 1 ? page : 1 };
}

export function reportsSearch({ state, page }: ReportsView): string {
  const params = new URLSearchParams();
  if (state !== 'open') params.set('state', state);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `?${search}` : '';
}
