/** What the server tells the app about this deployment (`GET /api/config`). */
export interface ClientConfig {
  /** A MapLibre style URL (it may use `pmtiles://` sources); `null` uses the built-in basemap. */
  mapStyleUrl: string | null;
  /**
   * Days the personal details of a closed referral are kept before they are erased (RETENTION_DAYS),
   * so the consent text can say so. Absent when this server takes no referrals.
   */
  retentionDays?: number;
  /**
   * Days after which a service nobody confirmed is flagged as unverified (STALE_AFTER_DAYS), so
   * the newcomer's page can say the same as the provider's editor.
   */
  staleAfterDays?: number;
}
