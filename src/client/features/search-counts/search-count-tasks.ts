/** The feature's code past the first render, as one lazy chunk: counting, sending, forgetting. */
export { recordSettledSearch } from './record-search.ts';
export { sendDueSearchCounts } from './send-search-counts.ts';
export { forgetStoredCounts } from './search-count-storage.ts';
