import { describe, expect, it } from 'vitest';
import { histogramPercentile, responseHoursBucket } from './response-time.ts';

describe('response time', () => {
  it('counts whole hours for three days, whole days after, up to 90 days', () => {
    expect(responseHoursBucket(0.2)).toBe(0);
    expect(responseHoursBucket(26.9)).toBe(26);
    expect(responseHoursBucket(71.99)).toBe(71);
    expect(responseHoursBucket(72)).toBe(72);
    expect(responseHoursBucket(100)).toBe(96);
    expect(responseHoursBucket(5000)).toBe(2160);
  });

  it('takes the nearest-rank percentile of a histogram', () => {
    const histogram = new Map([
      [2, 3],
      [5, 3],
      [30, 4],
    ]);
    expect(histogramPercentile(histogram, 0.5)).toBe(5); // rank 5 of 10
    expect(histogramPercentile(histogram, 0.9)).toBe(30); // rank 9
    expect(histogramPercentile(new Map(), 0.5)).toBeNull();
  });
});
