/**
 * Where distances are measured from. A typed postal code lives in the URL as its FSA only;
 * the device's position stays in memory for this visit and is never put in a link or sent.
 */
import { signal } from '@preact/signals';
import type { LngLat } from '../../shared/geo/distance.ts';
import { findRegion } from '../../shared/regions.ts';

export const deviceOrigin = signal<LngLat | null>(null);

export function fsaCentroid(regionId: string, fsa: string): LngLat | null {
  return findRegion(regionId)?.fsaCentroids[fsa] ?? null;
}

export type LocateOutcome = 'ok' | 'denied' | 'failed';

/** Asks the device for its position: called only when the reader taps "use my location". */
export function locateDevice(): Promise<LocateOutcome> {
  return new Promise((resolve) => {
    if (!('geolocation' in navigator)) return resolve('failed');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        deviceOrigin.value = [position.coords.longitude, position.coords.latitude];
        resolve('ok');
      },
      (error) => resolve(error.code === error.PERMISSION_DENIED ? 'denied' : 'failed'),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  });
}
