/** `npx tsx tests/bench/language-run.ts`: the languages section alone, without the rest of `npm run bench`. */
import os from 'node:os';
import { runLanguageBenchmark } from './language-benchmark.ts';

console.log(`# Guichet languages benchmark\nNode ${process.version}, ${os.cpus().length} CPUs, ${os.cpus()[0]?.model ?? ''}`);
runLanguageBenchmark();
