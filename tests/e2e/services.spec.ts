/**
 * The service directory: the filters pick exactly the services that match,
 * a shared link brings its filters back, the count is announced, every
 * service is reachable without JavaScript, "open now" follows UK time, a
 * long list loads its data only once filtered, and a service's "refer me"
 * chooses it on the referral form.
 */
import { expect, test, type Page } from '@playwright/test';
import { matchesSelection } from '../../src/features/finder/finder.ts';
import { openStatus } from '../../src/shared/open-now.ts';
import { serviceFacetValues } from '../../src/features/finder/service-directory.ts';
import { isoDay } from '../../src/shared/dates.ts';
import { services } from './support/content.ts';
import { settings } from './support/site.ts';

const all = services();
const expectedFor = (selection: Record<string, string>) =>
  all
    .filter((service) => matchesSelection(serviceFacetValues(service.data), selection))
    .map((service) => service.data.name)
    .sort();
// Text content, not innerText: a card off screen is not laid out (content-visibility), so has no innerText.
const cardNames = async (page: Page) =>
  (await page.locator('[data-finder-item]:visible .service-card__name').allTextContents())
    .map((name) => name.trim())
    .sort();
// The filters draw the list when the live region says how many match: the first choice loads every service first.
const shownNames = async (page: Page) => {
  await expect(page.locator('[data-finder-count]')).toHaveText(/match(es)?$/);
  return cardNames(page);
};
/** /services/ as built, with only the first `keep` cards of one group, as /services/ shows a long group. */
function withOnlyTheFirstCards(html: string, group: string, keep: number): string {
  const start = html.indexOf('data-finder-list', html.indexOf(`data-finder-group="${group}"`));
  const listStart = html.indexOf('>', start) + 1;
  const listEnd = html.lastIndexOf('</ul>', html.indexOf('data-finder-more', listStart));
  const cards = html.slice(listStart, listEnd).split('<li class="service-card"');
  return `${html.slice(0, listStart)}${cards.slice(0, keep + 1).join('<li class="service-card"')}${html.slice(listEnd)}`;
}

const labels: Record<string, string> = {
  area: 'Where do you live?',
  crime: 'What happened?',
  age: 'Who needs support?',
  support: 'What kind of support?',
  contact: 'How do you want to get in touch?',
};

test('the directory has every service, real-shaped and plenty of them', async ({ page }) => {
  expect(all.length).toBeGreaterThanOrEqual(25);
  await page.goto('/services/');
  await expect(page.locator('[data-finder-item]')).toHaveCount(all.length);
});

for (const selection of [
  { area: 'oxfordshire', crime: 'domestic-abuse' },
  { area: 'berkshire', crime: 'sexual-violence', age: 'adults' },
  { age: 'children' },
  { support: 'restorative-justice' },
  { contact: 'webchat' },
  { crime: 'fraud', support: 'information', contact: 'phone' },
]) {
  test(`filtering by ${Object.entries(selection)
    .map(([facet, value]) => `${facet}=${value}`)
    .join(', ')} shows exactly the services that match`, async ({ page }) => {
    await page.goto('/services/');
    for (const [facet, value] of Object.entries(selection)) await page.getByLabel(labels[facet]!).selectOption(value);
    const expected = expectedFor(selection);
    await expect(page.getByRole('status').filter({ hasText: /match/ })).toHaveText(
      expected.length === 0
        ? 'No services match'
        : expected.length === 1
          ? '1 service matches'
          : `${expected.length} services match`,
    );
    expect(await shownNames(page)).toEqual(expected);
  });
}

test('the filters make a link that can be shared and brings them back, but never sit in the address bar or history', async ({
  page,
}) => {
  await page.goto('/services/');
  const historyBefore = await page.evaluate(() => history.length);
  await expect(page.getByRole('link', { name: 'Link to these results' })).toBeHidden();
  await page.getByLabel('Where do you live?').selectOption('berkshire');
  await page.getByLabel('What happened?').selectOption('fraud');
  const share = page.getByRole('link', { name: 'Link to these results' });
  await expect(share).toHaveAttribute('href', '/services/?area=berkshire&crime=fraud');
  // Nothing about what happened goes in the address, so nothing goes in the history.
  await expect(page).toHaveURL(/\/services\/$/);
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/services\/\?area=berkshire&crime=fraud$/);

  const other = await page.context().newPage();
  await other.goto(copied);
  await expect(other.getByLabel('Where do you live?')).toHaveValue('berkshire');
  await expect(other.getByLabel('What happened?')).toHaveValue('fraud');
  expect(await shownNames(other)).toEqual(expectedFor({ area: 'berkshire', crime: 'fraud' }));
  // Once read, the choices leave the address bar of the new tab too.
  await expect(other).toHaveURL(/\/services\/$/);
});

