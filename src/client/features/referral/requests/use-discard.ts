import { useState } from 'preact/hooks';
import { discardEntry, restoreEntry, type OutboxEntry } from '../outbox/referral-outbox.ts';

/** Removing a refused request, with a way back while the page is open. */
export function useDiscardWithUndo() {
  const [discarded, setDiscarded] = useState<OutboxEntry | null>(null);
  return {
    discarded,
    async discard(idempotencyKey: string) {
      setDiscarded((await discardEntry(idempotencyKey)) ?? null);
    },
    async undo() {
      if (!discarded) return;
      await restoreEntry(discarded);
      setDiscarded(null);
    },
  };
}
