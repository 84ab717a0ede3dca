/** Per-keystroke latency: a query typed one character at a time, each prefix searched. */

export interface TypingPlan {
  /** How many times each query is typed from scratch. */
  runs: number;
  /** Search every n-th prefix (and always the whole query), to bound slow baselines. */
  keystrokeStep: number;
}

/** Prefixes searched while typing `query` under `plan`: "e", "em", ... "employment". */
export function typedPrefixes(query: string, keystrokeStep: number): string[] {
  const characters = [...query];
  const prefixes: string[] = [];
  for (let length = 1; length <= characters.length; length++) {
    if (length % keystrokeStep === 0 || length === characters.length) prefixes.push(characters.slice(0, length).join(''));
  }
  return prefixes;
}

/**
 * Milliseconds per keystroke, keyed by prefix (one entry per run). `beforeRun` resets
 * whatever a search keeps between keystrokes, so each run types the query afresh.
 */
export function timeTyping(
  query: string,
  plan: TypingPlan,
  search: (prefix: string) => unknown,
  beforeRun: () => void = () => {},
): Map<string, number[]> {
  const timings = new Map<string, number[]>();
  for (let run = 0; run < plan.runs; run++) {
    beforeRun();
    for (const prefix of typedPrefixes(query, plan.keystrokeStep)) {
      const started = performance.now();
      search(prefix);
      const elapsed = performance.now() - started;
      timings.set(prefix, [...(timings.get(prefix) ?? []), elapsed]);
    }
  }
  return timings;
}

export function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

export function allTimings(timings: Map<string, number[]>): number[] {
  return [...timings.values()].flat();
}

/** Mean time per keystroke over the prefixes both timings cover, for a like-for-like ratio. */
export function meanOverSharedPrefixes(timings: Map<string, number[]>, other: Map<string, number[]>): number {
  const shared = [...timings].filter(([prefix]) => other.has(prefix)).flatMap(([, values]) => values);
  return shared.reduce((sum, value) => sum + value, 0) / shared.length;
}
