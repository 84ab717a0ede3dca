import { useEffect, useState } from 'preact/hooks';
import { recordStatus, type SentRequest } from '../outbox/referral-outbox.ts';
import { fetchStatus } from '../status/status-api.ts';

/**
 * Asks the server where each sent request is now (once per visit, and again when the
 * connection returns) and keeps the answers on the device for when it is offline. Returns the
 * requests whose link no longer opens anything.
 */
export function useLatestStatuses(requests: readonly SentRequest[], online: boolean): ReadonlySet<string> {
  const [unknown, setUnknown] = useState<ReadonlySet<string>>(new Set());
  const keys = requests.map((request) => `${request.idempotencyKey}:${request.statusToken}`).join(',');
  useEffect(() => {
    if (!online) return;
    let current = true;
    void (async () => {
      const missing = new Set<string>();
      for (const request of requests) {
        const answer = await fetchStatus(request.statusToken);
        if (!current) return;
        if (answer.kind === 'found') await recordStatus(request.idempotencyKey, answer.view);
        if (answer.kind === 'not-found') missing.add(request.idempotencyKey);
      }
      if (current) setUnknown(missing);
    })();
    return () => {
      current = false;
    };
    // Asked again for a new request or a new link, not for each answer recorded.
  }, [keys, online]);
  return unknown;
}
