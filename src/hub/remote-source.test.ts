/**
 * Collecting from the intake over the network, as the command does: each
 * request signed for exactly what is sent, only to an https:// address (or
 * this computer's), never redirected, sent again once when its connection
 * drops, and every refusal or failure a CollectionError with the command's
 * advice. (The API it adapts is tested in collection-api.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { generateHubKeys } from './hub-keys.ts';
import { CollectionError } from './referral-source.ts';
import { intakeAddress, remoteSource } from './remote-source.ts';
import { checkCollectionSignature } from './signed-requests.ts';

const now = new Date('2026-11-23T12:00:00Z');

/** A fetch that records what was sent and answers with the given status and body. */
function answering(status: number, body: unknown, headers: Record<string, string> = {}) {
  const sent: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: URL | string, init: RequestInit = {}) => {
    sent.push({ url: String(url), init });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers });
  }) as typeof globalThis.fetch;
  return { fetch, sent };
}

describe('the intake as a source of referrals', () => {
  it('signs exactly the path, query and body it sends, and decodes the sealed referrals', async () => {
    const keys = await generateHubKeys();
    const intake = answering(200, {
      waiting: 3,
      referrals: [{ reference: '7KXM-QD4R', receivedAt: now.toISOString(), sealed: 'AQID' }],
    });
    const source = remoteSource('https://intake.example.org/prefix', keys, { fetch: intake.fetch, now: () => now });
    const answer = await source.waiting(50);
    expect(answer).toEqual({ waiting: 3, referrals: [{ reference: '7KXM-QD4R', sealed: new Uint8Array([1, 2, 3]) }] });
    const [sent] = intake.sent;
    expect(sent!.url).toBe('https://intake.example.org/prefix/api/hub/referrals?limit=50');
    expect(sent!.init.redirect).toBe('manual');
    expect(sent!.init.signal).toBeInstanceOf(AbortSignal);
    const header = (sent!.init.headers as Record<string, string>)['x-hub-signature'];
    const check = await checkCollectionSignature(
      header,
      { method: 'GET', path: '/prefix/api/hub/referrals?limit=50', body: '' },
      [keys.collectionKey],
      now,
    );
    expect(check.ok).toBe(true);

    const acknowledging = answering(200, { acknowledged: 1 });
    const acknowledged = await remoteSource('https://intake.example.org', keys, {
      fetch: acknowledging.fetch,
      now: () => now,
    }).acknowledge(['7KXM-QD4R']);
    expect(acknowledged).toBe(1);
    const post = acknowledging.sent[0]!;
    expect(post.init.body).toBe('{"references":["7KXM-QD4R"]}');
    const postCheck = await checkCollectionSignature(
      (post.init.headers as Record<string, string>)['x-hub-signature'],
      { method: 'POST', path: '/api/hub/acknowledge', body: String(post.init.body) },
      [keys.collectionKey],
      now,
    );
    expect(postCheck.ok).toBe(true);
  });

  it('refuses an address that is not https://, except this computer’s own', () => {
    expect(() => intakeAddress('http://intake.example.org')).toThrow(/use https:\/\/intake\.example\.org$/);
    expect(() => intakeAddress('ftp://intake.example.org')).toThrow(CollectionError);
    expect(() => intakeAddress('intake.example.org')).toThrow(/is not a web address/);
    for (const local of ['http://localhost:4322', 'http://127.0.0.1:4322', 'http://[::1]:4322']) {
      expect(intakeAddress(local).protocol).toBe('http:');
    }
  });

  /** The message a failed `waiting` gives when the intake answers so. */
  const failure = async (status: number, body: unknown, headers: Record<string, string> = {}) => {
    const keys = await generateHubKeys();
    const intake = answering(status, body, headers);
    const attempt = remoteSource('https://intake.example.org', keys, { fetch: intake.fetch }).waiting(10);
    await expect(attempt).rejects.toThrow(CollectionError);
    return (await attempt.catch((error: Error) => error)) as Error;
  };

  it('gives the intake’s reason for refusing, with what to check', async () => {
    const clock = await failure(401, {
      message: "The request's time is more than 5 minutes from the intake's: check this computer's clock.",
    });
    expect(clock.message).toContain('refused the request');
    expect(clock.message).toContain("check this computer's clock");
    const key = await failure(401, { message: "The request was not signed with the hub's key." });
    expect(key.message).toContain("not signed with the hub's key");
    expect(key.message).toContain('HUB_COLLECTION_KEY');
    expect(key.message).toContain('--private-key');
  });

  it('says when collection is not set up on the intake, when the address is wrong, or when it redirects', async () => {
    const notSetUp = 'Collection is not set up on this intake: it needs HUB_COLLECTION_KEY.';
    expect((await failure(503, { message: notSetUp })).message).toMatch(
      /^The intake cannot hand over referrals at the moment\. It said: "Collection is not set up .*HUB_COLLECTION_KEY/,
    );
    expect((await failure(404, 'Not found')).message).toMatch(
      /no intake collection at this address\. Check the address given with --from \(https:\/\/intake\.example\.org\/\)/,
    );
    expect((await failure(301, '', { location: 'http://elsewhere.example' })).message).toMatch(
      /sends requests somewhere else/,
    );
    expect((await failure(200, '<html>The website</html>')).message).toMatch(/could not be read/);
    expect((await failure(200, { waiting: 1, referrals: [{ reference: 'A', sealed: '***' }] })).message).toMatch(
      /could not be read/,
    );
    expect((await failure(500, { message: 'Something went wrong on the intake' })).message).toMatch(
      /answered with an error \(code 500\)\. It said: "Something went wrong on the intake"/,
    );
  });

  it('names the address when it cannot connect, after trying twice', async () => {
    const keys = await generateHubKeys();
    let attempts = 0;
    const refused = (async () => {
      attempts += 1;
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      });
    }) as typeof fetch;
    await expect(remoteSource('https://intake.example.org', keys, { fetch: refused }).waiting(1)).rejects.toThrow(
      /^Could not reach the intake\. Check the address given with --from \(https:\/\/intake\.example\.org\)/,
    );
    expect(attempts).toBe(2);
  });

  it('does not send a request again when the intake took too long to answer it', async () => {
    const keys = await generateHubKeys();
    let attempts = 0;
    const tooSlow = (async () => {
      attempts += 1;
      throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    }) as typeof fetch;
    await expect(remoteSource('https://intake.example.org', keys, { fetch: tooSlow }).waiting(1)).rejects.toThrow(
      /^The intake did not answer in time\./,
    );
    expect(attempts).toBe(1);
  });

  it('sends a request again, signed afresh, when a connection the intake closed fails it once', async () => {
    const keys = await generateHubKeys();
    const intake = answering(200, { acknowledged: 2 });
    const signatures: string[] = [];
    let attempts = 0;
    const closedOnce = (async (url: URL | string, init: RequestInit = {}) => {
      attempts += 1;
      signatures.push((init.headers as Record<string, string>)['x-hub-signature']!);
      if (attempts === 1) throw new TypeError('fetch failed', { cause: new Error('other side closed') });
      return intake.fetch(url, init);
    }) as typeof fetch;
    const source = remoteSource('https://intake.example.org', keys, { fetch: closedOnce });
    expect(await source.acknowledge(['7KXM-QD4R', '9CDE-FGHJ'])).toBe(2);
    expect(attempts).toBe(2);
    // A new one-off value, so the intake does not refuse the second as a replay.
    expect(signatures[1]).not.toBe(signatures[0]);
  });
});
