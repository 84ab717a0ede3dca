/** What the server tells the app about this deployment (`GET /api/config`). */
export interface ClientConfig {
  /** A MapLibre style URL (it may use `pmtiles://` sources); `null` uses the built-in basemap. */
  mapStyleUrl: string | null;
}
