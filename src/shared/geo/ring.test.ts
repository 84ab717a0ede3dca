import { describe, expect, it } from 'vitest';
import type { XY } from './ring.ts';
import { closeRing, openRing, ringCentroid, signedArea } from './ring.ts';

function createSquare(): XY[] {
  return [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]];
}

describe('rings', () => {
  it('measure counter-clockwise area as positive and clockwise as negative', () => {
    expect(signedArea(createSquare())).toBe(4);
    expect(signedArea([...createSquare()].reverse())).toBe(-4);
  });

  it('measure the same area open or closed', () => {
    expect(signedArea(openRing(createSquare()))).toBe(4);
  });

  it('close an open ring once, and leave a closed one as it is', () => {
    expect(closeRing(openRing(createSquare()))).toEqual(createSquare());
    expect(closeRing(createSquare())).toEqual(createSquare());
  });

  it('find the centre of mass, not the mean of the vertices', () => {
    // Extra vertices along one edge pull the vertex mean west; the centroid stays put.
    expect(ringCentroid([[0, 0], [2, 0], [2, 2], [0, 2], [0, 1.5], [0, 1], [0, 0.5]])).toEqual([1, 1]);
  });
});
