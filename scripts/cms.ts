/**
 * `npm run cms`: edit content on this computer. Starts the site in
 * development (http://localhost:4321/) and decap-server (port 8081), which
 * lets the content editor at http://localhost:4321/admin/ read and write the
 * files in content/ directly. Stop both with Ctrl+C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { LOCAL_BACKEND_PORT } from '../admin/config.ts';

const children: ChildProcess[] = [
  spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: String(LOCAL_BACKEND_PORT) },
  }),
  spawn('npx', ['astro', 'dev', '--force'], { stdio: 'inherit' }),
];

console.log('\nOpen http://localhost:4321/admin/ and choose Login to edit the files in content/.\n');

const stopAll = (code: number) => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
};
for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(0));
