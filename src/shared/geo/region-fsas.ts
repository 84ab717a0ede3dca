/**
 * FSAs of the regions Guichet ships, with approximate centroids written by the project from
 * public knowledge of the city (rounded to 0.005°, enough for "how far is it" at city scale).
 * An operator can import exact boundaries; these keep distance working offline without them.
 */
import type { LngLat } from './distance.ts';

export const LONDON_MIDDLESEX_FSAS: Readonly<Record<string, LngLat>> = {
  N5V: [-81.165, 43.02], // Argyle north, airport
  N5W: [-81.185, 42.995], // East London, Argyle
  N5X: [-81.265, 43.04], // Masonville, Stoneybrook
  N5Y: [-81.23, 43.015], // Carling, Huron Heights
  N5Z: [-81.205, 42.97], // Glen Cairn, Pottersburg
  N6A: [-81.25, 42.995], // Downtown, Old North
  N6B: [-81.24, 42.98], // Downtown east, SoHo
  N6C: [-81.24, 42.96], // Wortley Village, White Oaks north
  N6E: [-81.225, 42.93], // White Oaks, Westminster
  N6G: [-81.29, 43.015], // Sherwood Forest, Western University
  N6H: [-81.305, 42.985], // Oakridge, Byron north
  N6J: [-81.275, 42.96], // Westmount, Cleardale
  N6K: [-81.315, 42.955], // Byron, Westmount south
  N6L: [-81.245, 42.895], // Lambeth south, Brockley
  N6M: [-81.17, 42.935], // Jackson, east Westminster
  N6N: [-81.2, 42.9], // Glanworth, south industrial
  N6P: [-81.32, 42.905], // Lambeth
  N7G: [-81.62, 42.955], // Strathroy
};

/** The FSA nearest a point, among the known centroids: how a device location maps to an FSA offline. */
export function nearestFsa(point: LngLat, fsas: Readonly<Record<string, LngLat>> = LONDON_MIDDLESEX_FSAS): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const [fsa, [lng, lat]] of Object.entries(fsas)) {
    // Squared degrees with longitude scaled by cos(latitude): a ranking, not a distance.
    const dx = (lng - point[0]) * Math.cos((lat * Math.PI) / 180);
    const dy = lat - point[1];
    const d = dx * dx + dy * dy;
    if (d < bestDistance) {
      bestDistance = d;
      best = fsa;
    }
  }
  return best;
}

