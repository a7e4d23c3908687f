/**
 * `npm run share-image`: draws the plain picture that link previews show
 * (public/share/victims-first.png, 1200 × 630) with the site's own
 * Chromium, from the service name and tagline. Run it again if the name
 * changes, and commit the picture.
 */
import { chromium } from '@playwright/test';
import { readSettingsFile } from '../src/content-model/settings-file.ts';

const settings = readSettingsFile();
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
await page.setContent(`<!doctype html><html><body style="margin:0">
<div style="box-sizing:border-box;width:1200px;height:630px;padding:96px;background:#4a2673;color:#fff;font-family:'DejaVu Sans',Arial,sans-serif;display:flex;flex-direction:column;justify-content:center;border-bottom:24px solid #341a52">
  <div style="font-size:104px;font-weight:800;line-height:1.1">${escape(settings.serviceName)}</div>
  <div style="font-size:44px;margin-top:32px;line-height:1.3">Support for victims and witnesses of crime in Thames Valley</div>
  <div style="font-size:34px;margin-top:48px;opacity:.9">${escape(settings.hub.name)}: ${escape(settings.hub.phone)}</div>
</div></body></html>`);
await page.screenshot({ path: 'public/share/victims-first.png' });
await browser.close();
console.log('Wrote public/share/victims-first.png (1200 × 630).');
