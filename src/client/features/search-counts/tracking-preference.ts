/**
 * Whether the person asked their browser not to be tracked: Do Not Track (older browsers) or
 * Global Privacy Control. Then nothing of their searches is counted or sent, though the counts
 * carry no identifier: the request is honoured as made, not argued with.
 */
export interface TrackingSignals {
  doNotTrack?: string | null;
  /** Not yet in TypeScript's DOM library. */
  globalPrivacyControl?: boolean;
}

export const trackingRefused = (signals: TrackingSignals): boolean => signals.doNotTrack === '1' || signals.globalPrivacyControl === true;
