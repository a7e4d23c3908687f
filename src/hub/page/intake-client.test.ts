/**
 * The hub page's connection to the intake: the intake is found from the site's settings, nothing of the browser's
 * goes with a request, the requests are still ones the intake accepts, and the advice speaks of the page's key file.
 * (The requests and answers themselves are tested in ../collection-api.test.ts.)
 */
import sodium from 'libsodium-wrappers';
import { beforeAll, describe, expect, it } from 'vitest';
import { getWaiting } from '../collection-api.ts';
import { generateHubKeys, type HubKeys } from '../hub-keys.ts';
import { checkCollectionSignature, SIGNATURE_HEADER } from '../signed-requests.ts';
import { hubPageConnection, intakeOrigin, type BrowserFetch } from './intake-client.ts';

type Sent = { url: string; init: Parameters<BrowserFetch>[1] };
const now = new Date('2026-11-27T20:30:00Z');

/** The page's connection to a stand-in intake that records what was sent and answers as given. */
function pageConnectedTo(answer: { status: number; body: unknown } | 'offline') {
  const sent: Sent[] = [];
  const fetch: BrowserFetch = async (url, init) => {
    sent.push({ url, init });
    if (answer === 'offline') throw new TypeError('Failed to fetch');
    return { status: answer.status, text: async () => JSON.stringify(answer.body) };
  };
  return { sent, connection: hubPageConnection('http://localhost:4399', fetch, () => now) };
}

let keys: HubKeys;
beforeAll(async () => {
  keys = await generateHubKeys();
  await sodium.ready;
});

describe('where the intake is', () => {
  it('is beside the site when the form posts to a path, and on the other host when it posts to an address', () => {
    expect(intakeOrigin('/api/referrals', 'http://localhost:4399/hub/')).toBe('http://localhost:4399');
    expect(intakeOrigin('https://intake.example.org/api/referrals', 'https://www.victims-first.org.uk/hub/')).toBe(
      'https://intake.example.org',
    );
  });
});

describe('the page’s requests', () => {
  it('send no cookies, no address they came from and never take a cached answer', async () => {
    const { sent, connection } = pageConnectedTo({ status: 200, body: { waiting: 0, referrals: [] } });
    await getWaiting(connection, keys.signingSecretKey);
    expect(sent[0]!.init).toMatchObject({ credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' });
    // Nothing but the signature carries the key's work; the key itself never leaves.
    const everything = JSON.stringify(sent[0]);
    expect(everything).not.toContain(keys.privateKey);
    expect(everything).not.toContain(sodium.to_base64(keys.signingSecretKey));
  });

  it('go to the intake’s origin, signed so the intake accepts them', async () => {
    const { sent, connection } = pageConnectedTo({ status: 200, body: { waiting: 0, referrals: [] } });
    await getWaiting(connection, keys.signingSecretKey);
    expect(sent[0]!.url).toBe('http://localhost:4399/api/hub/referrals?limit=500');
    const check = await checkCollectionSignature(
      sent[0]!.init.headers[SIGNATURE_HEADER],
      { method: 'GET', path: '/api/hub/referrals?limit=500', body: '' },
      [keys.collectionKey],
      now,
    );
    expect(check).toMatchObject({ ok: true });
  });
});

describe('what the page tells hub staff', () => {
  it('repeats the intake’s reason for refusing a signature, and says to check the key file and the clock', async () => {
    const { connection } = pageConnectedTo({
      status: 401,
      body: { message: "The request was not signed with the hub's key." },
    });
    const outcome = await getWaiting(connection, keys.signingSecretKey);
    expect(outcome).toEqual({
      ok: false,
      problem: expect.stringMatching(/^The intake refused the request\. It said: "The request was not signed/),
    });
    expect(!outcome.ok && outcome.problem).toContain('Check you chose the hub’s private key file');
    expect(!outcome.ok && outcome.problem).toContain('this computer’s clock is right');
  });

  it('says to check this computer’s connection when the intake cannot be reached, naming no command', async () => {
    const outcome = await getWaiting(pageConnectedTo('offline').connection, keys.signingSecretKey);
    expect(!outcome.ok && outcome.problem).toBe(
      'Could not reach the intake. Check this computer is connected to the internet, then try again.',
    );
  });
});
