/**
 * Campaigns: live ones first, then past; the home page features live ones; partners get a feed. (Fixed dates are tested
 * on a fixture build in tests/unit/content-flows-through.test.ts.)
 */
import { globSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { campaignStatus } from '../../src/features/campaigns/campaign-schedule.ts';
import { ukTime } from '../../src/shared/uk-time.ts';
import { readData } from '../../src/content-model/guard.ts';
import { campaignSchema } from '../../src/content-model/schemas/campaign.ts';

const today = ukTime(new Date()).date;
const campaigns = globSync('content/campaigns/*.md').map((file) =>
  campaignSchema.parse(readData(readFileSync(file, 'utf8'), file)),
);
const withStatus = (status: string) => campaigns.filter((campaign) => campaignStatus(campaign, today) === status);

test('the campaigns page lists live campaigns, then past ones, and no campaign that has not started', async ({
  page,
}) => {
  await page.goto('/campaigns/');
  const live = page.getByRole('region', { name: 'Running now' }).getByRole('heading', { level: 3 });
  await expect(live).toHaveCount(withStatus('live').length);
  for (const campaign of withStatus('live')) await expect(live.filter({ hasText: campaign.title })).toHaveCount(1);
  const past = withStatus('past');
  if (past.length > 0)
    await expect(page.getByRole('region', { name: 'Past campaigns' }).getByRole('heading', { level: 3 })).toHaveCount(
      past.length,
    );
  for (const campaign of withStatus('upcoming')) await expect(page.getByText(campaign.title)).toHaveCount(0);
});

test('the home page features live campaigns', async ({ page }) => {
  await page.goto('/');
  const section = page.getByRole('region', { name: 'Campaigns running now' });
  for (const campaign of withStatus('live'))
    await expect(section.getByRole('link', { name: campaign.title })).toHaveAttribute(
      'href',
      `/campaigns/${campaign.slug}/`,
    );
});

test('a campaign page has its hashtag, buttons, and the services that can help', async ({ page }) => {
  const campaign = withStatus('live')[0];
  test.skip(!campaign, 'No campaign is live today, so there is no live campaign page to check.');
  if (!campaign) return;
  await page.goto(`/campaigns/${campaign.slug}/`);
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
  expect(feed.match(/<item>/g)).toHaveLength(withStatus('live').length + withStatus('past').length);
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
  for (const campaign of [...withStatus('live'), ...withStatus('past')])
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
