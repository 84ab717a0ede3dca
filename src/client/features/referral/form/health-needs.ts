/**
 * Needs touching health (mental health is under it) call for a separate, explicit yes: the
 * same rule the server applies before it accepts a request.
 */
import { termWithAncestors } from '../../../../shared/taxonomy/taxonomy.ts';

export const isHealthNeed = (categoryId: string): boolean => termWithAncestors(categoryId).includes('health');

export const needsHealthConsent = (categoryIds: readonly string[]): boolean => categoryIds.some(isHealthNeed);
