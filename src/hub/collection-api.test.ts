/**
 * The intake's collection API as the command and the hub page both speak it: requests signed over exactly the path
 * and body sent, checked the way the intake checks them; answers read only when they are what the intake sends; and
 * every answer the intake can give turned into plain words, with the advice the caller gave.
 */
import sodium from 'libsodium-wrappers';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSubmissions } from './case-files.ts';
import {
  acknowledge,
  acknowledgeRequests,
  fromBase64Url,
  getWaiting,
  intakeProblem,
  readWaitingBatch,
  waitingRequest,
  type CollectionAdvice,
  type FetchLike,
  type IntakeConnection,
} from './collection-api.ts';
import { generateHubKeys, type HubKeys } from './hub-keys.ts';
import { sealForHub } from './sealing.ts';
import { checkCollectionSignature, SIGNATURE_HEADER } from './signed-requests.ts';

type Sent = { url: string; init: Parameters<FetchLike>[1] };

/** Advice as a caller gives it; each part says which it is, so a test can tell which one a message used. */
const advice: CollectionAdvice = {
  checkKey: 'Check the key.',
  checkConnection: 'Check the connection.',
  checkAddress: 'Check the address.',
};

/** A stand-in intake: records what was sent and answers with the status and body given (a string is sent as it is). */
function fakeIntake(
  answers: { status: number; body: unknown }[] | 'offline',
  options: Partial<IntakeConnection> = {},
): { sent: Sent[]; connection: IntakeConnection } {
  const sent: Sent[] = [];
  const now = new Date('2026-11-27T20:30:00Z');
  const fetch: FetchLike = async (url, init) => {
    sent.push({ url, init });
    if (answers === 'offline') throw new TypeError('Failed to fetch');
    const answer = answers[Math.min(sent.length - 1, answers.length - 1)]!;
    return {
      status: answer.status,
      text: async () => (typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body)),
    };
  };
  return { sent, connection: { address: 'http://localhost:4399', fetch, now: () => now, advice, ...options } };
}

/** What the intake would conclude about a request that was sent, checked with the hub's collection key. */
async function intakeChecks(sent: Sent, keys: HubKeys, path?: string, body?: string) {
  const url = new URL(sent.url);
  return checkCollectionSignature(
    sent.init.headers[SIGNATURE_HEADER],
    { method: sent.init.method, path: path ?? `${url.pathname}${url.search}`, body: body ?? sent.init.body ?? '' },
    [keys.collectionKey],
    new Date('2026-11-27T20:30:10Z'),
  );
}

let keys: HubKeys;
beforeAll(async () => {
  keys = await generateHubKeys();
  await sodium.ready;
});

describe('the requests', () => {
  it('asks for at most 500 referrals at a time, as the intake allows', () => {
    expect(waitingRequest()).toEqual({ method: 'GET', path: '/api/hub/referrals?limit=500', body: '' });
    expect(waitingRequest(10_000).path).toBe('/api/hub/referrals?limit=500');
    expect(waitingRequest(0).path).toBe('/api/hub/referrals?limit=1');
  });

  it('acknowledges in requests of at most 500 references, every reference once', () => {
    const references = Array.from({ length: 1201 }, (_, index) => `REF-${index}`);
    const requests = acknowledgeRequests(references);
    expect(requests.map((request) => JSON.parse(request.body).references.length)).toEqual([500, 500, 201]);
    expect(requests.flatMap((request) => JSON.parse(request.body).references)).toEqual(references);
    expect(requests.every((request) => request.method === 'POST' && request.path === '/api/hub/acknowledge')).toBe(
      true,
    );
    expect(acknowledgeRequests([])).toEqual([]);
  });

  it('signs the GET over exactly the path and query sent, which the intake accepts', async () => {
    const { sent, connection } = fakeIntake([{ status: 200, body: { waiting: 0, referrals: [] } }]);
    await getWaiting(connection, keys.signingSecretKey);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('http://localhost:4399/api/hub/referrals?limit=500');
    expect(sent[0]!.init.method).toBe('GET');
    expect(sent[0]!.init.body).toBeUndefined();
    expect(await intakeChecks(sent[0]!, keys)).toMatchObject({ ok: true });
    // The same signature for another address, or from another key, is refused: the check above can fail.
    expect(await intakeChecks(sent[0]!, keys, '/api/hub/referrals?limit=1')).toMatchObject({ ok: false });
    const other = await generateHubKeys();
    expect(await intakeChecks(sent[0]!, other)).toMatchObject({ ok: false });
  });

  it('signs the POST over exactly the body sent, which the intake accepts, and no other body', async () => {
    const { sent, connection } = fakeIntake([{ status: 200, body: { acknowledged: 2 } }]);
    await acknowledge(connection, keys.signingSecretKey, ['7KXM-QD4R', 'ACDE-FGHJ']);
    expect(sent[0]!.url).toBe('http://localhost:4399/api/hub/acknowledge');
    expect(sent[0]!.init.body).toBe('{"references":["7KXM-QD4R","ACDE-FGHJ"]}');
    expect(sent[0]!.init.headers['content-type']).toBe('application/json');
    expect(await intakeChecks(sent[0]!, keys)).toMatchObject({ ok: true });
    expect(await intakeChecks(sent[0]!, keys, undefined, '{"references":["7KXM-QD4R"]}')).toMatchObject({
      ok: false,
    });
  });

  it('sends a request whose connection fails as many times as the caller allows, and a refusal only once', async () => {
    const once = fakeIntake('offline');
    expect(await getWaiting(once.connection, keys.signingSecretKey)).toMatchObject({ ok: false });
    expect(once.sent).toHaveLength(1);
    const twice = fakeIntake('offline', { attempts: 2 });
    await acknowledge(twice.connection, keys.signingSecretKey, ['7KXM-QD4R']);
    expect(twice.sent).toHaveLength(2);
    const refused = fakeIntake([{ status: 401, body: { message: 'No.' } }], { attempts: 2 });
    await getWaiting(refused.connection, keys.signingSecretKey);
    expect(refused.sent).toHaveLength(1);
  });
});

