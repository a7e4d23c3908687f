/**
 * The content editor at /admin/: Decap CMS, bundled from npm by the site's
 * build (never from a CDN). Its configuration is generated at build time
 * from the content schemas and embedded in the page as JSON. On this
 * computer it uses decap-server when `npm run cms` runs it, and elsewhere the
 * Git host; when neither can work, it shows the page's explanation instead
 * (editor-start.ts decides).
 */
import type { CmsConfig } from 'decap-cms-core';
import CMS from 'decap-cms-app';
import siteStyles from '../src/styles/global.css?url';
import { curledData, type EditorEntry } from './curled-entry.ts';
import { chooseEditorStart, localBackendAnswers } from './editor-start.ts';
import {
  CampaignPreview,
  ConnectPointPreview,
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
  local: CmsConfig & { local_backend?: { url?: string } };
  production: CmsConfig;
  productionReady: boolean;
}

function startEditor(config: CmsConfig): void {
  CMS.registerPreviewStyle(siteStyles);
  CMS.registerPreviewTemplate('pages', PagePreview);
  CMS.registerPreviewTemplate('rights', RightPreview);
  CMS.registerPreviewTemplate('services', ServicePreview);
  CMS.registerPreviewTemplate('connectPoints', ConnectPointPreview);
  CMS.registerPreviewTemplate('campaigns', CampaignPreview);
  CMS.registerPreviewTemplate('vip', VipPreview);
  CMS.registerPreviewTemplate('news', NewsPreview);
  CMS.registerPreviewTemplate('glossary', GlossaryPreview);
  CMS.registerPreviewTemplate('journeySteps', StepPreview);
  CMS.registerPreviewTemplate('resources', ResourcePreview);
  // One apostrophe on the site: ' typed on a keyboard is saved as ’ (the content check refuses the straight one).
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => curledData(entry as unknown as EditorEntry) as ReturnType<typeof entry.get>,
  });
  CMS.init({ config });
}

async function start(): Promise<void> {
  const embedded = document.getElementById('cms-config')?.textContent;
  if (!embedded) throw new Error('The CMS configuration is missing from the page.');
  const configs = JSON.parse(embedded) as EmbeddedConfigs;
  const onWorkstation = ['localhost', '127.0.0.1'].includes(window.location.hostname);
  const localApi = configs.local.local_backend?.url;
  const choice = chooseEditorStart({
    onWorkstation,
    gitHostConfigured: configs.productionReady,
    localBackendAnswers: onWorkstation && localApi !== undefined && (await localBackendAnswers(localApi)),
  });
  if (choice === 'local') startEditor(configs.local);
  else if (choice === 'git-host') startEditor(configs.production);
  else {
    const explanation = document.getElementById(choice === 'explain-local' ? 'cms-run-locally' : 'cms-not-connected');
    explanation?.removeAttribute('hidden');
  }
}

void start();
