/**
 * A newcomer's comment is never written to the logs: not when it is stored, resent, refused, or
 * when the database fails with an error that quotes it.
 */
import type { KyselyPlugin } from 'kysely';
import { expect, it, vi } from 'vitest';
import { describeOnEngines } from '../../db/test-engines.ts';
import { newcomerPhone, ratingBody, reportBody, startFeedbackServer } from '../../feedback/test-support.ts';

const CANARY = 'Canary comment: the heron-lantern desk asked for my passport twice';

function captureOutput() {
  const lines: string[] = [];
  const spies = (['log', 'error', 'warn', 'info', 'debug', 'trace'] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(args.map((arg) => (arg instanceof Error ? `${arg.message}\n${arg.stack}` : typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
    }),
  );
  const streams = [process.stdout, process.stderr].map((stream) => {
    const original = stream.write;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      return (original as (...args: unknown[]) => boolean).call(stream, chunk, ...rest);
    }) as typeof stream.write;
    return () => (stream.write = original);
  });
  return {
    text: () => lines.join('\n'),
    stop() {
      for (const spy of spies) spy.mockRestore();
      for (const restore of streams) restore();
    },
  };
}

describeOnEngines('newcomer feedback and the logs', (ctx) => {
  it('the comment never reaches console or the process streams, whatever happens to the report', async () => {
    let failNext = false;
    const plugin: KyselyPlugin = {
      transformQuery(args) {
        if (failNext && args.node.kind === 'InsertQueryNode') {
          failNext = false;
          throw Object.assign(new Error(`insert failed for values (${CANARY})`), { code: 'XX000' });
        }
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const database = ctx.database();
    const server = await startFeedbackServer({ ...database, db: database.db.withPlugin(plugin) });
    const phone = newcomerPhone(server);
    const serviceId = server.fixture.services.a.id;
    const output = captureOutput();
    try {
      const body = reportBody(serviceId, { comment: CANARY });
      expect((await phone.post('/api/feedback', body)).status).toBe(201);
      expect((await phone.post('/api/feedback', body)).status).toBe(200);
      expect((await phone.post('/api/feedback', { ...body, problems: ['fees'] })).status).toBe(409);
      expect((await phone.post('/api/feedback', ratingBody(serviceId, 9, { comment: CANARY }))).status).toBe(400);
      expect((await phone.post('/api/feedback', reportBody('svc-gone', { comment: CANARY }))).status).toBe(404);
      failNext = true;
      const failed = await phone.post('/api/feedback', ratingBody(serviceId, 4, { comment: CANARY }));
      expect(failed.status).toBe(500);
      expect(await failed.text()).not.toContain('heron');
    } finally {
      output.stop();
    }
    // The failure was logged (so the test saw the path that logs), without the comment.
    expect(output.text()).toMatch(/Request failed: POST \/api\/feedback/);
    expect(output.text()).not.toMatch(/heron|lantern|passport/i);
  });
});
