/**
 * Serves the built site (dist/) the way a production static host would:
 * with the security headers, directory addresses ending in "/", and the
 * site's own 404 page; and, when asked, the hub intake at /api/.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { trustProxyFromEnvironment } from '../intake/config.ts';
import { registerIntake, type IntakeOptions } from '../intake/intake.ts';
import { parseRedirectsFile } from './redirects.ts';
import { headersForPath } from './security-headers.ts';
import { projectSecurityOptions } from './security-options.ts';

export interface SiteServerOptions {
  /** The built site. */
  root: string;
  logger?: boolean;
  /** Run the hub intake on the same server, at /api/. */
  intake?: IntakeOptions;
}

export async function createSiteServer({ root, logger = false, intake }: SiteServerOptions): Promise<FastifyInstance> {
  const distRoot = path.resolve(root);
  if (!existsSync(path.join(distRoot, 'index.html'))) {
    throw new Error(`There is no built site in ${distRoot}. Run "npm run build" first.`);
  }
  const options = projectSecurityOptions();
  const notFoundPage = path.join(distRoot, '404.html');

  const app = Fastify({ logger, trustProxy: trustProxyFromEnvironment() });

  app.addHook('onSend', async (request, reply, payload) => {
    const pathname = new URL(request.url, 'http://localhost').pathname;
    for (const [name, value] of Object.entries(headersForPath(pathname, options))) reply.header(name, value);
    return payload;
  });

  if (intake) await registerIntake(app, intake);

  // Old and extra addresses answer with a permanent redirect, as a static host does from _redirects.
  const redirectsPath = path.join(distRoot, '_redirects');
  const redirects = existsSync(redirectsPath)
    ? parseRedirectsFile(readFileSync(redirectsPath, 'utf8'))
    : new Map<string, string>();
  app.addHook('onRequest', async (request, reply) => {
    const target = redirects.get(new URL(request.url, 'http://localhost').pathname);
    if (target && (request.method === 'GET' || request.method === 'HEAD')) await reply.redirect(target, 301);
  });

  await app.register(fastifyStatic, {
    root: distRoot,
    // "/about" redirects to "/about/", as static hosts do.
    redirect: true,
    index: ['index.html'],
    dotfiles: 'deny',
    // _headers and _redirects are for the host, not for visitors.
    allowedPath: (pathName) => !pathName.startsWith('/_headers') && !pathName.startsWith('/_redirects'),
    cacheControl: false,
    setHeaders: (reply, filePath) => {
      // Hashed build assets never change; pages must always be fresh.
      const immutable = filePath.includes(`${path.sep}_astro${path.sep}`);
      reply.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });

  app.setNotFoundHandler((_request, reply) => {
    const body = existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Page not found';
    return reply.code(404).type('text/html; charset=utf-8').send(body);
  });

  return app;
}
