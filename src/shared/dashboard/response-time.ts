/**
 * Time to first response, as the dashboard measures it: whole hours for the first three days,
 * whole days after that, 90 days at most. A percentile is the bucket where it falls (nearest
 * rank), reported as the bucket's start in hours: "26 h" means 26 to 27 hours, "96 h" 4 to 5 days.
 * Coarse enough to count with a small table, fine enough for "how long do people wait".
 */
const HOURLY_UNTIL = 72;
const HOURS_IN_DAY = 24;
export const LONGEST_MEASURED_HOURS = 90 * HOURS_IN_DAY;

export function responseHoursBucket(hours: number): number {
  if (hours < HOURLY_UNTIL) return Math.max(0, Math.floor(hours));
  if (hours >= LONGEST_MEASURED_HOURS) return LONGEST_MEASURED_HOURS;
  return HOURLY_UNTIL + Math.floor((hours - HOURLY_UNTIL) / HOURS_IN_DAY) * HOURS_IN_DAY;
}

/**
 * The `share`-th percentile (0.5 for the median) of a histogram of bucket starts to counts:
 * the smallest bucket holding at least `share` of all answers.
 */
export function histogramPercentile(histogram: ReadonlyMap<number, number>, share: number): number | null {
  const total = [...histogram.values()].reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(share * total));
  let seen = 0;
  for (const bucket of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(bucket)!;
    if (seen >= rank) return bucket;
  }
  return null;
}
