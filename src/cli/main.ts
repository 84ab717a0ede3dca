/**
 * Operator commands: `generate` (demo data), `import` (real data), `users` (accounts) and
 * `history` (a sample referral and search history for the demo region's dashboard).
 * Run through npm: `npm run generate -- [--services N] [--seed S] [--out FILE]`,
 * `npm run import -- <kind> <path> [--skip-invalid] [--out FILE]`,
 * `npm run users -- <create-admin|invite|disable> --email X [...]`,
 * `npx tsx src/cli/main.ts history [--requests N] [--years Y] [--seed S]` (the demo's sample referral history).
 */
export {};

type Command = (args: string[]) => Promise<number>;

// Loaded on demand: each command pulls in only the code it runs.
const commands: Record<string, () => Promise<Command>> = {
  generate: async () => (await import('./generate/command.ts')).runGenerateCommand,
  import: async () => (await import('./import/command.ts')).runImportCommand,
  users: async () => (await import('./users/command.ts')).runUsersCommand,
  history: async () => (await import('./history/command.ts')).runHistoryCommand,
};

const [commandName, ...args] = process.argv.slice(2);
const load = commandName ? commands[commandName] : undefined;
if (!load) {
  console.error(`Usage: npm run <${Object.keys(commands).join('|')}> -- [options]`);
  process.exitCode = 2;
} else {
  process.exitCode = await (await load())(args);
}
