/**
 * `npm run comms:report`: the comms team's report, as one HTML file they can open offline, on a phone, or print.
 *
 *   npm run comms:report                              the 28 days up to yesterday
 *   npm run comms:report -- --from 2026-11-01 --to 2026-11-30
 *   npm run comms:report -- --out report.html         where to write it (default: comms-report-<from>-to-<to>.html)
 *   npm run comms:report -- --example                 made from example figures, to see what it looks like
 *   npm run comms:report -- --from-intake https://intake.example.org --private-key ~/comms-private-key.txt
 *
 * The figures come from the intake over HTTPS, signed with the comms team's key (`--from-intake`), or, without it,
 * from this machine's intake store (INTAKE_DATABASE, or DATABASE_URL, as `npm start` and `npm run intake` use). The
 * content health comes from content/ and the built site in dist/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { commsKeysFromPrivateKey } from '../src/comms-report/comms-keys.ts';
import { contentHealth, sitemapPages } from '../src/comms-report/content-health.ts';
import { figuresFromIntake, type IntakeFigures } from '../src/comms-report/insight-source.ts';
import type { InsightData } from '../src/comms-report/insight.ts';
import { EXAMPLE_DATA, EXAMPLE_HEALTH } from '../src/comms-report/report-fixture.ts';
import { renderReport } from '../src/comms-report/report-html.ts';
import { reportPeriod } from '../src/comms-report/report-period.ts';
import { contentDirectory } from '../src/content-model/content-directory.ts';
import { readSettingsFile } from '../src/content-model/settings-file.ts';
import { intakeEnvironment, settingOrStop } from '../src/intake/config.ts';
import { openReferralStore } from '../src/intake/store/open-store.ts';

const USE =
  'Use: npm run comms:report [-- --from YYYY-MM-DD] [--to YYYY-MM-DD] [--out FILE] [--example] [--from-intake URL --private-key FILE]';

let options: {
  from?: string;
  to?: string;
  out?: string;
  example?: boolean;
  'from-intake'?: string;
  'private-key'?: string;
};
try {
  ({ values: options } = parseArgs({
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
      example: { type: 'boolean', default: false },
      'from-intake': { type: 'string' },
      'private-key': { type: 'string' },
    },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USE}`);
  process.exit(2);
}

const root = process.env.INIT_CWD ?? process.cwd();
const now = new Date();
let data: InsightData;
let health;
if (options.example) {
  data = EXAMPLE_DATA;
  health = EXAMPLE_HEALTH;
} else {
  const period = reportPeriod({ from: options.from, to: options.to }, now);
  if ('problem' in period) {
    console.error(`${period.problem}\n${USE}`);
    process.exit(2);
  }
  const settings = readSettingsFile();
  const figures = options['from-intake']
    ? await fromIntake(options['from-intake'], period)
    : await fromThisMachine(period);
  data = { ...period, countingReads: settings.insight.countPageReads, pages: sitemapPages('dist'), ...figures };
  health = contentHealth(contentDirectory(), 'dist', now);
}

/** The figures from the intake over HTTPS, signed with the comms team's private key. */
async function fromIntake(address: string, period: { from: string; to: string }): Promise<IntakeFigures> {
  const keyFile = options['private-key'];
  if (!keyFile) {
    console.error(`Give the comms team's private key file with --private-key.\n${USE}`);
    process.exit(2);
  }
  let keys;
  try {
    keys = await commsKeysFromPrivateKey(readFileSync(path.resolve(root, keyFile), 'utf8'));
  } catch (error) {
    const code = (error as { code?: string }).code;
    console.error(code ? `The key file ${keyFile} could not be read (${code}).` : (error as Error).message);
    process.exit(1);
  }
  const outcome = await figuresFromIntake(address, keys.signingSecretKey, period);
  if (!outcome.ok) {
    console.error(outcome.problem);
    process.exit(1);
  }
  console.log(`Figures from ${address}, ${period.from} to ${period.to}.`);
  return outcome.value;
}

/** The figures from this machine's intake store. */
async function fromThisMachine(period: { from: string; to: string }): Promise<IntakeFigures> {
  const environment = settingOrStop(() => intakeEnvironment(process.env, readSettingsFile()));
  const store = await openReferralStore(environment.store);
  try {
    const inPeriod = <T extends { day: string }>(items: readonly T[]) => items.filter((item) => item.day <= period.to);
    console.log(`Figures from ${environment.storeName}, ${period.from} to ${period.to}.`);
    return {
      reads: inPeriod(await store.readsSince(period.from)),
      feedback: inPeriod(await store.feedbackSince(period.from)),
    };
  } finally {
    await store.close();
  }
}

const out = path.resolve(root, options.out ?? `comms-report-${data.from}-to-${data.to}.html`);
writeFileSync(out, renderReport(data, health, now));
console.log(`The report is in ${out}: open it in a browser. What it shows and how to act on it: docs/comms-team.md.`);
