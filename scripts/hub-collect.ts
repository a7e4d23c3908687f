/**
 * `npm run hub:collect`: for hub staff. Takes the referrals waiting on the
 * intake, opens them with the hub's private key, writes them as JSON and
 * CSV for the case management system, and only then tells the intake they
 * are collected (it erases them).
 *
 *   From the hub's own computer, over the network (the usual way; no database is opened here):
 *     npm run hub:collect -- --from https://intake.example.org --private-key hub-private-key.txt --out referrals
 *   On the intake's own machine, from its store (INTAKE_DATABASE or DATABASE_URL, as the intake uses):
 *     npm run hub:collect -- --private-key hub-private-key.txt --out referrals
 *
 * Relative paths are read from the folder the command was run in. Exit codes: 0 done, 1 failed (the message says
 * why and what to do), 2 some referrals could not be opened with this key and were left waiting.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  collectReferrals,
  CollectionError,
  type CollectionResult,
  type ReferralSource,
} from '../src/hub/collection.ts';
import { hubKeysFromPrivateKey, type HubKeys } from '../src/hub/hub-keys.ts';
import { remoteSource } from '../src/hub/remote-source.ts';

const USAGE =
  'Use: npm run hub:collect -- --from https://intake.example.org --private-key /path/to/hub-private-key.txt --out /path/to/folder';

/** What went wrong in a way hub staff can put right: the message is printed as it is, and the command stops with 1. */
class StopWith extends Error {}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof StopWith || error instanceof CollectionError) {
    console.error(error.message);
  } else {
    console.error('Something unexpected went wrong, and nothing more was collected. Tell the web team:');
    console.error(error);
  }
  process.exitCode = 1;
}

/** Collect once, report, and give the exit code. */
async function main(): Promise<number> {
  const options = readOptions();
  const keys = await readPrivateKey(options.privateKey);
  const { source, close } = await openSource(options, keys);
  try {
    if (options.from) console.log(`Collecting from ${new URL(options.from).origin}.`);
    const result = await collectReferrals({ source, keys, outDir: options.out });
    return report(result);
  } finally {
    await close();
  }
}

/** The command's options, with relative paths resolved against the folder it was run in. */
function readOptions(): { from?: string; privateKey: string; out: string; database?: string } {
  let values: { from?: string; 'private-key'?: string; out?: string; database?: string };
  try {
    ({ values } = parseArgs({
      options: {
        from: { type: 'string' },
        'private-key': { type: 'string' },
        out: { type: 'string', default: 'collected-referrals' },
        database: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new StopWith(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (!values['private-key']) throw new StopWith(`Say where the hub's private key is, with --private-key.\n${USAGE}`);
  if (values.from && values.database) {
    throw new StopWith(
      "--database is only for collecting on the intake's own machine; with --from the referrals come over the network.",
    );
  }
  return {
    ...(values.from ? { from: values.from } : {}),
    privateKey: fromRunFolder(values['private-key']),
    out: fromRunFolder(values.out!),
    ...(values.database ? { database: fromRunFolder(values.database) } : {}),
  };
}

/** A path as the person typed it, read from the folder they ran the command in (npm runs scripts elsewhere). */
function fromRunFolder(given: string): string {
  return path.resolve(process.env.INIT_CWD || process.cwd(), given);
}

/** The hub's keys from the private key file, or a plain message saying what is wrong with it. */
async function readPrivateKey(file: string): Promise<HubKeys> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new StopWith(
      code === 'ENOENT'
        ? `There is no file at ${file}. Give the path to the hub's private key file with --private-key.`
        : `The private key file ${file} cannot be read (${code === 'EACCES' ? 'this account is not allowed to read it' : (code ?? 'unknown error')}).`,
    );
  }
  try {
    return await hubKeysFromPrivateKey(text);
  } catch (error) {
    throw new StopWith(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Where the referrals come from: the intake over the network (--from), or the store on this machine. The store's code
 * is loaded only when it is used, so collecting over the network never opens a database.
 */
async function openSource(
  options: ReturnType<typeof readOptions>,
  keys: HubKeys,
): Promise<{ source: ReferralSource; close: () => Promise<void> }> {
  if (options.from) return { source: remoteSource(options.from, keys), close: async () => {} };
  const { openReferralStore } = await import('../src/intake/store/open-store.ts');
  const { localSource } = await import('../src/intake/local-source.ts');
  const { intakeEnvironment } = await import('../src/intake/config.ts');
  const { readSettingsFile } = await import('../src/content-model/settings-file.ts');
  const settings = readSettingsFile();
  let where: { file: string } | { databaseUrl: string };
  try {
    where = options.database ? { file: options.database } : intakeEnvironment(process.env, settings).store;
  } catch (error) {
    throw new StopWith(error instanceof Error ? error.message : String(error));
  }
  // Opening a file that is not there would make an empty store and report "no new referrals": say so instead.
  if ('file' in where && where.file !== ':memory:' && !existsSync(where.file)) {
    throw new StopWith(
      `There is no intake database at ${path.resolve(where.file)}. On the hub's own computer, collect over the network with --from and the intake's address; on the intake's machine, set INTAKE_DATABASE (or --database) to where it stores referrals.`,
    );
  }
  const store = await openReferralStore(where);
  return {
    source: localSource(store, { retentionDays: settings.referral.retentionDays }),
    close: () => store.close(),
  };
}

/** Tell hub staff what was collected and written, what is left, and what to do with the files; give the exit code. */
function report(result: CollectionResult): number {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const reports = result.hateCrimeReports;
  if (result.collected.length === 0 && reports.length === 0 && result.alreadyWritten.length === 0)
    console.log('No new referrals.');
  if (result.collected.length > 0) {
    const references = result.collected.map((item) => item.reference).join(', ');
    console.log(`Collected ${plural(result.collected.length, 'referral')}: ${references}`);
  }
  if (reports.length > 0) {
    const references = reports.map((item) => item.reference).join(', ');
    console.log(`Collected ${plural(reports.length, 'hate crime report')}: ${references}`);
    console.log(
      'The hate-crime-reports files are for the police hate crime team: see "Hate crime reports" in docs/hub-staff.md.',
    );
  }
  for (const file of result.files) console.log(`Wrote ${file}`);
  if (result.files.length > 0) {
    console.log(
      "These files hold people's details in plain text: import them into the case management system, then delete them.",
    );
  }
  if (result.alreadyWritten.length > 0) {
    console.log(
      `${plural(result.alreadyWritten.length, 'referral')} had already been written to files by an earlier run (${result.alreadyWritten.join(', ')}): the intake has been told now, and they were not written again.`,
    );
  }
  if (result.moreWaiting) console.log('More referrals are waiting: run the collection again to collect them.');
  if (result.acknowledgementFailed) {
    console.error(
      `The files were written, but the intake could not be told they are collected: ${result.acknowledgementFailed} Run the collection again: it tells the intake, and does not write them again.`,
    );
    return 1;
  }
  if (result.unreadable.length > 0) {
    console.error(
      `Could not open ${plural(result.unreadable.length, 'referral')} with this key, left waiting: ${result.unreadable.join(', ')}. Check it is the right private key (not an old or a new one).`,
    );
    // The run did not finish its job, so say so to whatever ran it (a scheduled job notices).
    return 2;
  }
  return 0;
}
