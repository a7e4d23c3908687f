/**
 * `npm run content:check`: check every file under content/ without building
 * the site. Errors and real warnings are listed in full; reminders (a
 * "toCheck" note, a review date that has passed) get one summary line.
 * `npm run content:check -- --list` lists every reminder too.
 */
import { parseArgs } from 'node:util';
import { checkContent, describeProblem } from '../src/content-model/guard.ts';
import { contentDirectory } from '../src/content-model/content-directory.ts';
import { warningLines } from '../src/content-model/warning-summary.ts';
import { buildDay } from '../src/shared/uk-time.ts';

let list: boolean;
try {
  ({
    values: { list },
  } = parseArgs({ options: { list: { type: 'boolean', default: false } } }));
} catch (error) {
  console.error(`${(error as Error).message}\nUse: npm run content:check, or npm run content:check -- --list`);
  process.exit(2);
}

const report = checkContent(contentDirectory(), new Date(`${buildDay()}T12:00:00Z`));
const { warnings, summary } = warningLines(report.warnings, { list });
for (const line of warnings) console.warn(`warning: ${line}`);
for (const error of report.errors) console.error(`error: ${describeProblem(error)}`);
console.log(`${report.checked} files checked: ${report.errors.length} errors, ${report.warnings.length} warnings.`);
if (summary) console.log(summary);
process.exit(report.errors.length > 0 ? 1 : 0);
