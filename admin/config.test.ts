/**
 * The content editor's configuration: a collection over each content type's
 * folder, review before publishing on the Git host, and the Git host chosen
 * from the environment alone.
 */
import { describe, expect, it } from 'vitest';
import { backendOrigins, cmsCollections, cmsConfig, gitBackendFromEnvironment } from './config.ts';
import { contentTypes, type ContentTypeName } from '../src/content-model/schemas/index.ts';

const names = Object.keys(contentTypes) as ContentTypeName[];

describe('the editor configuration', () => {
  const backend = gitBackendFromEnvironment({
    CMS_BACKEND: 'github',
    CMS_REPO: 'opcc/victims-first',
    CMS_BRANCH: 'main',
  });

  it('has a collection for every content type, over its folder', () => {
    const collections = cmsCollections();
    expect(collections.map((collection) => collection.name)).toEqual(names);
    for (const collection of collections) {
      const type = contentTypes[collection.name as ContentTypeName];
      if (collection.name === 'settings') expect(collection.files?.[0]?.file).toBe('content/settings/site.yaml');
      else expect(collection.folder).toBe(`content/${type.folder}`);
    }
  });

  it('never renames a page’s file: new pages are named once, from their first title', () => {
    const pages = cmsCollections().find((collection) => collection.name === 'pages')!;
    expect(pages.slug).toBe('{{slug}}');
    expect(pages.delete).toBe(false);
    const vip = cmsCollections().find((collection) => collection.name === 'vip')!;
    expect(vip.slug).toBe('{{fields.code}}');
  });

  it('sends every change on the Git host through draft, review and ready', () => {
    const production = cmsConfig({ backend, siteUrl: 'https://www.example.org', local: false });
    expect(production.publish_mode).toBe('editorial_workflow');
    expect(production.backend).toMatchObject({ name: 'github', repo: 'opcc/victims-first', branch: 'main' });
    expect(production.local_backend).toBeUndefined();
    expect(production.load_config_file).toBe(false);
  });

  it('uses decap-server on a workstation', () => {
    const local = cmsConfig({ backend, siteUrl: 'https://www.example.org', local: true });
    expect(local.local_backend).toMatchObject({ url: 'http://localhost:8081/api/v1' });
    expect(local.publish_mode).toBe('simple');
    // …on the port CMS_PROXY_PORT gives npm run cms.
    const elsewhere = cmsConfig({ backend, siteUrl: 'https://www.example.org', local: true, localBackendPort: 9081 });
    expect(elsewhere.local_backend).toMatchObject({ url: 'http://localhost:9081/api/v1' });
  });

  it('is configured for another Git host from the environment alone', () => {
    const gitlab = gitBackendFromEnvironment({
      CMS_BACKEND: 'gitlab',
      CMS_REPO: 'opcc/site',
      CMS_API_ROOT: 'https://git.example.org/api/v4',
      CMS_APP_ID: 'abc',
      CMS_AUTH_TYPE: 'pkce',
    });
    expect(gitlab).toEqual({
      name: 'gitlab',
      repo: 'opcc/site',
      branch: 'main',
      api_root: 'https://git.example.org/api/v4',
      app_id: 'abc',
      auth_type: 'pkce',
    });
    expect(backendOrigins(gitlab)).toEqual(['https://gitlab.com', 'https://git.example.org']);
    expect(() => gitBackendFromEnvironment({ CMS_BACKEND: 'dropbox' })).toThrow(/CMS_BACKEND is "dropbox"/);
  });
});
