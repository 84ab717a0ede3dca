/**
 * Who is signed in, for the header. The only staff module in the first load: it is tiny, and
 * newcomers never reach the rest. The session itself is an HttpOnly cookie the page cannot read,
 * so a tab remembers that it signed in (sessionStorage) and the header asks the server only then.
 */
import { signal } from '@preact/signals';

export type StaffRole = 'admin' | 'coordinator' | 'staff';

/** The account as GET /api/auth/me describes it. */
export interface StaffAccount {
  id: string;
  email: string;
  displayName: string;
  role: StaffRole;
  regionId: string | null;
  organizations: { id: string; name: string }[];
  totpEnabled: boolean;
}

const SIGNED_IN_KEY = 'guichet.staffSignedIn';

export const signedInAccount = signal<StaffAccount | null>(null);

function writeMark(present: boolean): void {
  try {
    if (present) sessionStorage.setItem(SIGNED_IN_KEY, '1');
    else sessionStorage.removeItem(SIGNED_IN_KEY);
  } catch {
    // Storage blocked: the header shows the account only on the staff pages of this visit.
  }
}

/** This tab signed in earlier, so the session cookie may still be there. */
export function mayBeSignedIn(): boolean {
  try {
    return sessionStorage.getItem(SIGNED_IN_KEY) === '1';
  } catch {
    return false;
  }
}

export function setSignedInAccount(account: StaffAccount | null): void {
  signedInAccount.value = account;
  writeMark(account !== null);
}
