/**
 * The guided needs check: a few plain questions that turn into searches, for people who do not
 * know what to type. Pure: the answers live on the device and never leave it.
 */
import { immigrationStatuses, type ImmigrationStatus } from '../schema/vocabularies.ts';
import { emptySearchState, type SearchState } from '../directory/search-state.ts';

export const arrivalTimes = ['arriving', 'lessThanYear', 'oneToFive', 'moreThanFive'] as const;
export const householdMembers = ['alone', 'partner', 'children', 'parents'] as const;
export const priorities = ['work', 'language', 'housing', 'health', 'children', 'papers', 'money', 'legal', 'community'] as const;

export type ArrivalTime = (typeof arrivalTimes)[number];
export type HouseholdMember = (typeof householdMembers)[number];
export type Priority = (typeof priorities)[number];

export interface NeedsAnswers {
  arrival: ArrivalTime | null;
  /** `null`: the person is not sure, so no service is left out for status. */
  status: ImmigrationStatus | null;
  household: HouseholdMember[];
  priorities: Priority[];
}

export const emptyAnswers = (): NeedsAnswers => ({ arrival: null, status: null, household: [], priorities: [] });

/** Which taxonomy terms answer each priority. */
export const priorityCategories: Record<Priority, string[]> = {
  work: ['employment', 'job-language-training'],
  language: ['language-classes', 'language-assessment'],
  housing: ['housing'],
  health: ['health'],
  children: ['childcare', 'education'],
  papers: ['citizenship', 'settlement'],
  money: ['income-benefits', 'food'],
  legal: ['legal', 'interpretation'],
  community: ['community-recreation', 'civic-participation'],
};

export interface Suggestion {
  priority: Priority;
  search: SearchState;
}

/**
 * One search per priority, in the order that helps most: someone new gets settlement help
 * first, a family's children are never forgotten, and the status filter keeps out services
 * the person could not use.
 */
export function suggestionsFor(answers: NeedsAnswers): Suggestion[] {
  const chosen = new Set<Priority>(answers.priorities);
  if (answers.arrival === 'arriving' || answers.arrival === 'lessThanYear') chosen.add('papers');
  if (answers.household.includes('children')) chosen.add('children');
  const ordered = priorities.filter((priority) => chosen.has(priority));
  return ordered.map((priority) => ({
    priority,
    search: {
      ...emptySearchState(),
      categories: priorityCategories[priority],
      status: answers.status,
      audiences: priority === 'community' && answers.household.includes('parents') ? ['seniors'] : [],
    },
  }));
}

/** Answers read back from storage, keeping only known values: storage is not trusted. */
export function parseAnswers(raw: unknown): NeedsAnswers {
  const value = (raw ?? {}) as Partial<Record<keyof NeedsAnswers, unknown>>;
  const pick = <T extends string>(allowed: readonly T[], item: unknown): T | null =>
    typeof item === 'string' && (allowed as readonly string[]).includes(item) ? (item as T) : null;
  const list = <T extends string>(allowed: readonly T[], items: unknown): T[] =>
    Array.isArray(items) ? [...new Set(items.map((item) => pick(allowed, item)).filter((item): item is T => item !== null))] : [];
  return {
    arrival: pick(arrivalTimes, value.arrival),
    status: pick(immigrationStatuses, value.status),
    household: list(householdMembers, value.household),
    priorities: list(priorities, value.priorities),
  };
}
