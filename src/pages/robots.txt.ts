/** robots.txt, pointing search engines at the sitemap on the site's real address. */
import type { APIRoute } from 'astro';
import { siteSettings } from '../content-model/collections/settings.ts';

export const GET: APIRoute = async () => {
  const settings = await siteSettings();
  const sitemap = new URL('/sitemap-index.xml', settings.siteUrl).href;
  return new Response(`User-agent: *\nDisallow: /admin/\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
