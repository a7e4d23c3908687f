/**
 * `npm run intake`: the hub intake on its own, for a real installation where
 * the site is on a static host. Needs the hub's public key (HUB_PUBLIC_KEY or
 * HUB_PUBLIC_KEY_FILE), and SITE_ORIGIN, the site's address, for CORS.
 * INTAKE_DATABASE says where to store referrals; PORT where to listen
 * (default 4322).
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { intakeEnvironment, trustProxyFromEnvironment } from '../src/intake/config.ts';
import { referralFormPage, registerIntake } from '../src/intake/intake.ts';
import { openReferralStore, type ReferralStore } from '../src/intake/store.ts';
import { readReferrableServices } from '../src/content-model/services-file.ts';
import { readSettingsFile } from '../src/content-model/settings-file.ts';

const environment = intakeEnvironment();
const hubPublicKey = environment.hubPublicKey ?? stopWithoutPublicKey();
const port = Number(process.env.PORT ?? 4322);
const settings = readSettingsFile();
const siteOrigin = process.env.SITE_ORIGIN ?? settings.siteUrl;

const template = await referralPageTemplate();
const store = openReferralStore(environment.database);
const app = Fastify({ trustProxy: trustProxyFromEnvironment() });
addPrivacyHeaders(app);
await registerIntake(app, {
  store,
  hubPublicKey,
  siteOrigin,
  hubPhone: settings.hub.phone,
  formPage: referralFormPage(settings, () => template, readReferrableServices()),
  logRequests: process.env.INTAKE_LOG !== 'off',
  ...(process.env.INTAKE_PER_MINUTE ? { perMinute: Number(process.env.INTAKE_PER_MINUTE) } : {}),
});
await app.listen({ port, host: process.env.HOST ?? '127.0.0.1' });
const address = app.server.address();
const listening = typeof address === 'object' && address ? address.port : port;
console.log(
  `The hub intake is listening on http://127.0.0.1:${listening}/api/referrals, storing to ${environment.database}.`,
);
closeOnSignals(app, store);

/** The intake cannot seal referrals without the hub's public key, so it does not start. */
function stopWithoutPublicKey(): never {
  console.error(
    'The intake needs the hub\'s public key: set HUB_PUBLIC_KEY, or HUB_PUBLIC_KEY_FILE (make one with "npm run hub:keygen").',
  );
  process.exit(1);
}

/**
 * Forms sent without JavaScript get the site's /refer/ page back, with their
 * errors or the confirmation. On its own, the intake fetches that page from
 * the site once at start-up and points its links back at the site.
 */
async function referralPageTemplate(): Promise<string | undefined> {
  const address = process.env.REFERRAL_PAGE_URL ?? new URL('/refer/', siteOrigin).href;
  try {
    const response = await fetch(address, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`status ${response.status}`);
    return (await response.text()).replace('<head>', `<head><base href="${new URL('/', address).href}">`);
  } catch (error) {
    console.warn(
      `Could not fetch the referral page from ${address} (${String(error)}): forms sent without JavaScript will get a plain answer.`,
    );
    return undefined;
  }
}

/** On its own there is no static host to add these: answers are never sniffed, never name a referrer, never cached. */
function addPrivacyHeaders(server: FastifyInstance): void {
  server.addHook('onSend', async (_request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Cache-Control', 'no-store');
    return payload;
  });
}

/** On SIGINT or SIGTERM, finish the requests under way, then close the database cleanly, then stop. */
function closeOnSignals(server: FastifyInstance, referrals: ReferralStore): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      void server.close().then(() => {
        referrals.close();
        process.exit(0);
      });
    });
  }
}
