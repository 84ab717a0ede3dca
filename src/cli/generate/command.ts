import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { generateValidDirectory } from './generate-directory.ts';

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
  await mkdir(dirname(values.out), { recursive: true });
  // Write beside the target then rename, so a reader never sees half a file.
  const temporary = `${values.out}.tmp-${process.pid}`;
  await writeFile(temporary, JSON.stringify(directory) + '\n');
  await rename(temporary, values.out);
  console.log(
    `Wrote ${values.out}: ${directory.services.length} services, ${directory.organizations.length} organizations, ${directory.locations.length} locations (sample data, seed ${seed}).`,
  );
  return 0;
}
