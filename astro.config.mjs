// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentEditorBundle } from './admin/editor-bundle-integration.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { blockBreaksForSearch } from './src/integrations/block-breaks.ts';
import { phoneLinksInContent } from './src/integrations/phone-links.ts';
import { publishedUrlRegister } from './src/integrations/published-urls.ts';
import { staticHostFiles } from './src/integrations/static-host-files.ts';
import { contentDirectory } from './src/content-model/content-directory.ts';
import { hiddenPagePaths } from './src/content-model/guard.ts';
import { readSettingsFile } from './src/content-model/settings-file.ts';

/** Pages for staff, the 404 page and pages marked hidden stay out of the sitemap. */
const notInSitemap = ['/admin/', '/hub/', '/404/', ...safely(() => hiddenPagePaths(contentDirectory()))];

/**
 * The sitemap lists each page's other languages (xhtml:link alternates): a page at /pl/... is Polish, and the same
 * address without the prefix is its English. The languages come from Site settings.
 */
const sitemapLanguages = {
  defaultLocale: 'en',
  locales: Object.fromEntries([
    ['en', 'en'],
    ...safely(() => readSettingsFile().translations.languages.map((language) => language.code)).map((code) => [
      code,
      code,
    ]),
  ]),
};

/**
 * Broken content is reported by the content guard, with file and field; don't fail here first.
 * @param {() => string[]} list
 * @returns {string[]}
 */
function safely(list) {
  try {
    return list();
  } catch {
    return [];
  }
}

export default defineConfig({
  // `site` comes from content/settings/site.yaml, set by the content guard once the content is valid.
  output: 'static',
  // Astro's content cache in this copy of the project, not in node_modules: several working copies (git worktrees)
  // sharing one node_modules would otherwise read each other's parsed content.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // No inline styles or scripts: the Content-Security-Policy allows only files from this site.
    inlineStylesheets: 'never',
  },
  vite: {
    // One stylesheet for every page (8 KB compressed): a first visit waits for one file, not five, and every later
    // page has it already.
    build: { assetsInlineLimit: 0, cssCodeSplit: false },
  },
  devToolbar: { enabled: false },
  prefetch: false,
  integrations: [
    contentGuard(),
    // The content editor's script is bundled outside Astro (admin/editor-bundle.ts); this copies it into dist/.
    contentEditorBundle(),
    mdx(),
    sitemap({
      filter: (page) => !notInSitemap.some((path) => new URL(page).pathname === path),
      i18n: sitemapLanguages,
    }),
    staticHostFiles(),
    phoneLinksInContent(),
    // After the phone links, which rewrite prose blocks through an HTML parser, and before Pagefind indexes dist/.
    blockBreaksForSearch(),
    // After the sitemap: it reads the sitemap the build just wrote.
    publishedUrlRegister(),
  ],
});
