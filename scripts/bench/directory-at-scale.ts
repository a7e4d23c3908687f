/**
 * The service directory with a national directory's 2,000 services, for `npm run bench`: a temporary copy of the
 * project with synthetic services added (scripts/bench/synthetic-content.ts), built, served with the local server,
 * and measured by `measureDirectoryFilter` (scripts/bench/directory.ts). About four minutes on two cores.
 */
import { globSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentTypes } from '../../src/content-model/schemas/index.ts';
import { createSiteServer } from '../../src/hosting/site-server.ts';
import { measureDirectoryFilter, type DirectoryFigures } from './directory.ts';
import { build, copyProject } from './scale.ts';
import { writeSyntheticServices } from './synthetic-content.ts';

export async function measureDirectoryAtScale(services = 2000): Promise<DirectoryFigures & { buildSeconds: number }> {
  const folder = mkdtempSync(path.join(tmpdir(), `vf-directory-${services}-`));
  try {
    copyProject(folder);
    // The real services stay; synthetic ones make up the rest.
    const real = globSync(contentTypes.services.pattern, {
      cwd: path.join(folder, 'content', contentTypes.services.folder),
    }).length;
    writeSyntheticServices(path.join(folder, 'content'), services - real);
    const built = await build(folder, `The build with ${services} services`);
    const app = await createSiteServer({ root: path.join(folder, 'dist') });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const figures = await measureDirectoryFilter(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
      return { ...figures, buildSeconds: built.seconds };
    } finally {
      await app.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
