/**
 * Marker colours by need. Every colour carries a white icon at ≥ 4.5:1 contrast; a sub-category
 * takes its parent's colour so the map reads as a handful of families, not two dozen hues.
 */
import { findTerm } from '../../../shared/taxonomy/taxonomy.ts';

const TOP_LEVEL_COLOURS: Record<string, string> = {
  settlement: '#0b5c5a',
  'language-assessment': '#6a3d9a',
  'language-classes': '#5b3a8c',
  employment: '#1f5fa8',
  housing: '#a13d12',
  health: '#b0183d',
  childcare: '#8a4b00',
  education: '#2d6a1f',
  legal: '#404a54',
  citizenship: '#9c1c6b',
  interpretation: '#00607a',
  transit: '#3c5a14',
  food: '#8c3b00',
  'income-benefits': '#5e4b00',
  'community-recreation': '#1d5e3b',
  'civic-participation': '#3b3f8f',
};
const DEFAULT_COLOUR = '#3d4650';

export function categoryColour(termId: string | null): string {
  let term = termId ? findTerm(termId) : undefined;
  while (term?.parent) term = findTerm(term.parent);
  return (term && TOP_LEVEL_COLOURS[term.id]) ?? DEFAULT_COLOUR;
}
