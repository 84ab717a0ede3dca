/**
 * Operator commands: `generate` (demo data) and `import` (real data).
 * Run through npm: `npm run generate -- [--services N] [--seed S] [--out FILE]`,
 * `npm run import -- <kind> <path> [--skip-invalid] [--out FILE]`.
 */
export {};

type Command = (args: string[]) => Promise<number>;

// Loaded on demand: each command pulls in only the code it runs.
const commands: Record<string, () => Promise<Command>> = {
  generate: async () => (await import('./generate/command.ts')).runGenerateCommand,
  import: async () => (await import('./import/command.ts')).runImportCommand,
};

const [commandName, ...args] = process.argv.slice(2);
const load = commandName ? commands[commandName] : undefined;
if (!load) {
  console.error(`Usage: npm run <${Object.keys(commands).join('|')}> -- [options]`);
  process.exitCode = 2;
} else {
  process.exitCode = await (await load())(args);
}
