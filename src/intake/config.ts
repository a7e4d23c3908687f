/**
 * The intake's settings from environment variables: where it stores
 * referrals, the hub's public keys, the key that recognises a form sent
 * twice, and whether it trusts a proxy to say who is sending. Local
 * defaults let `npm start` work on a fresh machine; a setting that is
 * wrong stops the server with a message that says what to set instead.
 */
import { hubSealer } from './native-sealing.ts';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { readSettingsFile } from '../content-model/settings-file.ts';
import type { Settings } from '../content-model/schemas/settings.ts';

/** Where the intake stores referrals when neither DATABASE_URL nor INTAKE_DATABASE is set. */
export const DEFAULT_DATABASE = 'data/referrals.sqlite';
/** Where "npm run hub:keygen" writes keys, and the intake looks for the hub's public keys, by default. */
export const DEFAULT_KEY_FOLDER = 'data/hub-keys';
/** The public key's file name in the key folder: the intake seals referrals with it. */
export const PUBLIC_KEY_FILE = 'hub-public-key.txt';
/** The private key's file name in the key folder: it stays with the hub. */
export const PRIVATE_KEY_FILE = 'hub-private-key.txt';
/** The collection key's file name in the key folder: the intake checks the hub's collection requests with it. */
export const COLLECTION_KEY_FILE = 'hub-collection-key.txt';
/** Where `npm run comms:keygen` writes the comms team's key by default, and where the intake looks for its public half. */
export const DEFAULT_COMMS_KEY_FOLDER = 'data/comms-keys';
/** The comms team's private key's file name: it stays with them. */
export const COMMS_PRIVATE_KEY_FILE = 'comms-private-key.txt';
/** Its public half's file name: the intake checks the comms team's requests with it. */
export const COMMS_COLLECTION_KEY_FILE = 'comms-collection-key.txt';
/** The shortest repeat key accepted: 32 bytes, as long as the hash it keys. */
export const REPEAT_KEY_MIN_BYTES = 32;

/** Where referrals are kept: a SQLite file (or ":memory:"), or a PostgreSQL database. */
export type StoreLocation = { file: string } | { databaseUrl: string };

/** The intake's settings from the environment. */
export interface IntakeEnvironment {
  /** Where to store referrals, as `openReferralStore` takes it. */
  store: StoreLocation;
  /** Where referrals are stored, for start-up messages. Never the database's address, which may hold a password. */
  storeName: string;
  /** The hub's public key, if one is configured. */
  hubPublicKey?: string;
  /** Where it came from, to say so at start-up. */
  keySource?: string;
  /** The hub's collection keys (more than one while a key is being replaced); empty when none is configured. */
  collectionKeys: string[];
  /** Where they came from, to say so at start-up. */
  collectionKeySource?: string;
  /** The comms team's collection keys, for their report's figures; empty when none is configured. */
  commsKeys: string[];
  /** Keys the hash that recognises a form sent twice. Never stored in the database, never printed. */
  repeatKey: Uint8Array;
  /** 'INTAKE_REPEAT_KEY', or 'made at start' when it is random for this run. */
  repeatKeySource: 'INTAKE_REPEAT_KEY' | 'made at start';
  /** How long the intake keeps a collected referral's reference (settings: referral.retentionDays). */
  keepReferencesDays: number;
}

/**
 * Everything the intake needs from the environment (and the retention period from the site's settings). Throws an
 * Error that says what to set when a setting cannot be used: run it inside `settingOrStop`.
 */
export function intakeEnvironment(
  env: Record<string, string | undefined> = process.env,
  settings: Pick<Settings, 'referral'> = readSettingsFile(),
): IntakeEnvironment {
  const repeat = repeatKeyFromEnvironment(env);
  return {
    ...storeFromEnvironment(env),
    ...publicKeyFromEnvironment(env),
    ...collectionKeysFromEnvironment(env),
    commsKeys: keysFrom(
      env.COMMS_COLLECTION_KEY,
      env.COMMS_COLLECTION_KEY_FILE || path.join(DEFAULT_COMMS_KEY_FOLDER, COMMS_COLLECTION_KEY_FILE),
    ),
    repeatKey: repeat.key,
    repeatKeySource: repeat.source,
    keepReferencesDays: settings.referral.retentionDays,
  };
}

