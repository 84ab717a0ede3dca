/** `npm start`: the directory API and the built PWA on one port. */
import { serve } from '@hono/node-server';
import { readEnv } from './env.ts';
import { createApp } from './app.ts';
import { fileDirectorySource } from './directory-source.ts';

const env = readEnv();
const directory = fileDirectorySource(env.directoryFile);
const app = createApp({ directory, distDir: env.distDir });

const server = serve({ fetch: app.fetch, port: env.port, hostname: env.host }, (info) => {
  console.log(`Guichet is running at http://${env.host === '0.0.0.0' ? 'localhost' : env.host}:${info.port}/`);
  console.log(`Directory: ${env.directoryFile} (version ${directory.current().version})`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
