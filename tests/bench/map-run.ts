/** `npx tsx tests/bench/map-run.ts`: the map benchmark alone, without the search figures of `npm run bench`. */
import os from 'node:os';
import { runMapBenchmark } from './map-benchmark.ts';

console.log(`# Guichet map benchmark\nNode ${process.version}, ${os.cpus().length} CPUs, ${os.cpus()[0]?.model ?? ''}`);
await runMapBenchmark();
