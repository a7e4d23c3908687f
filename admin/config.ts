/**
 * The whole Decap CMS configuration, generated from the content types in
 * src/content-model/schemas: one collection per type, fields from each schema, and the
 * Git backend from environment variables, so production is configured
 * without editing code.
 */
import { z } from 'astro/zod';
import type { CmsBackend, CmsBackendType, CmsCollection, CmsConfig, CmsField as DecapField } from 'decap-cms-core';
import { contentTypes, type ContentTypeName } from '../src/content-model/schemas/index.ts';
import { interfaceWordsSchema } from '../src/content-model/schemas/interface-words.ts';
import { translationRecord } from '../src/content-model/schemas/translation.ts';
import { languagesFolder } from '../src/content-model/translations.ts';
import { fieldsFor, type CmsField } from './fields.ts';
import { DEFAULT_EDITOR_PORTS, localBackendOrigin } from './local-editor.ts';

/** Per type: what the comms team calls one item, which field names it, and how its file is named. */
const collectionDetails: Record<
  ContentTypeName,
  { singular: string; identifier: string; fileName: string; summary: string; description: string; bodyHint?: string }
> = {
  pages: {
    singular: 'Page',
    identifier: 'title',
    fileName: '{{slug}}',
    summary: '{{title}}',
    description:
      'General pages such as About us and the privacy notice. A new page gets its address from its first title, and keeps it: changing the title later does not change the address.',
    bodyHint: 'The words of the page. Start headings at "Heading 2": the title is the page\'s main heading.',
  },
  rights: {
    singular: 'Right',
    identifier: 'title',
    fileName: '{{fields.number}}-{{fields.slug}}',
    summary: '{{number}}. {{title}}',
    description: "The rights in the Victims' Code, shown as the infographic on Your rights and a page each.",
    bodyHint: 'What the right means, who must provide it, and what to do if it is not met.',
  },
  journeySteps: {
    singular: 'Step',
    identifier: 'title',
    fileName: '{{fields.journey}}-{{fields.order}}-{{fields.slug}}',
    summary: '{{journey}} {{order}}: {{title}}',
    description: 'The steps of the criminal justice process and of restorative justice, in order.',
    bodyHint: 'What happens at this step, in plain words. Explain any term of art the first time you use it.',
  },
  services: {
    singular: 'Service',
    identifier: 'name',
    fileName: '{{slug}}',
    summary: '{{name}} ({{provider}})',
    description: 'The support services in the directory: who they help, where, and how to reach them.',
    bodyHint: 'What people get from the service, how to get it, and what happens next.',
  },
  connectPoints: {
    singular: 'Connect point',
    identifier: 'name',
    fileName: '{{slug}}',
    summary: '{{name}} ({{address.town}})',
    description:
      'Victims First Connect points: places in the community, such as libraries and community centres, where people can get information, report a hate crime and be referred to Victims First. Each has a page at /connect/<file name>/.',
    bodyHint: 'Optional: anything else people should know before they go, in plain words.',
  },
  resources: {
    singular: 'Resource',
    identifier: 'title',
    fileName: '{{slug}}',
    summary: '{{title}} ({{format}})',
    description: 'Books, apps, guides, techniques and helplines for people waiting for support.',
    bodyHint: 'A short description. For a technique, write the steps as a numbered list.',
  },
  campaigns: {
    singular: 'Campaign',
    identifier: 'title',
    fileName: '{{fields.slug}}',
    summary: '{{title}} (from {{start}})',
    description:
      'Awareness campaigns. A campaign appears on its start date and moves to past campaigns after its end date.',
    bodyHint: 'The campaign page: what it is about, the signs to look for, and how to get help.',
  },
  vip: {
    singular: 'Pack section',
    identifier: 'title',
    fileName: '{{fields.code}}',
    summary: '/vip/{{code}}/: {{title}}',
    description:
      'Sections of the Victims Information Pack. Police print their short addresses on leaflets, so codes must not change.',
    bodyHint: 'The section of the pack, in plain words.',
  },
  glossary: {
    singular: 'Term',
    identifier: 'term',
    fileName: '{{fields.slug}}',
    summary: '{{term}}',
    description: 'Terms such as bail, CPS and special measures, explained in plain words wherever they appear.',
    bodyHint: 'Optional: more about the term, if one or two sentences are not enough.',
  },
  news: {
    singular: 'News item',
    identifier: 'title',
    fileName: '{{fields.slug}}',
    summary: '{{date}}: {{title}}',
    description: 'Short news for partners and the public. An item appears on its date, in the news list and the feed.',
    bodyHint: 'The news, in plain words. Link to the pages people need.',
  },
  easyRead: {
    singular: 'Easy Read page',
    identifier: 'title',
    fileName: '{{slug}}',
    summary: '{{title}} ({{printedPages}} printed pages)',
    bodyHint: 'Leave this empty: an Easy Read page shows only its parts and points above.',
    description:
      'Easy Read pages: one idea per line, short sentences, a picture beside each point. See docs/easy-read.md for the rules.',
  },
  settings: {
    singular: 'Site settings',
    identifier: 'serviceName',
    fileName: 'site',
    summary: '{{serviceName}}',
    description:
      'Settings used on every page: the hub number and opening hours, emergency numbers, navigation and more.',
  },
};

