/**
 * Who is calling, as the auth middleware puts it on the request context. Routes read it through
 * `c.get('caller')`; anonymous callers (newcomers) have no `caller`.
 */
import type { UserRole } from '../db/schema.ts';

export interface Caller {
  userId: string;
  role: UserRole;
  /** Organizations a staff member works for (empty for coordinators and admins). */
  organizationIds: readonly string[];
  /** The coordinator's region. */
  regionId: string | null;
}

export type AppVariables = { caller?: Caller };