test('restorative justice is offered by exactly the two services that provide it', async ({ page }) => {
  await page.goto('/services/?support=restorative-justice');
  expect(await shownNames(page)).toEqual([
    'Victims First Restorative Justice',
    'Victims First Specialist (Adults) Service',
  ]);
});

test('the links to each group count what is shown, and groups with nothing shown drop out', async ({ page }) => {
  await page.goto('/services/');
  await page.getByLabel('Where do you live?').selectOption('milton-keynes');
  const groups = page.getByRole('navigation', { name: 'Groups of services' });
  await expect(groups.getByRole('link', { name: /^In Berkshire/ })).toBeHidden();
  const national = all.filter((service) => service.data.areas.includes('national')).length;
  await expect(groups.getByRole('link', { name: /^National helplines and services/ })).toHaveText(
    `National helplines and services (${national})`,
  );
});

test('a link with values that do not exist shows the whole list', async ({ page }) => {
  await page.goto('/services/?area=atlantis&crime=<script>');
  await expect(page.getByLabel('Where do you live?')).toHaveValue('');
  await expect(page.locator('[data-finder-item]:visible')).toHaveCount(all.length);
});

test('the number that match is in a live region, so screen readers hear it', async ({ page }) => {
  await page.goto('/services/');
  const count = page.locator('[data-finder-count]');
  await expect(count).toHaveAttribute('role', 'status');
  await page.getByLabel('What kind of support?').selectOption('crisis');
  await expect(count).toHaveText(`${expectedFor({ support: 'crisis' }).length} services match`);
});

test('a postcode narrows the list to its area, and never goes in the address', async ({ page }) => {
  await page.goto('/services/');
  await page.getByLabel('Or the first part of your postcode').fill('OX4');
  await expect(page.getByText('Showing services for Oxfordshire.')).toBeVisible();
  expect(await shownNames(page)).toEqual(expectedFor({ area: 'oxfordshire' }));
  expect(page.url()).not.toMatch(/ox4/i);
  await page.getByLabel('Or the first part of your postcode').fill('M1');
  await expect(page.getByText('That postcode is outside Thames Valley').first()).toBeVisible();
  // Screen readers hear why the list changed, with the count.
  await expect(page.locator('[data-finder-count]')).toHaveText(
    /^That postcode is outside Thames Valley\. .* \d+ services match$/,
  );
  expect(await shownNames(page)).toEqual(
    all
      .filter((service) => service.data.areas.includes('national'))
      .map((service) => service.data.name)
      .sort(),
  );
});

test('"open now" follows UK time, and the filter shows only services open at that moment', async ({ page }) => {
  const bankHolidays = settings.bankHolidays.map((day) => isoDay(day));
  // A Monday evening in winter: 8pm in the UK.
  const evening = new Date('2026-11-23T20:00:00Z');
  await page.clock.setFixedTime(evening);
  await page.goto('/services/victims-first-hub/');
  await expect(page.locator('[data-open-status]')).toHaveText(/Closed now\. Opens tomorrow at 9am/);
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00Z'));
  await page.reload();
  await expect(page.locator('[data-open-status]')).toHaveText(/Open now, until 5pm/);

  await page.clock.setFixedTime(evening);
  await page.goto('/services/');
  await page.getByLabel('Only services open now').check();
  await expect(page.getByRole('link', { name: 'Link to these results' })).toHaveAttribute(
    'href',
    '/services/?open=now',
  );
  const openThen = all
    .filter((service) => service.data.openingHours && openStatus(service.data.openingHours, evening, bankHolidays).open)
    .map((service) => service.data.name)
    .sort();
  expect(openThen.length).toBeGreaterThan(0);
  expect(await shownNames(page)).toEqual(openThen);
});