/** The Git host the production CMS saves to, from environment variables (see docs/operators.md). */
export interface GitBackend {
  name: CmsBackendType;
  repo?: string;
  branch: string;
  base_url?: string;
  auth_endpoint?: string;
  api_root?: string;
  app_id?: string;
  auth_type?: 'implicit' | 'pkce';
}

const knownBackends: CmsBackendType[] = ['github', 'gitlab', 'gitea', 'forgejo', 'bitbucket', 'azure', 'git-gateway'];

export function gitBackendFromEnvironment(env: Record<string, string | undefined>): GitBackend {
  const name = (env.CMS_BACKEND ?? 'github') as CmsBackendType;
  if (!knownBackends.includes(name)) {
    throw new Error(
      `CMS_BACKEND is "${env.CMS_BACKEND}", which Decap CMS does not know. Use one of: ${knownBackends.join(', ')}.`,
    );
  }
  const backend: GitBackend = { name, branch: env.CMS_BRANCH ?? 'main' };
  if (env.CMS_REPO) backend.repo = env.CMS_REPO;
  if (env.CMS_BASE_URL) backend.base_url = env.CMS_BASE_URL;
  if (env.CMS_AUTH_ENDPOINT) backend.auth_endpoint = env.CMS_AUTH_ENDPOINT;
  if (env.CMS_API_ROOT) backend.api_root = env.CMS_API_ROOT;
  if (env.CMS_APP_ID) backend.app_id = env.CMS_APP_ID;
  if (env.CMS_AUTH_TYPE === 'pkce' || env.CMS_AUTH_TYPE === 'implicit') backend.auth_type = env.CMS_AUTH_TYPE;
  return backend;
}

/** The hosts the CMS talks to for a backend: its API, and where people log in. */
export function backendOrigins(backend: GitBackend): string[] {
  const defaults: Partial<Record<CmsBackendType, string[]>> = {
    github: ['https://api.github.com'],
    gitlab: ['https://gitlab.com'],
    bitbucket: ['https://api.bitbucket.org', 'https://bitbucket.org'],
    azure: ['https://dev.azure.com'],
  };
  const configured = [backend.api_root, backend.base_url]
    .filter((url): url is string => Boolean(url))
    .map((url) => new URL(url).origin);
  return [...new Set([...(defaults[backend.name] ?? []), ...configured])];
}

function bodyField(hint: string): CmsField {
  return { name: 'body', label: 'Text', widget: 'markdown', hint };
}

/** Language of the site, for the editor's side-by-side translations: English first. */
export interface EditorLanguage {
  code: string;
  englishName: string;
}

/**
 * Marks each field for Decap's i18n: every field is kept in each language's file, so each file is complete on its
 * own and the build checks every language against the same schema. (Not "duplicate": Decap would then write a
 * half-empty file in every language as soon as someone saved a new English page.)
 */
function forTranslation(field: CmsField): CmsField & { i18n: true } {
  return { ...field, i18n: true };
}

/** The "About this translation" fields: filled in on a translation, left empty on the English. */
function translationFields(): CmsField & { i18n: true } {
  const [record] = fieldsFor(z.object({ translation: translationRecord }));
  return {
    ...(record as CmsField),
    label: 'About this translation',
    required: false,
    collapsed: true,
    fields: (record?.fields ?? []).map((field) => ({ ...field, required: false })),
    i18n: true,
  };
}

