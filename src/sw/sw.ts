/// <reference lib="webworker" />
/**
 * The service worker: precaches the app shell (every language and the search worker included)
 * and keeps the last directory it fetched, so a phone that visited once works in airplane mode.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

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

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
