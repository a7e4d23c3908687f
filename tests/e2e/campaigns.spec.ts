/**
 * Campaigns: running ones first with their pictures, then any past their review date (not called running), then
 * past ones; the home page features running ones; partners get a feed. (Fixed dates are tested on a fixture build
 * in tests/unit/content-flows-through.test.ts, and the statuses in src/features/campaigns/.)
 */
import { globSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { campaignStatus, scheduleCampaigns } from '../../src/features/campaigns/campaign-schedule.ts';
import { ukTime } from '../../src/shared/uk-time.ts';
import { readData } from '../../src/content-model/guard.ts';
import { campaignSchema } from '../../src/content-model/schemas/campaign.ts';

const today = ukTime(new Date()).date;
const campaigns = globSync('content/campaigns/*.md').map((file) =>
  campaignSchema.parse(readData(readFileSync(file, 'utf8'), file)),
);
const withStatus = (status: string) => campaigns.filter((campaign) => campaignStatus(campaign, today) === status);

test('the campaigns page shows running campaigns first, with their pictures, and is honest about the rest', async ({
  page,
}) => {
  await page.goto('/campaigns/');
  const sections = page.getByRole('main').getByRole('heading', { level: 2 });
  // In the site's order: running ones newest first, and so on.
  const schedule = scheduleCampaigns(
    campaigns.map((data) => ({ data })),
    today,
  );
  const [live, unconfirmed, past] = [schedule.live, schedule.unconfirmed, schedule.past].map((group) =>
    group.map(({ data }) => data),
  ) as [typeof campaigns, typeof campaigns, typeof campaigns];
  // The lists come before the long explanation, running campaigns first.
  const expected = [
    ...(live.length > 0 || unconfirmed.length === 0 ? ['Running now'] : []),
    ...(unconfirmed.length > 0 ? [live.length > 0 ? 'Other campaigns' : 'Our campaigns'] : []),
    ...(past.length > 0 ? ['Past campaigns'] : []),
    'About our campaigns',
  ];
  expect((await sections.allTextContents()).slice(0, expected.length)).toEqual(expected);

  const groups: [string, typeof campaigns][] = [
    ['Running now', live],
    [live.length > 0 ? 'Other campaigns' : 'Our campaigns', unconfirmed],
    ['Past campaigns', past],
  ];
  for (const [name, group] of groups) {
    if (group.length === 0) continue;
    const region = page.getByRole('region', { name, exact: true });
    await expect(region.getByRole('heading', { level: 3 })).toHaveText(group.map((campaign) => campaign.title));
    for (const campaign of group) {
      const card = region.getByRole('listitem').filter({ hasText: campaign.title });
      // A campaign past its review date is not called running: it "started".
      await expect(card).toContainText(campaign.end ? 'to' : name === 'Running now' ? 'Since' : 'Started');
      if (!campaign.hero) continue;
      const picture = card.getByRole('img', { name: campaign.hero.alt });
      await expect(picture).toHaveAttribute('src', campaign.hero.src);
      // Served by the site itself, and really there.
      expect(campaign.hero.src).toMatch(/^\/[^/]/);
      await expect
        .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBeGreaterThan(0);
    }
  }
  for (const campaign of withStatus('upcoming')) await expect(page.getByText(campaign.title)).toHaveCount(0);
});

test('the home page features live campaigns, and none past its review date', async ({ page }) => {
  await page.goto('/');
  const section = page.getByRole('region', { name: 'Campaigns running now' });
  for (const campaign of withStatus('live'))
    await expect(section.getByRole('link', { name: campaign.title })).toHaveAttribute(
      'href',
      `/campaigns/${campaign.slug}/`,
    );
  for (const campaign of withStatus('unconfirmed'))
    await expect(page.getByRole('main').getByRole('link', { name: campaign.title, exact: true })).toHaveCount(0);
});

test('a campaign page has its hashtag, buttons, and the services that can help', async ({ page }) => {
  const campaign = withStatus('live')[0] ?? withStatus('unconfirmed')[0];
  test.skip(!campaign, 'No campaign is running today, so there is no running campaign page to check.');
  if (!campaign) return;
  await page.goto(`/campaigns/${campaign.slug}/`);
  await expect(page.getByText('This campaign has ended')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(campaign.title);
  await expect(page.getByText(campaign.hashtag, { exact: false }).first()).toBeVisible();
  for (const action of campaign.callsToAction)
    await expect(page.getByRole('main').getByRole('link', { name: action.label }).first()).toHaveAttribute(
      'href',
      action.href,
    );
  if (campaign.hero) await expect(page.getByRole('img', { name: campaign.hero.alt })).toBeVisible();
});

test('partners can follow campaigns with an RSS feed', async ({ request, page }) => {
  const response = await request.get('/campaigns/feed.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/xml/);
  const feed = await response.text();
  expect(feed).toMatch(/^<\?xml/);
  expect(feed.match(/<item>/g)).toHaveLength(
    withStatus('live').length + withStatus('unconfirmed').length + withStatus('past').length,
  );
  for (const campaign of withStatus('upcoming')) expect(feed).not.toContain(campaign.slug);
  await page.goto('/campaigns/');
  await expect(
    page.locator('link[rel="alternate"][type="application/rss+xml"][href="/campaigns/feed.xml"]'),
  ).toHaveCount(1);
});

test('partners can follow news and campaigns together in one feed, offered on every page', async ({
  request,
  page,
}) => {
  const response = await request.get('/feed.xml');
  expect(response.status()).toBe(200);
  const feed = await response.text();
  for (const campaign of [...withStatus('live'), ...withStatus('unconfirmed'), ...withStatus('past')])
    expect(feed).toContain(`/campaigns/${campaign.slug}/`);
  const news = globSync('content/news/*.md').map(
    (file) => readData(readFileSync(file, 'utf8'), file) as { slug: string; date: Date | string },
  );
  for (const item of news) {
    const day = item.date instanceof Date ? item.date.toISOString().slice(0, 10) : String(item.date);
    if (day <= today) expect(feed).toContain(`/news/${item.slug}/`);
    else expect(feed).not.toContain(`/news/${item.slug}/`);
  }
  await page.goto('/about/');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/feed.xml');
  expect((await request.get('/feed.xml')).headers()['content-type']).toMatch(/xml/);
  await page.goto('/news/');
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
});