test('the filters load every service only once used, and draw the cards a long list leaves off the page', async ({
  page,
}) => {
  // Today's directory fits on /services/; cut its national group to its first 5, as a long group is cut, to see the
  // finder draw the rest from /services/directory.json with the cards ServiceCard drew there.
  let original = '';
  await page.route('**/services/', async (route) => {
    original = await (await route.fetch()).text();
    await route.fulfill({ body: withOnlyTheFirstCards(original, 'national', 5), contentType: 'text/html' });
  });
  const loads: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/services/directory.json') loads.push(request.url());
  });
  await page.goto('/services/');
  await expect(page.getByLabel('What happened?')).toBeVisible();
  const onPage = await page
    .locator('[data-finder-item]')
    .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.finderKey));
  const offPage = all.filter((service) => !onPage.includes(service.id));
  expect(offPage.length).toBeGreaterThan(0);
  expect(loads).toEqual([]);

  const selection = { crime: 'fraud' };
  expect(offPage.some((service) => expectedFor(selection).includes(service.data.name))).toBe(true);
  const loaded = page.waitForResponse('**/services/directory.json');
  await page.getByLabel(labels['crime']!).selectOption(selection.crime);
  await loaded;
  await expect(page.locator('[data-finder-count]')).toHaveText(`${expectedFor(selection).length} services match`);
  expect(await shownNames(page)).toEqual(expectedFor(selection));
  expect(loads).toHaveLength(1);

  // A card made from the file is the card the full page has, but for the values the filters match, which the file
  // carries beside it, and the "open now" badge, which the browser fills.
  const { compared, differences } = await page.evaluate(
    ({ html, keys }) => {
      const comparable = (card: Element) => {
        const copy = card.cloneNode(true) as Element;
        copy.removeAttribute('data-facets');
        for (const badge of Array.from(copy.querySelectorAll('[data-open-status]'))) {
          badge.textContent = '';
          badge.className = 'open-status';
        }
        const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
        const blank: Node[] = [];
        while (walker.nextNode()) if (!walker.currentNode.textContent?.trim()) blank.push(walker.currentNode);
        for (const node of blank) node.parentNode?.removeChild(node);
        return copy;
      };
      const full = new DOMParser().parseFromString(html, 'text/html');
      const card = (root: ParentNode, key: string) => root.querySelector(`[data-finder-key="${key}"]`);
      const drawn = keys.filter((key) => card(document, key));
      return {
        compared: drawn.length,
        differences: drawn.filter((key) => {
          const built = card(full, key);
          return !built || !comparable(card(document, key)!).isEqualNode(comparable(built));
        }),
      };
    },
    { html: original, keys: offPage.map((service) => service.id) },
  );
  expect(compared).toBeGreaterThan(0);
  expect(differences).toEqual([]);
});

test('a service’s page has its details, schema.org data, and a "refer me" link that chooses it on the form', async ({
  page,
}) => {
  const referrable = all.find((service) => service.data.referrable)!;
  await page.goto(`/services/${referrable.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(referrable.data.name);
  const structured = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  ) as Record<string, unknown>;
  expect(structured['@type']).toBe('Service');
  expect(structured['name']).toBe(referrable.data.name);
  const refer = page.getByRole('link', { name: 'Ask to be referred to this service' });
  await expect(refer).toHaveAttribute('href', `/refer/?service=${referrable.id}`);
  await refer.click();
  // The form takes the choice out of the address once it has made it.
  await expect(page).toHaveURL(/\/refer\/$/);
  await expect(page.getByLabel('Is there a service you would like to be referred to? (optional)')).toHaveValue(
    referrable.id,
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole list is there, grouped by area with links to each group, each group has a page of its own, and no filters that could not work', async ({
    page,
  }) => {
    await page.goto('/services/?area=berkshire');
    await expect(page.locator('[data-finder-item]:visible')).toHaveCount(all.length);
    await expect(page.getByLabel('Where do you live?')).toBeHidden();
    const groups = page.getByRole('navigation', { name: 'Groups of services' });
    await groups.getByRole('link', { name: /^National helplines and services/ }).click();
    await expect(page).toHaveURL(/#national$/);
    await expect(page.getByRole('heading', { name: 'National helplines and services' })).toBeInViewport();

    // Each group has its own page, which lists every service in it, however long /services/ makes the group.
    await page.goto('/services/in/national/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('National helplines and services');
    const national = all.filter((service) => service.data.areas.includes('national'));
    expect(await cardNames(page)).toEqual(national.map((service) => service.data.name).sort());
    await expect(page.getByText(`${national.length} services, A to Z.`)).toBeVisible();
  });
});
