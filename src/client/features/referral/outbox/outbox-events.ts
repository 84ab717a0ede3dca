/**
 * "The outbox changed": said by whoever changed it (a page, or the service worker after a
 * background send) and heard by every open page, which then reads the outbox again.
 */
const CHANNEL_NAME = 'guichet-referral-outbox';

type Listener = () => void;
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null | undefined;

function sharedChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
    // A channel never hears its own messages: listeners in this context are called directly.
    if (channel) channel.onmessage = () => listeners.forEach((listener) => listener());
  }
  return channel;
}

export function announceOutboxChange(): void {
  sharedChannel()?.postMessage('changed');
  listeners.forEach((listener) => listener());
}

export function onOutboxChange(listener: Listener): () => void {
  sharedChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
