/**
 * The comms team's report fetching its figures from the intake, through the intake's real routes: signed with the
 * comms team's key, only the days asked for; refused unsigned, with the hub's key, or sent again; and the comms key
 * cannot collect referrals.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateHubKeys, type HubKeys } from '../hub/hub-keys.ts';
import { sendSigned, type FetchLike } from '../hub/collection-api.ts';
import { registerIntake } from '../intake/intake.ts';
import { COMMS_INSIGHT_PATH } from '../intake/comms-insight.ts';
import { intakeOptions, storeInNewFolder, type StoreInFolder } from '../../tests/support/intake-setup.ts';
import { commsKeysFromPrivateKey, generateCommsKeys, NOT_A_COMMS_KEY, type CommsKeys } from './comms-keys.ts';
import { figuresFromIntake } from './insight-source.ts';

const now = new Date('2026-11-28T10:00:00Z');
const period = { from: '2026-11-20', to: '2026-11-26' };

describe('the report’s figures from the intake', () => {
  let kept: StoreInFolder;
  let app: FastifyInstance;
  let comms: CommsKeys;
  let hub: HubKeys;
  let sent: string[];

  /** Requests go to the intake's own routes, in this process. */
  const viaIntake: FetchLike = async (url, init) => {
    const address = new URL(url);
    sent.push(`${init.method} ${address.pathname}${address.search}`);
    const answer = await app.inject({
      method: init.method as 'GET',
      url: `${address.pathname}${address.search}`,
      headers: init.headers,
    });
    return { status: answer.statusCode, text: async () => answer.body };
  };

  async function intakeWith(commsKeys: readonly string[]) {
    app = Fastify();
    await registerIntake(
      app,
      await intakeOptions(kept.store, {
        hubPublicKey: hub.publicKey,
        collectionKeys: [hub.collectionKey],
        commsKeys,
        now: () => now,
      }),
    );
  }

  beforeEach(async () => {
    kept = await storeInNewFolder('vf-comms-');
    comms = await generateCommsKeys();
    hub = await generateHubKeys();
    sent = [];
    for (const day of ['2026-11-19', '2026-11-21', '2026-11-26', '2026-11-27']) {
      await kept.store.recordFeedback({ day, page: '/refer/', useful: 'no', whatWasWrong: `On ${day}`, lang: 'en' });
      await kept.store.countReads([{ day, page: '/', reads: 3 }]);
    }
    await intakeWith([comms.collectionKey]);
  });

  afterEach(async () => {
    await app.close();
    await kept.remove();
  });

  it('hands the comms team the feedback and reads of the days asked for, and no others', async () => {
    const outcome = await figuresFromIntake('http://localhost:4322', comms.signingSecretKey, period, {
      fetch: viaIntake,
      now: () => now,
    });
    expect(outcome).toEqual({
      ok: true,
      value: {
        feedback: ['2026-11-21', '2026-11-26'].map((day) => ({
          day,
          page: '/refer/',
          useful: 'no',
          whatWasWrong: `On ${day}`,
          lang: 'en',
        })),
        reads: [
          { day: '2026-11-21', page: '/', reads: 3 },
          { day: '2026-11-26', page: '/', reads: 3 },
        ],
      },
    });
    expect(sent).toEqual([`GET ${COMMS_INSIGHT_PATH}?from=2026-11-20&to=2026-11-26`]);
  });

  it('refuses a request signed with the hub’s key, and the comms key cannot collect referrals', async () => {
    const withHubKey = await figuresFromIntake('http://localhost:4322', hub.signingSecretKey, period, {
      fetch: viaIntake,
      now: () => now,
    });
    expect(withHubKey).toMatchObject({ ok: false, problem: expect.stringMatching(/^The intake refused the request/) });
    expect(withHubKey.ok === false && withHubKey.problem).toContain('COMMS_COLLECTION_KEY');
    const connection = { address: 'http://localhost:4322/', fetch: viaIntake, now: () => now, advice: {} as never };
    const referrals = await sendSigned(
      connection,
      { method: 'GET', path: '/api/hub/referrals', body: '' },
      comms.signingSecretKey,
    );
    expect(referrals).toMatchObject({ status: 401 });
  });

  it('refuses an unsigned request, a request sent twice and a period that is not one', async () => {
    const unsigned = await app.inject({ method: 'GET', url: `${COMMS_INSIGHT_PATH}?from=2026-11-20&to=2026-11-26` });
    expect(unsigned.statusCode).toBe(401);
    expect(unsigned.json()).toEqual({ message: 'The request is not signed.' });

    const connection = { address: 'http://localhost:4322/', fetch: viaIntake, now: () => now, advice: {} as never };
    let header: Record<string, string> = {};
    const recording: FetchLike = async (url, init) => {
      header = init.headers;
      return viaIntake(url, init);
    };
    const path = `${COMMS_INSIGHT_PATH}?from=2026-11-20&to=2026-11-26`;
    await sendSigned({ ...connection, fetch: recording }, { method: 'GET', path, body: '' }, comms.signingSecretKey);
    const again = await app.inject({ method: 'GET', url: path, headers: header });
    expect(again.statusCode).toBe(401);
    expect(again.json().message).toMatch(/already used once/);

    const backwards = await sendSigned(
      connection,
      { method: 'GET', path: `${COMMS_INSIGHT_PATH}?from=2026-11-26&to=2026-11-20`, body: '' },
      comms.signingSecretKey,
    );
    expect(backwards).toMatchObject({ status: 400 });
  });

  it('says the report is not set up when the intake has no comms key', async () => {
    await app.close();
    await intakeWith([]);
    const outcome = await figuresFromIntake('http://localhost:4322', comms.signingSecretKey, period, {
      fetch: viaIntake,
      now: () => now,
    });
    expect(outcome).toMatchObject({ ok: false, problem: expect.stringContaining('COMMS_COLLECTION_KEY') });
  });

  it('reads the comms team’s key file back, and says plainly when a file is not one', async () => {
    expect((await commsKeysFromPrivateKey(`${comms.privateKey}\n`)).collectionKey).toBe(comms.collectionKey);
    await expect(commsKeysFromPrivateKey(hub.privateKey.slice(0, 10))).rejects.toThrow(NOT_A_COMMS_KEY);
  });
});
