/**
 * The directory the app shows: fetched once per visit (the service worker keeps the last copy
 * for offline use), handed to the search worker, and indexed for the service pages. A visit that
 * brings a new version (providers published) says so once.
 */
import { computed, signal } from '@preact/signals';
import type { Directory, Location, Organization, Service } from '../../shared/schema/directory.ts';
import { locationsByService } from '../../shared/directory/service-facts.ts';
import { searchWorker } from '../search/search-worker-client.ts';

export const DIRECTORY_URL = '/api/directory';
/** The directory version this device last showed, to say so when a newer one arrives. */
const SEEN_VERSION_KEY = 'guichet.directoryVersion';

export const directory = signal<Directory | null>(null);
export const directoryStatus = signal<'loading' | 'ready' | 'error'>('loading');
/** This load brought a different directory from the one this device showed last time. */
export const directoryUpdated = signal(false);

/** Remembers `version` and tells whether a different one was remembered (never on a first visit). */
function isNewVersion(version: string): boolean {
  try {
    const seen = localStorage.getItem(SEEN_VERSION_KEY);
    localStorage.setItem(SEEN_VERSION_KEY, version);
    return seen !== null && seen !== version;
  } catch {
    return false; // storage blocked: no way to tell, and saying nothing is the safe side
  }
}

export const directoryIndex = computed(() => {
  const current = directory.value;
  return {
    services: new Map<string, Service>(current?.services.map((service) => [service.id, service])),
    organizations: new Map<string, Organization>(current?.organizations.map((organization) => [organization.id, organization])),
    locations: current ? locationsByService(current) : new Map<string, Location[]>(),
  };
});

export async function loadDirectory(): Promise<void> {
  directoryStatus.value = 'loading';
  try {
    const response = await fetch(DIRECTORY_URL);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    // The server validated the bundle against the schema before serving it.
    const loaded = (await response.json()) as Directory;
    await searchWorker.load(loaded);
    directory.value = loaded;
    if (isNewVersion(loaded.version)) directoryUpdated.value = true;
    directoryStatus.value = 'ready';
  } catch {
    directoryStatus.value = 'error';
  }
}
