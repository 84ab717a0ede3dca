/**
 * Guichet's search engine: an inverted index over the directory's word vocabulary, with exact
 * and prefix look-ups by binary search and fuse.js as the typo fallback on single words. Pure
 * computation, no DOM and no worker API: it runs in the search worker and in Node benchmarks.
 */
export { buildSearchIndex } from './build-search-index.ts';
export { searchServices } from './search-services.ts';
export { suggestCorrections } from './suggest-corrections.ts';
export type { SearchHit, SearchIndex, SearchOptions, SearchResults } from './search-index.ts';
