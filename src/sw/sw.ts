/// <reference lib="webworker" />
/**
 * The service worker: precaches the app shell (every language and the search worker included)
 * and keeps the last directory it fetched, so a phone that visited once works in airplane mode;
 * and sends the referral requests and feedback a phone queued offline once the connection returns.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { OUTBOX_SYNC_TAG, sendOutbox } from '../client/features/referral/outbox/referral-outbox.ts';
import { FEEDBACK_SYNC_TAG, sendFeedbackOutbox } from '../client/features/feedback/outbox/feedback-outbox.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

/** Background Sync's event (not in TypeScript's WebWorker library). */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
  /** The browser's last try for this tag: failing now gives up until the page registers it again. */
  readonly lastChance: boolean;
}

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every page of the app is the same shell; the router draws the rest.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }));

// The newest directory when online; the last one seen when not. A slow network falls back
// to the copy after a few seconds rather than leave the reader waiting.
registerRoute(
  ({ url }) => url.pathname === '/api/directory',
  new NetworkFirst({ cacheName: 'guichet-directory', networkTimeoutSeconds: 4 }),
);

// Built files left out of the precache (the map, script fonts) are kept once used: their names
// carry a content hash, so a cached copy is never stale.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/assets/'),
  new CacheFirst({ cacheName: 'guichet-assets', plugins: [new ExpirationPlugin({ maxEntries: 60, purgeOnQuotaError: true })] }),
);

// The deployment's settings and area boundaries: the map needs them to draw offline.
registerRoute(
  ({ url }) => url.pathname === '/api/config' || url.pathname === '/api/geo/areas',
  new NetworkFirst({ cacheName: 'guichet-map-data', networkTimeoutSeconds: 4 }),
);

// Basemap tiles, glyphs and sprites from the configured style's server (another origin): what
// the map has shown stays viewable offline. Bounded, so a phone's storage is not eaten by
// panning. Range requests (a PMTiles archive read piecewise) are not cached: partial responses
// cannot be replayed whole.
registerRoute(
  ({ url, request }) => url.origin !== self.location.origin && request.destination === '',
  new StaleWhileRevalidate({
    cacheName: 'guichet-basemap',
    plugins: [new ExpirationPlugin({ maxEntries: 1500, maxAgeSeconds: 30 * 24 * 3600, purgeOnQuotaError: true })],
  }),
);

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Referral requests saved while offline: the browser wakes this worker once the connection is
// back, even with the app closed, and it sends them the way the page would (one module does both).
self.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag !== OUTBOX_SYNC_TAG) return;
  sync.waitUntil(
    sendOutbox().then(({ waiting }) => {
      // Failing the event asks the browser to try again later, with its own back-off.
      if (waiting && !sync.lastChance) throw new Error('Referral outbox: still waiting for the network');
    }),
  );
});

// Newcomers' reports and ratings saved while offline: sent the same way, by the same module as the page.
self.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag !== FEEDBACK_SYNC_TAG) return;
  sync.waitUntil(
    sendFeedbackOutbox().then(({ waiting }) => {
      if (waiting && !sync.lastChance) throw new Error('Feedback outbox: still waiting for the network');
    }),
  );
});
