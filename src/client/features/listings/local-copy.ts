/**
 * The device's copy of a draft, written on every change before anything goes to the server, so
 * what was typed survives a lost connection, a refused save, a closed tab or an ended session.
 * It is removed once the server holds the same document.
 */
import type { OrganizationListing } from '../../../shared/listings/listing-document.ts';

export interface LocalCopy {
  document: OrganizationListing;
  /** The version the draft was started from, to tell a later publish by someone else. */
  baseVersion: number | null;
  changedAt: string;
}

const keyOf = (organizationId: string) => `guichet.listingDraft:${organizationId}`;

export function readLocalCopy(organizationId: string): LocalCopy | null {
  try {
    const stored = localStorage.getItem(keyOf(organizationId));
    if (!stored) return null;
    const copy = JSON.parse(stored) as Partial<LocalCopy>;
    return copy.document && typeof copy.document === 'object' ? { document: copy.document, baseVersion: copy.baseVersion ?? null, changedAt: copy.changedAt ?? '' } : null;
  } catch {
    return null;
  }
}

/** False when the device would not keep it (storage full or blocked): the page says so. */
export function writeLocalCopy(organizationId: string, copy: LocalCopy): boolean {
  try {
    localStorage.setItem(keyOf(organizationId), JSON.stringify(copy));
    return true;
  } catch {
    return false;
  }
}

export function clearLocalCopy(organizationId: string): void {
  try {
    localStorage.removeItem(keyOf(organizationId));
  } catch {
    // Nothing was kept, so nothing to remove.
  }
}
