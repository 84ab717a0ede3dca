/**
 * Registers the service worker. A new version waits until the reader chooses to update, so a
 * half-read page or a half-filled form is never reloaded under them.
 */
import { signal } from '@preact/signals';
import { registerSW } from 'virtual:pwa-register';

export const updateReady = signal(false);
export const offlineReady = signal(false);
let applyUpdate: ((reload?: boolean) => Promise<void>) | null = null;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  applyUpdate = registerSW({
    onNeedRefresh: () => (updateReady.value = true),
    onOfflineReady: () => (offlineReady.value = true),
  });
}

export function updateNow(): void {
  void applyUpdate?.(true);
}
