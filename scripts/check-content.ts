/** `npm run content:check`: check every file under content/ without building the site. */
import { checkContent, describeProblem } from '../src/content-model/guard.ts';
import { contentDirectory } from '../src/content-model/content-directory.ts';

const report = checkContent(contentDirectory());
for (const warning of report.warnings) console.warn(`warning: ${describeProblem(warning)}`);
for (const error of report.errors) console.error(`error: ${describeProblem(error)}`);
console.log(`${report.checked} files checked: ${report.errors.length} errors, ${report.warnings.length} warnings.`);
process.exit(report.errors.length > 0 ? 1 : 0);
