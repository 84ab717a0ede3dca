/**
 * Planar measures of a polygon ring, given as its vertices in order (closed GeoJSON-style or
 * open). Shared by the Voronoi cells, the region outline and the offline FSA lookup.
 */

/** Any planar point: [x, y] on a local plane, or [lng, lat] when only a ratio or a centroid is needed. */
export type XY = readonly [number, number];

/** The ring without its closing repeat of the first vertex, if it has one. */
export function openRing<P extends XY>(ring: readonly P[]): P[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const closed = ring.length > 1 && first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  return closed ? ring.slice(0, -1) : [...ring];
}

/** The ring with its first vertex repeated at the end, as GeoJSON requires. */
export function closeRing<P extends XY>(ring: readonly P[]): P[] {
  const open = openRing(ring);
  return open.length === 0 ? [] : [...open, open[0]!];
}

/** Shoelace area: positive when the vertices run counter-clockwise, negative when clockwise. */
export function signedArea(ring: readonly XY[]): number {
  const vertices = openRing(ring);
  let twiceArea = 0;
  for (let i = 0; i < vertices.length; i++) {
    const [x1, y1] = vertices[i]!;
    const [x2, y2] = vertices[(i + 1) % vertices.length]!;
    twiceArea += x1 * y2 - x2 * y1;
  }
  return twiceArea / 2;
}

/**
 * The centre of mass of the ring's area. It commutes with any affine map, so computing it in
 * [lng, lat] gives the same point as computing it on a local plane and projecting back.
 */
export function ringCentroid(ring: readonly XY[]): [number, number] {
  const vertices = openRing(ring);
  const area = signedArea(vertices);
  if (area === 0) {
    // A degenerate ring has no area to weigh: its vertices' mean is the only sensible centre.
    const sum = vertices.reduce((total, [x, y]) => [total[0] + x, total[1] + y], [0, 0]);
    return [sum[0] / vertices.length, sum[1] / vertices.length];
  }
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < vertices.length; i++) {
    const [x1, y1] = vertices[i]!;
    const [x2, y2] = vertices[(i + 1) % vertices.length]!;
    const cross = x1 * y2 - x2 * y1;
    cx += (x1 + x2) * cross;
    cy += (y1 + y2) * cross;
  }
  return [cx / (6 * area), cy / (6 * area)];
}
