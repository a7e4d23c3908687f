/**
 * The hub page's markup, as the build writes it: a staff page that search engines and the site search leave alone,
 * that says what to do without JavaScript, and that knows where the intake is from the site's settings.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSettingsFile } from '../../content-model/settings-file.ts';
import HubCollectionPage from './HubCollectionPage.astro';

let page: string;
beforeAll(async () => {
  const container = await AstroContainer.create();
  page = await container.renderToString(HubCollectionPage);
});

describe('the hub page', () => {
  it('is kept out of search engines and the site search, and sends no address it came from', () => {
    expect(page).toContain('<html lang="en" dir="ltr">');
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).toContain('<meta name="referrer" content="no-referrer">');
    expect(page).not.toContain('data-pagefind-body');
    expect(page).not.toContain('rel="canonical"');
  });

  it('is a staff page: no site navigation, no "Exit this page", one main heading', () => {
    expect(page).not.toMatch(/Exit this page/i);
    expect(page).not.toContain('<nav');
    expect(page.match(/<h1[ >]/g)).toHaveLength(1);
    expect(page).toContain('<title>Collect referrals – Victims First Hub</title>');
  });

  it('takes the intake’s address from the referral endpoint in the settings', () => {
    expect(page).toContain(`data-intake-endpoint="${readSettingsFile().referral.endpoint}"`);
  });

  it('says what to do instead without JavaScript, and shows the tool only when the script starts it', () => {
    expect(page).toMatch(
      /<noscript>[\s\S]*This page needs JavaScript[\s\S]*npm run hub:collect[\s\S]*docs\/hub-staff\.md/,
    );
    expect(page).toMatch(/<div class="hub__tool" data-hub-collection-tool hidden>/);
  });

  it('labels the key file box and gives each result a live region', () => {
    expect(page).toMatch(/<label class="hub__label" for="hub-key-file">The hub’s private key file<\/label>/);
    expect(page).toMatch(/<input class="hub__file" type="file" id="hub-key-file"/);
    // "Error: " is read before the message, with a space between them.
    expect(page).toMatch(/<span class="visually-hidden">Error:<\/span> <span data-hub-collection-key-error-text>/);
    expect(page).toMatch(/role="alert" data-hub-collection-alert/);
    expect(page.match(/role="status"/g)).toHaveLength(4);
    expect(page).toMatch(
      /<button[^>]*data-hub-collection-remove disabled>\s*I have saved all the files: remove them from the server/,
    );
  });

  it('has a save button for each file, hidden until a batch has it, and says where hate crime reports go', () => {
    for (const label of [
      'referrals JSON file',
      'referrals CSV file',
      'hate crime reports JSON file',
      'hate crime reports CSV file',
    ]) {
      expect(page).toMatch(new RegExp(`<button[^>]*data-hub-collection-save="[a-z-]+" hidden>\\s*Save the ${label}<`));
    }
    expect(page).toMatch(
      /<div class="warning-text" data-hub-collection-reports-warning hidden><p>[^<]*Thames Valley\s+Police hate crime team by the secure route agreed[^<]*never join it with anything that could identify the person/,
    );
    expect(page).toMatch(/<th scope="col">What it is<\/th>/);
  });
});
