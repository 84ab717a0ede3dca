import type { ClientConfig } from '../../../shared/client-config.ts';

let config: Promise<ClientConfig> | null = null;

/** The deployment's map settings; with no answer (offline, first visit) the built-in basemap applies. */
export function loadClientConfig(): Promise<ClientConfig> {
  config ??= fetch('/api/config')
    .then((response) => (response.ok ? (response.json() as Promise<ClientConfig>) : { mapStyleUrl: null }))
    .catch(() => ({ mapStyleUrl: null }));
  return config;
}
