/**
 * The intake's settings from environment variables: where it stores
 * referrals, where it finds the hub's public key, and whether it trusts a
 * proxy to say who is sending.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE, intakeEnvironment, trustProxyFromEnvironment } from './config.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'vf-config-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const keyFile = path.join(folder, 'hub-public-key.txt');
writeFileSync(keyFile, 'key-from-the-file\n');
// Named explicitly, so the tests never read a key left in this checkout's data/hub-keys/.
const noKeyFile = path.join(folder, 'no-such-key.txt');

describe('the intake’s environment', () => {
  it('stores to data/referrals.sqlite unless INTAKE_DATABASE says where', () => {
    expect(DEFAULT_DATABASE).toBe('data/referrals.sqlite');
    expect(intakeEnvironment({ HUB_PUBLIC_KEY_FILE: noKeyFile }).database).toBe(DEFAULT_DATABASE);
    expect(
      intakeEnvironment({ HUB_PUBLIC_KEY_FILE: noKeyFile, INTAKE_DATABASE: '/srv/intake/r.sqlite' }).database,
    ).toBe('/srv/intake/r.sqlite');
  });

  it('takes the public key from HUB_PUBLIC_KEY first, without stray spaces, and says where it came from', () => {
    expect(intakeEnvironment({ HUB_PUBLIC_KEY: '  key-from-the-variable\n', HUB_PUBLIC_KEY_FILE: keyFile })).toEqual({
      database: DEFAULT_DATABASE,
      hubPublicKey: 'key-from-the-variable',
      keySource: 'HUB_PUBLIC_KEY',
    });
  });

  it('reads the public key from the file HUB_PUBLIC_KEY_FILE names, and says which file', () => {
    expect(intakeEnvironment({ HUB_PUBLIC_KEY_FILE: keyFile })).toEqual({
      database: DEFAULT_DATABASE,
      hubPublicKey: 'key-from-the-file',
      keySource: keyFile,
    });
    // An empty variable counts as not set.
    expect(intakeEnvironment({ HUB_PUBLIC_KEY: '', HUB_PUBLIC_KEY_FILE: keyFile }).keySource).toBe(keyFile);
  });

  it('has no key, rather than failing, when there is none to read', () => {
    expect(intakeEnvironment({ HUB_PUBLIC_KEY_FILE: noKeyFile })).toEqual({ database: DEFAULT_DATABASE });
  });
});

describe('trusting a proxy', () => {
  it('trusts no proxy unless TRUST_PROXY is set', () => {
    expect(trustProxyFromEnvironment({})).toBe(false);
  });

  it('trusts any proxy for "true", or only the addresses given', () => {
    expect(trustProxyFromEnvironment({ TRUST_PROXY: 'true' })).toBe(true);
    expect(trustProxyFromEnvironment({ TRUST_PROXY: '10.0.0.1' })).toBe('10.0.0.1');
    expect(trustProxyFromEnvironment({ TRUST_PROXY: '10.0.0.1,10.0.0.2' })).toBe('10.0.0.1,10.0.0.2');
  });
});
