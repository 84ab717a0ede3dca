/**
 * One feedback form's journey through the outbox: saved on the phone, sending, waiting for the
 * connection, sent, or refused (the text goes back into the form, with the server's reason).
 */
import { useEffect, useState } from 'preact/hooks';
import type { FeedbackBody, FeedbackKind } from '../../../shared/feedback/feedback-contract.ts';
import { discardFeedback, type FeedbackEntry } from './outbox/feedback-outbox.ts';
import { feedbackEntries, feedbackStorage, online, sentFeedback, submitFeedback, watchFeedbackOutbox } from './feedback-client.ts';

/** A body without its key: the key is made when it is queued. */
type Unkeyed<T> = T extends unknown ? Omit<T, 'idempotencyKey'> : never;

export type SendState = 'editing' | 'sending' | 'waiting' | 'delayed' | 'sent';

export interface FeedbackSend {
  state: SendState;
  /** The server's reason for refusing the last try (English), or '' for a refusal without one. */
  refusal: string | null;
  /** The phone could not save it (storage blocked or full). */
  notSaved: boolean;
  send(body: Unkeyed<FeedbackBody>): Promise<void>;
  /** After "sent": an empty form for another one. */
  startOver(): void;
}

export function useFeedbackSend(serviceId: string, kind: FeedbackKind, onRefused: (body: FeedbackBody) => void): FeedbackSend {
  const [key, setKey] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [notSaved, setNotSaved] = useState(false);
  useEffect(() => watchFeedbackOutbox(), []);

  const entries = feedbackEntries.value;
  // This form's last report; or, on a new visit, one of the same kind left on the phone for this service.
  const mine: FeedbackEntry | undefined = key
    ? entries.find((entry) => entry.idempotencyKey === key)
    : entries.find((entry) => entry.body.serviceId === serviceId && entry.body.kind === kind);
  const sent = key !== null && sentFeedback.value.some((item) => item.idempotencyKey === key);

  useEffect(() => {
    if (!mine?.refusal) return;
    // The person gets their text back to fix, and the refused copy leaves the phone.
    setRefusal(mine.refusal.error);
    setKey(null);
    onRefused(mine.body);
    void discardFeedback(mine.idempotencyKey).catch(() => undefined);
  }, [mine?.refusal]);

  let state: SendState = 'editing';
  if (sent) state = 'sent';
  else if (mine && !mine.refusal) state = mine.delayed ? 'delayed' : online.value ? 'sending' : 'waiting';
  else if (key && feedbackStorage.value !== 'unavailable') state = online.value ? 'sending' : 'waiting'; // queued; the list is catching up

  return {
    state,
    refusal,
    notSaved,
    async send(body) {
      setRefusal(null);
      setNotSaved(false);
      const idempotencyKey = crypto.randomUUID();
      try {
        await submitFeedback({ ...body, idempotencyKey });
        setKey(idempotencyKey);
      } catch {
        setNotSaved(true);
      }
    },
    startOver() {
      setKey(null);
      setRefusal(null);
    },
  };
}
