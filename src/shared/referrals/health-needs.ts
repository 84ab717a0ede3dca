/**
 * Needs touching health (mental health is under it) call for a separate, explicit yes: the form
 * asks for it and the server refuses a request without it, by this one rule.
 */
import { termWithAncestors } from '../taxonomy/taxonomy.ts';

const isHealthNeed = (categoryId: string): boolean => termWithAncestors(categoryId).includes('health');

export const needsHealthConsent = (categoryIds: readonly string[]): boolean => categoryIds.some(isHealthNeed);