describe('what the intake hands over', () => {
  it('reads sealed referrals that the hub’s key then opens', async () => {
    const payload = { receivedAt: '2026-11-27T20:00:00.000Z', referral: { name: 'Sam Example' } };
    const sealed = sodium.to_base64(await sealForHub(payload, keys.publicKey));
    const { connection } = fakeIntake([
      {
        status: 200,
        body: { waiting: 3, referrals: [{ reference: '7KXM-QD4R', receivedAt: payload.receivedAt, sealed }] },
      },
    ]);
    const outcome = await getWaiting(connection, keys.signingSecretKey);
    if (!outcome.ok) throw new Error(outcome.problem);
    expect(outcome.value.waiting).toBe(3);
    const opened = await openSubmissions(outcome.value.referrals, keys);
    expect(opened).toEqual({
      referrals: [{ reference: '7KXM-QD4R', receivedAt: payload.receivedAt, referral: { name: 'Sam Example' } }],
      hateCrimeReports: [],
      unreadable: [],
    });
  });

  it('decodes base64 as libsodium writes it, and nothing else', () => {
    for (const length of [0, 1, 2, 3, 31, 32, 80]) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 37 + 250) % 256);
      expect(fromBase64Url(sodium.to_base64(bytes))).toEqual(bytes);
    }
    expect(fromBase64Url('ab+/')).toBeUndefined();
    expect(fromBase64Url('abcde')).toBeUndefined();
  });

  it('refuses an answer that is not what the intake sends, rather than show part of it', () => {
    const item = { reference: '7KXM-QD4R', receivedAt: '2026-11-27T20:00:00.000Z', sealed: 'AAAA' };
    expect(readWaitingBatch({ waiting: 1, referrals: [item] })).toBeDefined();
    expect(readWaitingBatch({ waiting: 1 })).toBeUndefined();
    expect(readWaitingBatch({ waiting: -1, referrals: [] })).toBeUndefined();
    expect(readWaitingBatch({ waiting: 1, referrals: [{ ...item, reference: '<img src=x>' }] })).toBeUndefined();
    expect(readWaitingBatch({ waiting: 1, referrals: [{ ...item, sealed: 'not base64!' }] })).toBeUndefined();
    expect(readWaitingBatch({ waiting: 1, referrals: [{ ...item, receivedAt: 5 }] })).toBeUndefined();
  });
});

describe('what goes wrong, in plain words', () => {
  it('repeats the intake’s reason for refusing a signature, with the caller’s advice on the key', async () => {
    const { connection } = fakeIntake([
      { status: 401, body: { message: "The request was not signed with the hub's key." } },
    ]);
    expect(await getWaiting(connection, keys.signingSecretKey)).toEqual({
      ok: false,
      problem:
        'The intake refused the request. It said: "The request was not signed with the hub\'s key." Check the key.',
    });
  });

  it('says when the intake cannot hand over referrals, when it is unreachable, and when its answer is odd', async () => {
    const notSetUp = await getWaiting(
      fakeIntake([{ status: 503, body: { message: 'Collecting is not set up.' } }]).connection,
      keys.signingSecretKey,
    );
    expect(!notSetUp.ok && notSetUp.problem).toMatch(
      /^The intake cannot hand over referrals at the moment\. It said: "Collecting is not set up\."/,
    );
    const offline = await getWaiting(fakeIntake('offline').connection, keys.signingSecretKey);
    expect(!offline.ok && offline.problem).toBe('Could not reach the intake. Check the connection.');
    const odd = await acknowledge(
      fakeIntake([{ status: 200, body: { removed: 'yes' } }]).connection,
      keys.signingSecretKey,
      ['A'],
    );
    expect(!odd.ok && odd.problem).toBe("The intake's answer could not be read. Check the address.");
    expect(intakeProblem({ status: 500, body: 'not json' }, advice)).toMatch(
      /^The intake answered with an error \(code 500\)\./,
    );
    expect(intakeProblem({ status: 429, body: {} }, advice)).toMatch(/too many requests/);
    expect(intakeProblem({ status: 404, body: undefined }, advice)).toMatch(/no intake collection.*Check the address/);
    expect(intakeProblem({ status: 302, body: undefined }, advice)).toMatch(/somewhere else.*Check the address/);
    expect(intakeProblem('timed-out', advice)).toBe('The intake did not answer in time. Check the connection.');
  });

  it('never repeats control characters or an endless message from the intake', () => {
    const problem = intakeProblem(
      { status: 401, body: { message: `Bad\u202Esignature\u0007 ${'x'.repeat(1000)}` } },
      advice,
    );
    expect(problem).not.toMatch(/[\u0000-\u001F\u202E]/);
    expect(problem.length).toBeLessThan(600);
  });

  it('adds up what the intake removed, and stops at the first refusal', async () => {
    const references = Array.from({ length: 501 }, (_, index) => `REF-${index}`);
    const both = await acknowledge(
      fakeIntake([
        { status: 200, body: { acknowledged: 500 } },
        { status: 200, body: { acknowledged: 1 } },
      ]).connection,
      keys.signingSecretKey,
      references,
    );
    expect(both).toEqual({ ok: true, value: 501 });
    const refused = fakeIntake([{ status: 401, body: { message: 'No.' } }]);
    expect(await acknowledge(refused.connection, keys.signingSecretKey, references)).toMatchObject({ ok: false });
    expect(refused.sent).toHaveLength(1);
  });
});