/** One file per language of the words around the content: the page shell, the form, the support plan. */
function interfaceWordsCollection(languages: readonly EditorLanguage[]): CmsCollection {
  const fields = fieldsFor(interfaceWordsSchema as unknown as Parameters<typeof fieldsFor>[0]);
  return {
    name: 'interfaceWords',
    label: 'Interface words',
    label_singular: 'Interface words',
    description:
      'The words around the content in each language: the header, the footer, the referral form and the buttons. Each English sentence sits beside its translation. "npm run translations" lists sentences not translated yet.',
    files: languages.map((language) => ({
      name: language.code,
      label: language.englishName,
      file: `content/interface/${language.code}.yaml`,
      fields: fields as unknown as DecapField[],
    })),
  } as unknown as CmsCollection;
}

/** Every collection, in the order the comms team sees them. */
export function cmsCollections(languages: readonly EditorLanguage[] = []): CmsCollection[] {
  const collections = (Object.keys(contentTypes) as ContentTypeName[]).map((name) => {
    const type = contentTypes[name];
    const details = collectionDetails[name];
    const fields = fieldsFor(type.schema as Parameters<typeof fieldsFor>[0]);
    const common = {
      name,
      label: type.label,
      label_singular: details.singular,
      description: details.description,
      identifier_field: details.identifier,
      summary: details.summary,
      editor: { preview: true },
    };
    if (name === 'settings') {
      return {
        ...common,
        files: [
          {
            name: 'site',
            label: 'Site settings',
            file: `content/${type.folder}/site.yaml`,
            fields: fields as unknown as DecapField[],
          },
        ],
      } as CmsCollection;
    }
    if ('translatable' in type && languages.length > 0) {
      // English in <folder>/en/, each language in <folder>/<code>/: Decap shows them side by side.
      return {
        ...common,
        folder: `content/${languagesFolder(name)}`,
        i18n: true,
        create: true,
        delete: false,
        extension: 'md',
        format: 'frontmatter',
        slug: details.fileName,
        fields: [
          ...fields.map(forTranslation),
          { ...bodyField(details.bodyHint ?? ''), i18n: true },
          translationFields(),
        ] as unknown as DecapField[],
      } as CmsCollection;
    }
    return {
      ...common,
      folder: `content/${type.folder}`,
      create: true,
      delete: false,
      extension: 'md',
      format: 'frontmatter',
      slug: details.fileName,
      fields: [...fields, bodyField(details.bodyHint ?? '')] as unknown as DecapField[],
    } as CmsCollection;
  });
  return languages.length > 0 ? [...collections, interfaceWordsCollection(languages)] : collections;
}

export interface CmsConfigOptions {
  backend: GitBackend;
  siteUrl: string;
  /** Use decap-server on this machine (npm run cms) instead of the Git host. */
  local: boolean;
  /** Where decap-server listens (CMS_PROXY_PORT, see local-editor.ts). Default: 8081. */
  localBackendPort?: number;
  /** The languages the site is translated into (Site settings), besides English. */
  languages?: readonly EditorLanguage[];
}

export function cmsConfig({
  backend,
  siteUrl,
  local,
  localBackendPort = DEFAULT_EDITOR_PORTS.proxy,
  languages = [],
}: CmsConfigOptions): CmsConfig {
  return {
    ...(languages.length > 0
      ? {
          i18n: {
            structure: 'multiple_folders',
            locales: ['en', ...languages.map((language) => language.code)],
            default_locale: 'en',
          },
        }
      : {}),
    load_config_file: false,
    backend: backend as CmsBackend,
    // On the Git host every change is a draft, then in review, then ready, and is published only after review.
    // On a workstation the local backend saves files directly; they reach the live site through a reviewed commit.
    publish_mode: local ? 'simple' : 'editorial_workflow',
    ...(local
      ? {
          local_backend: {
            url: `${localBackendOrigin(localBackendPort)}/api/v1`,
            allowed_hosts: ['localhost', '127.0.0.1'],
          },
        }
      : {}),
    site_url: siteUrl,
    display_url: siteUrl,
    locale: 'en',
    media_folder: 'public/images/uploads',
    public_folder: '/images/uploads',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    editor: { preview: true },
    show_preview_links: false,
    collections: cmsCollections(languages),
  };
}
