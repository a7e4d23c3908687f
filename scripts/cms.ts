/**
 * `npm run cms`: edit content on this computer. Starts the site in
 * development (http://localhost:4321/, or CMS_PORT) and decap-server (port
 * 8081, or CMS_PROXY_PORT), which lets the content editor at /admin/ read
 * and write the files in content/ directly. Stop both with Ctrl+C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { editorPorts, type EditorPorts } from '../admin/local-editor.ts';

let ports: EditorPorts;
try {
  ports = editorPorts(process.env);
} catch (error) {
  console.error(`${(error as Error).message}\nFor example: CMS_PORT=4330 CMS_PROXY_PORT=8090 npm run cms`);
  process.exit(1);
}

/** Whether nothing is listening on a port yet, so the editor's address is the one we print. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port, 'localhost');
  });
}

for (const [name, port, usedBy] of [
  ['CMS_PORT', ports.site, 'npm start or another npm run cms'],
  ['CMS_PROXY_PORT', ports.proxy, 'another npm run cms'],
] as const) {
  if (!(await portIsFree(port))) {
    console.error(
      `Port ${port} is already in use (by ${usedBy}?). Stop that program, or choose another port for this one, for example: ${name}=${port + 9} npm run cms`,
    );
    process.exit(1);
  }
}

// CMS_PROXY_PORT reaches astro dev too: the editor's page is built there, and tells Decap where decap-server is.
const environment = { ...process.env, CMS_PROXY_PORT: String(ports.proxy) };
const children: ChildProcess[] = [
  spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    stdio: 'inherit',
    env: { ...environment, PORT: String(ports.proxy) },
  }),
  spawn('npx', ['astro', 'dev', '--force', '--port', String(ports.site)], { stdio: 'inherit', env: environment }),
];

console.log(`\nOpen http://localhost:${ports.site}/admin/ and choose Login to edit the files in content/.\n`);

const stopAll = (code: number) => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
};
for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(0));
