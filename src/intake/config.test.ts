/**
 * The intake's settings from environment variables: where it stores
 * referrals, where it finds the hub's keys, the key that recognises a form
 * sent twice, whether it trusts a proxy to say who is sending, and when a
 * local server may make its own keys.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  COLLECTION_KEY_FILE,
  DEFAULT_DATABASE,
  intakeEnvironment,
  mayMakeLocalKeys,
  readTrustProxy,
  repeatKeyFromEnvironment,
  trustProxyFromEnvironment,
} from './config.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'vf-config-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// Public keys are 32 bytes in URL-safe base64, as "npm run hub:keygen" writes them.
const keyInTheFile = Buffer.alloc(32, 1).toString('base64url');
const keyInTheVariable = Buffer.alloc(32, 2).toString('base64url');
const keyFile = path.join(folder, 'hub-public-key.txt');
writeFileSync(keyFile, `${keyInTheFile}\n`);
const collectionKeyFile = path.join(folder, COLLECTION_KEY_FILE);
writeFileSync(collectionKeyFile, 'collection-key-from-the-file\n');
// Named explicitly, so the tests never read a key left in this checkout's data/hub-keys/.
const noKeyFile = path.join(folder, 'no-such-key.txt');
const noKeys = { HUB_PUBLIC_KEY_FILE: noKeyFile, HUB_COLLECTION_KEY_FILE: noKeyFile };
const settings = { referral: { endpoint: '/api/referrals', contactWithinWorkingDays: 2, retentionDays: 45 } };
const environment = (env: Record<string, string | undefined>) => intakeEnvironment({ ...noKeys, ...env }, settings);

describe('where the intake stores referrals', () => {
  it('is data/referrals.sqlite unless INTAKE_DATABASE says which file', () => {
    expect(DEFAULT_DATABASE).toBe('data/referrals.sqlite');
    expect(environment({}).store).toEqual({ file: DEFAULT_DATABASE });
    expect(environment({ INTAKE_DATABASE: '/srv/intake/r.sqlite' }).store).toEqual({ file: '/srv/intake/r.sqlite' });
  });

  it('is PostgreSQL when DATABASE_URL is set, named without its address (which may hold a password)', () => {
    const url = 'postgres://intake:secret@db.internal/referrals';
    const chosen = environment({ DATABASE_URL: url, INTAKE_DATABASE: '/srv/intake/r.sqlite' });
    expect(chosen.store).toEqual({ databaseUrl: url });
    expect(chosen.storeName).toBe('PostgreSQL (DATABASE_URL)');
    expect(chosen.storeName).not.toContain('secret');
  });
});

describe('the hub’s public key', () => {
  it('comes from HUB_PUBLIC_KEY first, without stray spaces, and says where it came from', () => {
    const chosen = environment({ HUB_PUBLIC_KEY: `  ${keyInTheVariable}\n`, HUB_PUBLIC_KEY_FILE: keyFile });
    expect(chosen).toMatchObject({ hubPublicKey: keyInTheVariable, keySource: 'HUB_PUBLIC_KEY' });
  });

  it('is read from the file HUB_PUBLIC_KEY_FILE names, and says which file', () => {
    expect(environment({ HUB_PUBLIC_KEY_FILE: keyFile })).toMatchObject({
      hubPublicKey: keyInTheFile,
      keySource: keyFile,
    });
    // An empty variable counts as not set.
    expect(environment({ HUB_PUBLIC_KEY: '', HUB_PUBLIC_KEY_FILE: keyFile }).keySource).toBe(keyFile);
  });

  it('is refused at start when it is not a key, naming where it came from, so no referral fails for it later', () => {
    const cutShort = Buffer.alloc(32, 3).toString('base64url').slice(0, 20);
    expect(() => environment({ HUB_PUBLIC_KEY: 'paste the key here' })).toThrow(
      /^HUB_PUBLIC_KEY: .*not a valid key.*npm run hub:keygen/,
    );
    const badFile = path.join(folder, 'bad-public-key.txt');
    writeFileSync(badFile, cutShort);
    expect(() => environment({ HUB_PUBLIC_KEY_FILE: badFile })).toThrow(new RegExp(`^${badFile}: `));
  });

  it('is missing, rather than failing, when there is none to read', () => {
    const chosen = environment({});
    expect(chosen.hubPublicKey).toBeUndefined();
    expect(chosen.keySource).toBeUndefined();
  });
});

describe('the hub’s collection keys', () => {
  it('come from HUB_COLLECTION_KEY, several separated by commas while a key is replaced', () => {
    expect(
      environment({ HUB_COLLECTION_KEY: ' new-key , old-key ', HUB_COLLECTION_KEY_FILE: collectionKeyFile }),
    ).toMatchObject({ collectionKeys: ['new-key', 'old-key'], collectionKeySource: 'HUB_COLLECTION_KEY' });
  });

  it('are read from the file HUB_COLLECTION_KEY_FILE names, else there are none', () => {
    expect(environment({ HUB_COLLECTION_KEY_FILE: collectionKeyFile })).toMatchObject({
      collectionKeys: ['collection-key-from-the-file'],
      collectionKeySource: collectionKeyFile,
    });
    expect(environment({}).collectionKeys).toEqual([]);
  });
});

describe('the repeat key', () => {
  it('is read from INTAKE_REPEAT_KEY as hex or base64, so intakes sharing a database can share it', () => {
    const bytes = Buffer.alloc(32, 0xab);
    expect(Buffer.from(repeatKeyFromEnvironment({ INTAKE_REPEAT_KEY: bytes.toString('hex') }).key)).toEqual(bytes);
    expect(Buffer.from(repeatKeyFromEnvironment({ INTAKE_REPEAT_KEY: bytes.toString('base64') }).key)).toEqual(bytes);
    expect(Buffer.from(repeatKeyFromEnvironment({ INTAKE_REPEAT_KEY: bytes.toString('base64url') }).key)).toEqual(
      bytes,
    );
    expect(environment({ INTAKE_REPEAT_KEY: bytes.toString('hex') }).repeatKeySource).toBe('INTAKE_REPEAT_KEY');
  });

  it('is refused when shorter than 32 bytes or not a key at all, saying how to make one', () => {
    for (const text of [Buffer.alloc(16).toString('hex'), 'not a key!', 'short'])
      expect(() => repeatKeyFromEnvironment({ INTAKE_REPEAT_KEY: text })).toThrow('openssl rand -base64 32');
  });

  it('is random for this run when not set, different each time', () => {
    const first = environment({});
    const second = environment({});
    expect(first.repeatKeySource).toBe('made at start');
    expect(first.repeatKey).toHaveLength(32);
    expect(Buffer.from(first.repeatKey).equals(Buffer.from(second.repeatKey))).toBe(false);
  });
});

describe('how long references are kept', () => {
  it('comes from the settings’ retention period', () => {
    expect(environment({}).keepReferencesDays).toBe(45);
  });
});

describe('trusting a proxy', () => {
  it('trusts no proxy when TRUST_PROXY is unset, empty or "false" (which used to stop the server)', () => {
    expect(trustProxyFromEnvironment({})).toBe(false);
    expect(trustProxyFromEnvironment({ TRUST_PROXY: '' })).toBe(false);
    expect(trustProxyFromEnvironment({ TRUST_PROXY: 'false' })).toBe(false);
    expect(trustProxyFromEnvironment({ TRUST_PROXY: '0' })).toBe(false);
  });

  it('reads a whole number as that many proxies in front, not as an address', () => {
    expect(readTrustProxy({ TRUST_PROXY: '1' })).toBe(1);
    const trust = trustProxyFromEnvironment({ TRUST_PROXY: '2' });
    expect(typeof trust).toBe('function');
    if (typeof trust === 'function')
      expect([0, 1, 2].map((hop) => trust('10.0.0.1', hop))).toEqual([true, true, false]);
  });

  it('trusts only the addresses or ranges given', () => {
    expect(trustProxyFromEnvironment({ TRUST_PROXY: '10.0.0.1' })).toEqual(['10.0.0.1']);
    expect(trustProxyFromEnvironment({ TRUST_PROXY: '10.0.0.1, 10.0.0.0/8,fd00::/8,loopback' })).toEqual([
      '10.0.0.1',
      '10.0.0.0/8',
      'fd00::/8',
      'loopback',
    ]);
  });

  it('refuses "true", which believes whatever a client says, and anything it cannot read, saying what to set', () => {
    for (const value of ['true', 'yes', '10.0.0.1,', '10.0.0.0/33', 'proxy.internal', '1.5'])
      expect(() => trustProxyFromEnvironment({ TRUST_PROXY: value }), value).toThrow(
        "a hop count such as 1 (the number of proxies in front of the intake), or your proxy's address",
      );
  });
});

describe('whether a local server may make its own keys', () => {
  it('may only when it listens on this computer alone and the site is a localhost one', () => {
    for (const host of [undefined, '', 'localhost', '127.0.0.1', '::1'])
      expect(mayMakeLocalKeys({ host, siteOrigin: 'http://localhost:4321' }), String(host)).toBe(true);
    expect(mayMakeLocalKeys({ host: undefined, siteOrigin: 'http://127.0.0.1:4321' })).toBe(true);
  });

  it('may not when others can reach it, or the site has a real address', () => {
    expect(mayMakeLocalKeys({ host: '0.0.0.0', siteOrigin: 'http://localhost:4321' })).toBe(false);
    expect(mayMakeLocalKeys({ host: '::', siteOrigin: 'http://localhost:4321' })).toBe(false);
    expect(mayMakeLocalKeys({ host: '192.168.1.20', siteOrigin: 'http://localhost:4321' })).toBe(false);
    expect(mayMakeLocalKeys({ host: undefined, siteOrigin: 'https://www.victims-first.org.uk' })).toBe(false);
    expect(mayMakeLocalKeys({ host: 'localhost', siteOrigin: 'http://localhost.evil.example' })).toBe(false);
    expect(mayMakeLocalKeys({ host: 'localhost', siteOrigin: 'not an address' })).toBe(false);
  });
});
