/**
 * The intake on its own (`npm run intake`), for a real installation where
 * the site is on a static host: a Fastify server with the intake's routes,
 * its own security headers on every answer (there is no static host in
 * front to add them), plain answers to every error, and timeouts.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { TrustProxy } from './config.ts';
import { registerIntake, type IntakeOptions } from './intake.ts';
import { plainMessage, safeServerOptions, SERVER_TIMEOUTS, type ServerTimeouts } from './server-safety.ts';

/** How the server itself runs, besides what the intake needs. */
export interface IntakeServerOptions {
  /** Which proxies to believe about who is sending (TRUST_PROXY). */
  trustProxy?: TrustProxy;
  /** How long requests may take: tests make them short. */
  timeouts?: ServerTimeouts;
}

/**
 * The headers for every answer of the intake on its own. Its pages are the site's /refer/ page with a <base href>
 * pointing at the site, so the site's origin is allowed for scripts, styles, images, fonts, the base address and
 * where forms go; the page's script may talk only to the intake. Nothing may frame it, sniff it, cache it, or be told
 * where the person came from.
 */
export function intakeServerHeaders(siteOrigin: string): Record<string, string> {
  const site = new URL(siteOrigin).origin;
  const policy = [
    "default-src 'none'",
    `script-src ${site}`,
    `style-src ${site}`,
    `img-src ${site}`,
    `font-src ${site}`,
    "connect-src 'self'",
    `form-action 'self' ${site}`,
    `base-uri ${site}`,
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': policy,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

/** The intake on its own, ready to listen. */
export async function createIntakeServer(
  intake: IntakeOptions,
  { trustProxy = false, timeouts = SERVER_TIMEOUTS }: IntakeServerOptions = {},
): Promise<FastifyInstance> {
  const headers = intakeServerHeaders(intake.siteOrigin);
  const app = Fastify({
    trustProxy,
    ...safeServerOptions(() => headers, timeouts),
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(headers);
    return payload;
  });
  answerPlainlyOutsideTheIntake(app);
  await registerIntake(app, intake);
  return app;
}

/**
 * Addresses the intake does not have, and errors outside its routes, are answered with a plain message: Fastify's
 * own answers repeat the address and the method.
 */
function answerPlainlyOutsideTheIntake(app: FastifyInstance): void {
  app.setNotFoundHandler((_request, reply) =>
    reply.code(404).type('text/plain; charset=utf-8').send(plainMessage(404)),
  );
  app.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    return reply.code(status).type('text/plain; charset=utf-8').send(plainMessage(status));
  });
}
