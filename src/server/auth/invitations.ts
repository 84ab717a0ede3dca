/**
 * Accounts exist only by invitation. An admin invites anyone; a coordinator invites staff to the
 * organizations of their region; the operator's CLI acts as an admin. The link carries a random
 * token in its fragment (after #, so it never reaches a server log or a Referer); only its sha-256
 * is stored. An invitation to an email that already has an account resets that account's password
 * and authenticator when accepted (admins only): the way back for a lost phone, or for a staff
 * account that must add an authenticator before it may sign in.
 */
import type { UserRole } from '../db/schema.ts';
import { Refusal } from '../security/refusal.ts';
import type { Caller } from './auth-context.ts';
import type { AuthDeps } from './auth-settings.ts';
import { minutesAfter } from './auth-settings.ts';
import { normalizeEmail } from './accounts.ts';
import { createSecretToken, hashSecretToken } from './secret-tokens.ts';

/** Who is inviting: a signed-in caller, or the operator at the server's command line. */
export type Inviter = Caller | 'operator';

export interface InvitationRequest {
  email: string;
  role: UserRole;
  /** The organization a staff member joins. */
  organizationId?: string | null | undefined;
  /** The region a coordinator coordinates. */
  regionId?: string | null | undefined;
}

export interface CreatedInvitation {
  token: string;
  expiresAt: Date;
  /** True when the email already has an account, which accepting will reset. */
  resetsAccount: boolean;
}

/**
 * `<origin>/invitation#token=…`, plus `&name=…` when the inviter suggested a display name for the
 * page to pre-fill. Both sit in the fragment, which browsers never send to a server.
 */
export function invitationLink(origin: string, token: string, suggestedName?: string): string {
  const fragment = new URLSearchParams({ token, ...(suggestedName && { name: suggestedName }) });
  return `${origin}/invitation#${fragment.toString()}`;
}

const actsAsAdmin = (inviter: Inviter) => inviter === 'operator' || inviter.role === 'admin';

async function checkInviterMayInvite(deps: AuthDeps, inviter: Inviter, request: InvitationRequest): Promise<void> {
  if (request.role === 'staff') {
    if (!request.organizationId) throw new Refusal(400, 'organizationId: is required to invite staff');
    const organization = await deps.db.selectFrom('organizations').select('region_id').where('id', '=', request.organizationId).executeTakeFirst();
    if (!organization) throw new Refusal(404, 'No organization has this id.');
    if (actsAsAdmin(inviter)) return;
    if (inviter !== 'operator' && inviter.role === 'coordinator' && inviter.regionId === organization.region_id) return;
    throw new Refusal(403, 'You can invite staff only to organizations in your own region.');
  }
  if (!actsAsAdmin(inviter)) throw new Refusal(403, 'Only an administrator can invite coordinators and administrators.');
  if (request.role === 'coordinator') {
    if (!request.regionId) throw new Refusal(400, 'regionId: is required to invite a coordinator');
    const region = await deps.db.selectFrom('regions').select('id').where('id', '=', request.regionId).executeTakeFirst();
    if (!region) throw new Refusal(404, 'No region has this id.');
  }
}

async function checkExistingAccount(deps: AuthDeps, inviter: Inviter, email: string, role: UserRole): Promise<boolean> {
  const existing = await deps.db.selectFrom('users').select(['role', 'disabled_at']).where('email', '=', email).executeTakeFirst();
  if (!existing) return false;
  if (!actsAsAdmin(inviter)) {
    throw new Refusal(409, 'An account with this email already exists. An administrator can send it a new invitation to reset it.');
  }
  if (existing.disabled_at !== null) throw new Refusal(409, 'The account with this email is disabled; it cannot be reset by invitation.');
  if (existing.role !== role) throw new Refusal(409, `The account with this email is a ${existing.role} account; a reset invitation keeps its role.`);
  return true;
}

export async function createInvitation(deps: AuthDeps, inviter: Inviter, request: InvitationRequest): Promise<CreatedInvitation> {
  const email = normalizeEmail(request.email);
  await checkInviterMayInvite(deps, inviter, request);
  const resetsAccount = await checkExistingAccount(deps, inviter, email, request.role);
  const now = deps.settings.now();
  const token = createSecretToken();
  const expiresAt = minutesAfter(now, deps.settings.invitationValidHours * 60);
  await deps.db
    .insertInto('invitations')
    .values({
      token_hash: hashSecretToken(token),
      email,
      role: request.role,
      region_id: request.role === 'coordinator' ? (request.regionId ?? null) : null,
      organization_id: request.role === 'staff' ? (request.organizationId ?? null) : null,
      invited_by: inviter === 'operator' ? null : inviter.userId,
      expires_at: expiresAt.toISOString(),
      used_at: null,
      created_at: now.toISOString(),
    })
    .execute();
  return { token, expiresAt, resetsAccount };
}

/** The invitation a token opens, if it can still be accepted; a Refusal saying why not otherwise. */
export async function findOpenInvitation(deps: AuthDeps, token: string) {
  const invitation = await deps.db.selectFrom('invitations').selectAll().where('token_hash', '=', hashSecretToken(token)).executeTakeFirst();
  if (!invitation) throw new Refusal(404, 'This invitation link is not valid. Check that you copied all of it.');
  if (invitation.used_at !== null) throw new Refusal(410, 'This invitation has already been used. Sign in, or ask for a new invitation.');
  if (new Date(invitation.expires_at) <= deps.settings.now()) throw new Refusal(410, 'This invitation has expired. Ask the person who invited you for a new one.');
  return invitation;
}

/** Staff must use an authenticator in production; everyone else may choose to. */
export const invitationNeedsTotp = (deps: AuthDeps, role: UserRole) => role === 'staff' && deps.settings.mode === 'production';
