/**
 * Who may import whom. A feature (src/features/<name>/) may use the content
 * model, shared code, the shared components and the page shell's words, and
 * its own files; never another feature's. Shared code and the content model
 * are the foundation, so they import no feature. Each failure names the file,
 * what it imports, and what that file may import instead.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Where a file sits: "features/finder", "shared", "admin", "pages" … */
export function areaOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'admin') return 'admin';
  if (parts[0] !== 'src') return parts[0] ?? '';
  if (parts[1] === 'features') return `features/${parts[2]}`;
  return parts.length > 2 ? (parts[1] ?? '') : 'src';
}

const FOUNDATION = ['content-model', 'shared', 'i18n'];

/** What each area may import, besides itself; undefined means anything (routes, the page shell, entry points). */
function allowedFor(area: string): readonly string[] | undefined {
  if (area.startsWith('features/')) return [...FOUNDATION, 'components'];
  switch (area) {
    case 'content-model':
    case 'shared':
      return FOUNDATION;
    // The words in each language are content (content/interface/), and the languages are in settings.
    case 'i18n':
      return ['content-model'];
    case 'components':
      return FOUNDATION;
    case 'admin':
      return [...FOUNDATION, 'styles'];
    // The hub's side of the forms: it checks and redraws the form the visitor sent, and checks page feedback.
    case 'intake':
      return [...FOUNDATION, 'features/referral', 'features/page-feedback', 'hub'];
    // What hub staff run (keys, signed collection, files for the case system, the hub page): the page uses the shell.
    case 'hub':
      return [...FOUNDATION, 'features/referral', 'components', 'layouts', 'styles'];
    // Serving the site as production does, with the intake beside it and the editor's own policy.
    case 'hosting':
      return [...FOUNDATION, 'intake', 'admin'];
    // The comms team's report: the content checks, the built site's redirects, what the intake keeps, and the signed
    // requests hub staff also use.
    case 'comms-report':
      return [...FOUNDATION, 'hosting', 'intake', 'hub'];
    case 'integrations':
      return [...FOUNDATION, 'hosting'];
    default:
      return undefined;
  }
}

export interface Import {
  from: string;
  to: string;
}

/** One line per import that crosses a boundary it should not. */
export function boundaryViolations(imports: readonly Import[]): string[] {
  return imports.flatMap(({ from, to }) => {
    const fromArea = areaOf(from);
    const toArea = areaOf(to);
    const allowed = allowedFor(fromArea)?.filter((area) => area !== fromArea);
    // Tests may also use the fixtures and helpers under tests/.
    const alsoForTests = from.endsWith('.test.ts') && toArea === 'tests';
    if (!allowed || toArea === fromArea || allowed.includes(toArea) || alsoForTests) return [];
    const may = allowed.length > 0 ? `its own folder and ${allowed.join(', ')}` : 'only its own folder';
    return [`${from} imports ${to}: ${fromArea} may import ${may}`];
  });
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"?]+)(?:\?[^'"]*)?['"]/g;

/** Every relative import in the project's source, as project paths. */
function projectImports(): Import[] {
  const files = globSync('{src,admin}/**/*.{ts,mjs,astro}').map((file) => file.split(path.sep).join('/'));
  return files.flatMap((from) =>
    [...readFileSync(from, 'utf8').matchAll(IMPORT)].map((match) => ({
      from,
      to: path.posix.normalize(path.posix.join(path.posix.dirname(from), match[1] ?? '')),
    })),
  );
}

describe('the layout of the code', () => {
  it('finds the imports it checks, including those in components and their scripts', () => {
    const imports = projectImports();
    expect(imports.length).toBeGreaterThan(200);
    expect(imports).toContainEqual({
      from: 'src/features/finder/Finder.astro',
      to: 'src/features/finder/finder.browser.ts',
    });
  });

  it('has no feature importing another feature, and no foundation importing a feature', () => {
    expect(boundaryViolations(projectImports())).toEqual([]);
  });

  it('names the file, the import and the rule when one crosses a boundary', () => {
    expect(
      boundaryViolations([
        { from: 'src/features/finder/finder.browser.ts', to: 'src/features/referral/schema.ts' },
        { from: 'src/shared/open-now.ts', to: 'src/features/finder/finder.ts' },
        { from: 'src/features/finder/finder.ts', to: 'src/shared/postcodes.ts' },
        { from: 'src/pages/refer/index.astro', to: 'src/features/referral/ReferralForm.astro' },
        { from: 'src/intake/intake.test.ts', to: 'tests/support/referrals.ts' },
      ]),
    ).toEqual([
      'src/features/finder/finder.browser.ts imports src/features/referral/schema.ts: features/finder may import its own folder and content-model, shared, i18n, components',
      'src/shared/open-now.ts imports src/features/finder/finder.ts: shared may import its own folder and content-model, i18n',
    ]);
  });
});
