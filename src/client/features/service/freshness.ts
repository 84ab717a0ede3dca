/**
 * The server's period after which a service's information counts as unverified
 * (`staleAfterDays` in `/api/config`; 180 days when it does not say). The service worker keeps
 * the last `/api/config` answer, so the page says the same offline. The rule itself is the one
 * the editor, the reminders and the LIP use (src/shared/listings/service-freshness.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import type { ClientConfig } from '../../../shared/client-config.ts';
import { DEFAULT_STALE_AFTER_DAYS } from '../../../shared/listings/service-freshness.ts';

let period: Promise<number> | null = null;

function loadStaleAfterDays(): Promise<number> {
  period ??= fetch('/api/config')
    .then((response) => (response.ok ? (response.json() as Promise<ClientConfig>) : null))
    .then((config) => {
      const days = config?.staleAfterDays;
      return typeof days === 'number' && days > 0 ? days : DEFAULT_STALE_AFTER_DAYS;
    })
    .catch(() => {
      period = null; // ask again next time: the connection may be back
      return DEFAULT_STALE_AFTER_DAYS;
    });
  return period;
}

/** The server's period; the default until it has answered. */
export function useStaleAfterDays(): number {
  const [days, setDays] = useState(DEFAULT_STALE_AFTER_DAYS);
  useEffect(() => {
    let current = true;
    void loadStaleAfterDays().then((loaded) => current && setDays(loaded));
    return () => {
      current = false;
    };
  }, []);
  return days;
}
