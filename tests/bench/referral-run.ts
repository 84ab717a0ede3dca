/** `npx tsx tests/bench/referral-run.ts`: the referral API benchmark alone, without the rest of `npm run bench`. */
import os from 'node:os';
import { runReferralBenchmark } from './referral-benchmark.ts';

console.log(`# Guichet referral API benchmark\nNode ${process.version}, ${os.cpus().length} CPUs, ${os.cpus()[0]?.model ?? ''}`);
await runReferralBenchmark();
