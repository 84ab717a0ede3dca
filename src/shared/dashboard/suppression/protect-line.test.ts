import { describe, expect, it } from 'vitest';
import { protectLine } from './protect-line.ts';
import { protectTimeTree } from './protect-time-tree.ts';

describe('protectLine', () => {
  it('shows a line with no small count as it is', () => {
    expect(protectLine([40, 12, 0, 25]).statuses).toEqual(['published', 'published', 'published', 'published']);
  });

  it('hides a small count and, since the total would give it away, the smallest other count', () => {
    expect(protectLine([40, 3, 25, 12]).statuses).toEqual(['published', 'under-10', 'published', 'complementary']);
  });

  it('leaves two small counts to protect each other', () => {
    expect(protectLine([40, 3, 25, 4]).statuses).toEqual(['published', 'under-10', 'published', 'under-10']);
  });

  it('adds a third when two hidden 1s could only be 1 and 1', () => {
    expect(protectLine([40, 1, 25, 1, 30]).statuses).toEqual(['published', 'under-10', 'complementary', 'under-10', 'published']);
  });

  it('hides the total itself when it is under 10, and every count with it', () => {
    const line = protectLine([3, 0, 4]);
    expect(line.total).toEqual({ count: 7, status: 'under-10' });
    expect(line.statuses).toEqual(['under-10', 'published', 'under-10']);
  });

  it('never hides a zero when a shown count can protect', () => {
    expect(protectLine([0, 5, 20, 0]).statuses).toEqual(['published', 'under-10', 'complementary', 'published']);
  });
});

describe('protectTimeTree', () => {
  it('keeps a hidden month hidden from its weeks', () => {
    // Month 2 (5) is small; its partner month 3 (12) is hidden too; each needs a hidden week.
    const tree = protectTimeTree([
      [10, 10, 10, 10],
      [2, 3, 0, 0],
      [0, 12, 0, 0],
      [20, 20, 20, 20, 20],
    ]);
    expect(tree.months).toEqual(['published', 'under-10', 'complementary', 'published']);
    expect(tree.weeks[1]).toEqual(['under-10', 'under-10', 'published', 'published']);
    expect(tree.weeks[2]).toEqual(['published', 'complementary', 'published', 'published']);
    expect(tree.weeks[0]).toEqual(['published', 'published', 'published', 'published']);
  });

  it('gives a small week of a shown month a partner in the same month', () => {
    const tree = protectTimeTree([[30, 4, 12, 11]]);
    expect(tree.months).toEqual(['published']);
    expect(tree.weeks[0]).toEqual(['published', 'under-10', 'published', 'complementary']);
  });
});
