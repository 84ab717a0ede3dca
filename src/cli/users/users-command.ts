/**
 * `users`: the operator's account commands, run next to the server with its environment.
 *
 *   create-admin --email X [--name Y]    prints a one-time invitation link for a new admin
 *   invite --email X --role staff --organization ORG | --role coordinator --region REGION | --role admin
 *   disable --email X                    disables the account and ends all its sessions
 *
 * create-admin prints an invitation link rather than reading a password: a password typed or
 * piped here would pass through the terminal, shell history or process list, skip the check
 * against common passwords the invitation page gives, and leave the admin without the
 * authenticator the page sets up. The link is single-use, expires, and stores only its hash.
 */
import { parseArgs } from 'node:util';
import { disableAccount } from '../../server/auth/accounts.ts';
import type { AuthDeps } from '../../server/auth/auth-settings.ts';
import { createInvitation, invitationLink } from '../../server/auth/invitations.ts';
import { userRoles } from '../../server/db/schema.ts';
import type { UserRole } from '../../server/db/schema.ts';
import { Refusal } from '../../server/security/refusal.ts';

export interface UsersCommandContext {
  deps: AuthDeps;
  /** Where the server is reached: invitation links start with it. */
  origin: string;
  print(line: string): void;
  printError(line: string): void;
}

export const USERS_USAGE = [
  'Usage: npm run users -- create-admin --email X [--name Y]',
  '       npm run users -- invite --email X --role staff --organization ORG',
  '       npm run users -- invite --email X --role coordinator --region REGION',
  '       npm run users -- invite --email X --role admin',
  '       npm run users -- disable --email X',
].join('\n');

const options = {
  email: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  organization: { type: 'string' },
  region: { type: 'string' },
} as const;

async function invite(context: UsersCommandContext, email: string, role: UserRole, scope: { organizationId?: string; regionId?: string }, name?: string) {
  const invitation = await createInvitation(context.deps, 'operator', { email, role, ...scope });
  const action = invitation.resetsAccount ? 'resets the existing account' : `creates an account with the role ${role}`;
  context.print(`Invitation for ${email} (${action}), valid until ${invitation.expiresAt.toISOString()}, usable once:`);
  context.print(invitationLink(context.origin, invitation.token, name));
  context.print('Send it privately; anyone holding it can set up the account until it is used.');
}

/** Returns the process exit code: 0 done, 1 refused, 2 wrong usage. */
export async function usersCommand(args: string[], context: UsersCommandContext): Promise<number> {
  const [subcommand, ...rest] = args;
  let values: { email?: string; name?: string; role?: string; organization?: string; region?: string };
  try {
    ({ values } = parseArgs({ args: rest, options, strict: true }));
  } catch (error) {
    context.printError(`${(error as Error).message}\n${USERS_USAGE}`);
    return 2;
  }
  if (!values.email) {
    context.printError(`--email is required.\n${USERS_USAGE}`);
    return 2;
  }
  try {
    if (subcommand === 'create-admin') {
      await invite(context, values.email, 'admin', {}, values.name);
      return 0;
    }
    if (subcommand === 'invite') {
      const role = userRoles.find((known) => known === values.role);
      if (!role) {
        context.printError(`--role must be one of: ${userRoles.join(', ')}.\n${USERS_USAGE}`);
        return 2;
      }
      const missing = role === 'staff' && !values.organization ? '--organization' : role === 'coordinator' && !values.region ? '--region' : null;
      if (missing) {
        context.printError(`${missing} is required to invite ${role === 'staff' ? 'staff' : 'a coordinator'}.\n${USERS_USAGE}`);
        return 2;
      }
      await invite(context, values.email, role, { organizationId: values.organization, regionId: values.region }, values.name);
      return 0;
    }
    if (subcommand === 'disable') {
      const result = await disableAccount(context.deps.db, values.email, context.deps.settings.now());
      if (!result) {
        context.printError('No account has this email.');
        return 1;
      }
      context.print(`Disabled. ${result.sessionsEnded} session(s) ended.`);
      return 0;
    }
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    context.printError(error.message);
    return 1;
  }
  context.printError(USERS_USAGE);
  return 2;
}
