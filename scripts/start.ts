/** `npm start`: build the site if anything changed since the last build, then serve it. */
import { spawnSync } from 'node:child_process';
import { buildIsStale } from '../src/hosting/build-freshness.ts';

if (buildIsStale(process.cwd())) {
  console.log('Building the site (it has not been built yet, or something changed since)…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else {
  console.log('The built site is up to date.');
}
await import('./serve.ts');
