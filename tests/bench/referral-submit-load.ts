/**
 * Referral submissions under load: autocannon keeps `connections` POST /api/referrals in flight
 * over loopback, each with a body of its own and a fresh idempotency key (every one a new referral,
 * none a replay), for a warm-up and then the timed run.
 */
import autocannon from 'autocannon';
import { submissionBody } from '../../src/server/referrals/test-fixtures.ts';

export interface SubmitPlan {
  connections: number;
  seconds: number;
  warmUpSeconds: number;
}

export interface SubmitFigures {
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  created: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  statusCounts: Record<string, number>;
}

function run(url: string, serviceId: string, connections: number, seconds: number) {
  return autocannon({
    url: `${url}/api/referrals`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: JSON.stringify(submissionBody(serviceId)) }),
      },
    ],
  });
}

export async function loadSubmissions(url: string, serviceId: string, plan: SubmitPlan): Promise<SubmitFigures> {
  await run(url, serviceId, plan.connections, plan.warmUpSeconds);
  const result = await run(url, serviceId, plan.connections, plan.seconds);
  const statusCounts = Object.fromEntries(Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, Number(count)]));
  return {
    perSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    created: statusCounts['201'] ?? 0,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statusCounts,
  };
}
