/**
 * How long the server keeps a closed request's personal details (from `/api/config`), for the
 * consent text. The service worker keeps the last answer, so it is known offline too.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ClientConfig } from '../../../shared/client-config.ts';

let retention: Promise<number | null> | null = null;

function loadRetentionDays(): Promise<number | null> {
  retention ??= fetch('/api/config')
    .then((response) => (response.ok ? (response.json() as Promise<ClientConfig>) : null))
    .then((config) => (typeof config?.retentionDays === 'number' ? config.retentionDays : null))
    .catch(() => null)
    .then((days) => {
      if (days === null) retention = null; // ask again next time: the connection may be back
      return days;
    });
  return retention;
}

export function useRetentionDays(): number | null {
  const [days, setDays] = useState<number | null>(null);
  useEffect(() => {
    let current = true;
    void loadRetentionDays().then((loaded) => current && setDays(loaded));
    return () => {
      current = false;
    };
  }, []);
  return days;
}
