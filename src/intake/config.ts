/**
 * Where the intake finds its database and the hub's public key, from
 * environment variables, with local defaults so `npm start` works on a
 * fresh machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where the intake stores referrals when INTAKE_DATABASE is not set. */
export const DEFAULT_DATABASE = 'data/referrals.sqlite';
/** Where "npm run hub:keygen" writes keys, and the intake looks for the public key, by default. */
export const DEFAULT_KEY_FOLDER = 'data/hub-keys';
/** The public key's file name in the key folder. */
export const PUBLIC_KEY_FILE = 'hub-public-key.txt';
/** The private key's file name in the key folder. */
export const PRIVATE_KEY_FILE = 'hub-private-key.txt';

/** The intake's settings from the environment. */
export interface IntakeEnvironment {
  database: string;
  /** The hub's public key, if one is configured. */
  hubPublicKey?: string;
  /** Where it came from, to say so at start-up. */
  keySource?: string;
}

/**
 * The database from INTAKE_DATABASE; the public key from HUB_PUBLIC_KEY, else from the file HUB_PUBLIC_KEY_FILE names,
 * else from the default key folder, if there is one.
 */
export function intakeEnvironment(env: Record<string, string | undefined> = process.env): IntakeEnvironment {
  const database = env.INTAKE_DATABASE ?? DEFAULT_DATABASE;
  if (env.HUB_PUBLIC_KEY) return { database, hubPublicKey: env.HUB_PUBLIC_KEY.trim(), keySource: 'HUB_PUBLIC_KEY' };
  const file = env.HUB_PUBLIC_KEY_FILE ?? path.join(DEFAULT_KEY_FOLDER, PUBLIC_KEY_FILE);
  if (existsSync(file)) return { database, hubPublicKey: readFileSync(file, 'utf8').trim(), keySource: file };
  return { database };
}

/** Fastify's trustProxy from TRUST_PROXY: "true", or a proxy's address, so rate limits count people, not the proxy. */
export function trustProxyFromEnvironment(env: Record<string, string | undefined> = process.env): boolean | string {
  return env.TRUST_PROXY === 'true' ? true : (env.TRUST_PROXY ?? false);
}