/** PostgreSQL when DATABASE_URL is set (several intakes can share it), else the SQLite file INTAKE_DATABASE names. */
function storeFromEnvironment(env: Record<string, string | undefined>): Pick<IntakeEnvironment, 'store' | 'storeName'> {
  if (env.DATABASE_URL) return { store: { databaseUrl: env.DATABASE_URL }, storeName: 'PostgreSQL (DATABASE_URL)' };
  const file = env.INTAKE_DATABASE || DEFAULT_DATABASE;
  return { store: { file }, storeName: file };
}

/** The public key from HUB_PUBLIC_KEY, else from the file HUB_PUBLIC_KEY_FILE names, else from the default folder. */
function publicKeyFromEnvironment(
  env: Record<string, string | undefined>,
): Pick<IntakeEnvironment, 'hubPublicKey' | 'keySource'> {
  if (env.HUB_PUBLIC_KEY) return checkedPublicKey(env.HUB_PUBLIC_KEY, 'HUB_PUBLIC_KEY');
  const file = env.HUB_PUBLIC_KEY_FILE || path.join(DEFAULT_KEY_FOLDER, PUBLIC_KEY_FILE);
  if (existsSync(file)) return checkedPublicKey(readFileSync(file, 'utf8'), file);
  return {};
}

/** A public key that is not one would fail every referral: refused at start, naming where it came from. */
function checkedPublicKey(text: string, source: string): Pick<IntakeEnvironment, 'hubPublicKey' | 'keySource'> {
  try {
    hubSealer(text);
  } catch (error) {
    throw new Error(`${source}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { hubPublicKey: text.trim(), keySource: source };
}

/** Keys written one after another, separated by commas or spaces (several while one is being replaced). */
function keysIn(text: string): string[] {
  return text
    .split(/[,\s]+/)
    .map((key) => key.trim())
    .filter(Boolean);
}

/** Public keys from a setting (comma-separated), else from a file, else none. */
function keysFrom(setting: string | undefined, file: string): string[] {
  if (setting && keysIn(setting).length > 0) return keysIn(setting);
  return existsSync(file) ? keysIn(readFileSync(file, 'utf8')) : [];
}

/**
 * The collection keys from HUB_COLLECTION_KEY (comma-separated, so a new key can be added before the old one is
 * removed), else from the file HUB_COLLECTION_KEY_FILE names, else from the default key folder; none when there is
 * none (the hub's collection routes then say they are not set up).
 */
function collectionKeysFromEnvironment(
  env: Record<string, string | undefined>,
): Pick<IntakeEnvironment, 'collectionKeys' | 'collectionKeySource'> {
  if (env.HUB_COLLECTION_KEY && keysIn(env.HUB_COLLECTION_KEY).length > 0) {
    return { collectionKeys: keysIn(env.HUB_COLLECTION_KEY), collectionKeySource: 'HUB_COLLECTION_KEY' };
  }
  const file = env.HUB_COLLECTION_KEY_FILE || path.join(DEFAULT_KEY_FOLDER, COLLECTION_KEY_FILE);
  if (existsSync(file)) return { collectionKeys: keysIn(readFileSync(file, 'utf8')), collectionKeySource: file };
  return { collectionKeys: [] };
}

/**
 * The key for the hash that recognises a form sent twice without JavaScript, from INTAKE_REPEAT_KEY (hex or base64,
 * at least 32 bytes). Several intakes sharing one PostgreSQL database need the same key, so that a form sent twice
 * is recognised whichever intake gets it. When it is not set, 32 random bytes are made at start: a form sent once
 * before a restart and again after it is then stored twice (the hub sees both).
 */
export function repeatKeyFromEnvironment(env: Record<string, string | undefined> = process.env): {
  key: Uint8Array;
  source: IntakeEnvironment['repeatKeySource'];
} {
  const text = (env.INTAKE_REPEAT_KEY ?? '').trim();
  if (text === '') return { key: new Uint8Array(randomBytes(REPEAT_KEY_MIN_BYTES)), source: 'made at start' };
  const key = decodeKey(text);
  if (!key || key.length < REPEAT_KEY_MIN_BYTES) {
    throw new Error(
      `INTAKE_REPEAT_KEY must be at least ${REPEAT_KEY_MIN_BYTES} random bytes, written as hex or base64. Make one with "openssl rand -base64 32", and give every intake that shares the database the same one.`,
    );
  }
  return { key, source: 'INTAKE_REPEAT_KEY' };
}

/** Hex when it is only hex digits (an even number of them), else base64 (standard or URL-safe); undefined if neither. */
function decodeKey(text: string): Uint8Array | undefined {
  if (/^(?:[0-9a-f]{2})+$/i.test(text)) return new Uint8Array(Buffer.from(text, 'hex'));
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return new Uint8Array(Buffer.from(text, 'base64'));
  return undefined;
}

/** What TRUST_PROXY says: no proxy, how many proxies are in front (hops), or the proxies' addresses. */
export type TrustProxySetting = false | number | string[];

/** Fastify's trustProxy option: nothing trusted, the proxies' addresses, or "trust this many hops". */
export type TrustProxy = false | string[] | ((address: string, hop: number) => boolean);

/** Names proxy-addr (Fastify's) knows for whole ranges of addresses. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

export const TRUST_PROXY_HELP =
  'TRUST_PROXY must be a hop count such as 1 (the number of proxies in front of the intake), or your proxy\'s address (such as 10.0.0.5, or a range such as 10.0.0.0/8; separate several with commas). Leave it unset when there is no proxy. "true" is not allowed: it would let anyone choose their own address and get round the limit on forms.';

/**
 * What TRUST_PROXY says, so the limit on forms counts people, not the proxy: unset, empty or "false" for no proxy;
 * a whole number for that many proxies in front; else a comma-separated list of the proxies' addresses or ranges.
 * Anything else (including "true", which believes whatever a client claims) throws, with what to set instead.
 */
export function readTrustProxy(env: Record<string, string | undefined> = process.env): TrustProxySetting {
  const text = (env.TRUST_PROXY ?? '').trim();
  if (text === '' || text === 'false') return false;
  if (/^\d{1,2}$/.test(text)) return Number(text) === 0 ? false : Number(text);
  const entries = text.split(',').map((entry) => entry.trim());
  if (entries.every(isAddressOrRange)) return entries;
  throw new Error(TRUST_PROXY_HELP);
}

/**
 * TRUST_PROXY as Fastify's trustProxy option. A hop count becomes a function that believes that many proxies, nearest
 * first: Fastify 5.12 ignores X-Forwarded-For altogether for a plain number, so every person behind the proxy would
 * share one limit. A hop count is only safe when nothing but the proxy can reach the server (the nearest sender is
 * always believed); otherwise give the proxy's address.
 */
export function trustProxyFromEnvironment(env: Record<string, string | undefined> = process.env): TrustProxy {
  const setting = readTrustProxy(env);
  if (typeof setting !== 'number') return setting;
  return (_address, hop) => hop < setting;
}

/** An IPv4 or IPv6 address, a CIDR range of one (10.0.0.0/8), or one of proxy-addr's named ranges. */
function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}

/** The host names that mean "this computer only". */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/**
 * Whether `npm start` may make a key pair for local use: only when the server listens on this computer alone (HOST
 * unset, localhost, 127.0.0.1 or ::1) and the site's address is a localhost one too. Anywhere else a private key on
 * the server would be a risk to every referral, so the server must be given HUB_PUBLIC_KEY and make nothing.
 */
export function mayMakeLocalKeys({ host, siteOrigin }: { host: string | undefined; siteOrigin: string }): boolean {
  if (host !== undefined && host !== '' && !LOOPBACK_HOSTS.has(host)) return false;
  try {
    return LOOPBACK_HOSTS.has(new URL(siteOrigin).hostname);
  } catch {
    return false;
  }
}

/**
 * Read settings; when one cannot be used, print the message (it says what to set) and stop with status 1. No stack
 * trace: the message is for whoever runs the server, and says all there is to say.
 */
export function settingOrStop<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
