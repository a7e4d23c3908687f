/**
 * `npm run hub:collect`: for hub staff. Opens the referrals waiting on the
 * intake with the hub's private key, writes them as JSON and CSV for the case
 * management system, marks them collected, and deletes referrals collected
 * more than the retention period ago (settings: referral.retentionDays).
 *
 *   npm run hub:collect -- --private-key /secure/hub-private-key.txt --out /secure/referrals
 *   (INTAKE_DATABASE says where the intake's database is; default data/referrals.sqlite)
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { collectReferrals, keyPairFromPrivateKey, type CollectResult } from '../src/intake/collect.ts';
import { intakeEnvironment } from '../src/intake/config.ts';
import { openReferralStore } from '../src/intake/store.ts';
import { REFERRAL_FIELD_NAMES } from '../src/features/referral/schema.ts';
import { readSettingsFile } from '../src/content-model/settings-file.ts';

const { values } = parseArgs({
  options: {
    'private-key': { type: 'string' },
    out: { type: 'string', default: 'collected-referrals' },
    database: { type: 'string' },
  },
});
if (!values['private-key']) {
  console.error(
    "Say where the hub's private key is: npm run hub:collect -- --private-key /path/to/hub-private-key.txt",
  );
  process.exit(1);
}
const keys = await keyPairFromPrivateKey(readFileSync(values['private-key'], 'utf8'));
const store = openReferralStore(values.database ?? intakeEnvironment().database);
try {
  const { retentionDays } = readSettingsFile().referral;
  const result = await collectReferrals({
    store,
    keys,
    outDir: values.out!,
    columns: REFERRAL_FIELD_NAMES,
    retentionDays,
  });
  report(result, retentionDays);
  // Referrals that would not open stay waiting: the run did not finish its job, so say so to whatever ran it.
  if (result.unreadable.length > 0) process.exitCode = 2;
} finally {
  store.close();
}

/** Tell hub staff what was collected, written, left waiting and deleted, and what to do with the files. */
function report(result: CollectResult, retentionDays: number): void {
  const plural = (count: number) => (count === 1 ? '' : 's');
  const references = result.collected.map((item) => item.reference).join(', ');
  console.log(
    result.collected.length === 0
      ? 'No new referrals.'
      : `Collected ${result.collected.length} referral${plural(result.collected.length)}: ${references}`,
  );
  for (const file of result.files) console.log(`Wrote ${file}`);
  if (result.unreadable.length > 0) {
    console.error(
      `Could not open ${result.unreadable.length} referral(s) with this key, left waiting: ${result.unreadable.join(', ')}. Check it is the right private key.`,
    );
  }
  console.log(
    "These files hold people's details in plain text: import them into the case management system, then delete them.",
  );
  if (result.deleted > 0)
    console.log(
      `Deleted ${result.deleted} referral${plural(result.deleted)} collected more than ${retentionDays} days ago.`,
    );
}
