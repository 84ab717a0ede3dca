import { parseArgs } from 'node:util';
import { generateValidDirectory } from './generate-directory.ts';
import { writeFileAtomically } from '../write-file-atomically.ts';

export const DEMO_DIRECTORY_PATH = 'data/demo/london-middlesex.json';
const DEMO_SEED = 2026;
const DEMO_SERVICES = 160;

/** `generate [--services N] [--seed S] [--out FILE]`; with no options, rewrites the demo region. */
export async function runGenerateCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      services: { type: 'string', default: String(DEMO_SERVICES) },
      seed: { type: 'string', default: String(DEMO_SEED) },
      out: { type: 'string', default: DEMO_DIRECTORY_PATH },
    },
  });
  const serviceCount = Number(values.services);
  const seed = Number(values.seed);
  if (!Number.isInteger(serviceCount) || serviceCount < 1 || !Number.isInteger(seed)) {
    console.error('--services and --seed must be whole numbers, --services at least 1.');
    return 2;
  }
  const directory = generateValidDirectory({ seed, serviceCount });
  await writeFileAtomically(values.out, JSON.stringify(directory) + '\n');
  console.log(
    `Wrote ${values.out}: ${directory.services.length} services, ${directory.organizations.length} organizations, ${directory.locations.length} locations (sample data, seed ${seed}).`,
  );
  return 0;
}
