import { signal } from '@preact/signals';

/** The last results page seen, so "back to results" returns to that search and its filters. */
export const lastSearchUrl = signal('/search');
