/**
 * The content editor at /admin/: Decap CMS, bundled from npm by the site's
 * build (never from a CDN). Its configuration is generated at build time
 * from the content schemas and embedded in the page as JSON; this script
 * picks the local backend on a workstation and the Git host elsewhere.
 */
import type { CmsConfig } from 'decap-cms-core';
import CMS from 'decap-cms-app';
import siteStyles from '../src/styles/global.css?url';
import {
  CampaignPreview,
  GlossaryPreview,
  NewsPreview,
  PagePreview,
  ResourcePreview,
  RightPreview,
  ServicePreview,
  StepPreview,
  VipPreview,
} from './previews.ts';

interface EmbeddedConfigs {
  local: CmsConfig;
  production: CmsConfig;
  productionReady: boolean;
}

const embedded = document.getElementById('cms-config')?.textContent;
if (!embedded) throw new Error('The CMS configuration is missing from the page.');
const configs = JSON.parse(embedded) as EmbeddedConfigs;
const onWorkstation = ['localhost', '127.0.0.1'].includes(window.location.hostname);

if (!onWorkstation && !configs.productionReady) {
  document.getElementById('cms-not-connected')?.removeAttribute('hidden');
} else {
  CMS.registerPreviewStyle(siteStyles);
  CMS.registerPreviewTemplate('pages', PagePreview);
  CMS.registerPreviewTemplate('rights', RightPreview);
  CMS.registerPreviewTemplate('services', ServicePreview);
  CMS.registerPreviewTemplate('campaigns', CampaignPreview);
  CMS.registerPreviewTemplate('vip', VipPreview);
  CMS.registerPreviewTemplate('news', NewsPreview);
  CMS.registerPreviewTemplate('glossary', GlossaryPreview);
  CMS.registerPreviewTemplate('journeySteps', StepPreview);
  CMS.registerPreviewTemplate('resources', ResourcePreview);
  CMS.init({ config: onWorkstation ? configs.local : configs.production });
}
