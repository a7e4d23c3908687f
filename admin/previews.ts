/**
 * Previews that look like the site: each renders an entry with the site's
 * own markup classes, inside Decap's preview pane, which loads the site's
 * stylesheet. Written with createElement so no JSX build step is needed.
 */
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { createElement as h, type ReactNode } from 'react';
import { formatDate } from '../src/shared/dates.ts';
import { vocabularies } from '../src/content-model/vocabularies.ts';

type Props = PreviewTemplateComponentProps;

/** A field's value from the entry being edited. */
function field<T = unknown>(props: Props, ...path: string[]): T | undefined {
  // Decap hands entries over as Immutable.js values; plain values come back as they are.
  const value = props.entry.getIn(['data', ...path]) as { toJS?: () => unknown } | undefined;
  return (typeof value?.toJS === 'function' ? value.toJS() : value) as T | undefined;
}

function text(props: Props, ...path: string[]): string {
  const value = field(props, ...path);
  return value === undefined || value === null ? '' : String(value);
}

function list(props: Props, ...path: string[]): string[] {
  const value = field<unknown[]>(props, ...path);
  return Array.isArray(value) ? value.map(String) : [];
}

function dateText(props: Props, name: string): string {
  const value = field<string | Date>(props, name);
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : formatDate(date);
}

/** The page frame: the site's width and a "last checked" line, as on the live site. */
function page(props: Props, ...children: ReactNode[]) {
  const reviewed = dateText(props, 'lastReviewed');
  return h(
    'main',
    { className: 'page-width' },
    ...children,
    reviewed ? h('p', { className: 'last-reviewed' }, `Last checked: ${reviewed}`) : null,
  );
}

function tags(labels: string[]) {
  return labels.length ? h('p', { className: 'inset' }, labels.join(' · ')) : null;
}

export function PagePreview(props: Props) {
  return page(props, h('h1', null, text(props, 'title')), h('div', { className: 'prose' }, props.widgetFor('body')));
}

export function RightPreview(props: Props) {
  const providers = list(props, 'providers').map((value) => vocabularies.agencies.label(value as never));
  return page(
    props,
    h('p', { className: 'lead' }, `Right ${text(props, 'number')}`),
    h('h1', null, text(props, 'title')),
    h('p', { className: 'lead' }, text(props, 'summary')),
    field(props, 'appliesWithoutReport')
      ? h('p', { className: 'inset' }, 'You have this right whether or not you reported the crime.')
      : null,
    providers.length ? h('p', null, `Who must provide it: ${providers.join(', ')}.`) : null,
    h('div', { className: 'prose' }, props.widgetFor('body')),
  );
}

export function ServicePreview(props: Props) {
  const contacts = field<{ method: string; value: string; label?: string }[]>(props, 'contacts') ?? [];
  return page(
    props,
    h('h1', null, text(props, 'name')),
    h('p', null, `Run by ${text(props, 'provider')}`),
    h('p', { className: 'lead' }, text(props, 'summary')),
    tags(list(props, 'areas').map((value) => vocabularies.areas.label(value as never))),
    h('h2', null, 'How to get in touch'),
    h(
      'ul',
      null,
      ...contacts.map((contact) =>
        h(
          'li',
          null,
          `${contact.label ?? vocabularies.contactMethods.label(contact.method as never)}: ${contact.value}`,
        ),
      ),
    ),
    h('div', { className: 'prose' }, props.widgetFor('body')),
  );
}

/** A Connect point as its page shows it: where, when, what people can do there, access and languages. */
export function ConnectPointPreview(props: Props) {
  const hours = field<{ days: string[]; opens: string; closes: string }[]>(props, 'openingHours', 'weekly') ?? [];
  const languages = list(props, 'languages');
  return page(
    props,
    h(
      'p',
      { className: 'inset' },
      `Victims First Connect point, in ${vocabularies.localAreas.label(text(props, 'area') as never)}`,
    ),
    h('h1', null, text(props, 'name')),
    h('p', null, `Run by ${text(props, 'host')}`),
    h('h2', null, 'Where it is'),
    h(
      'address',
      null,
      ...[...list(props, 'address', 'lines'), text(props, 'address', 'town'), text(props, 'address', 'postcode')].map(
        (line) => h('span', { style: { display: 'block' } }, line),
      ),
    ),
    text(props, 'gettingThere') ? h('p', null, text(props, 'gettingThere')) : null,
    h('h2', null, 'When it is open'),
    field(props, 'openingHours', 'alwaysOpen')
      ? h('p', null, 'Open 24 hours, every day.')
      : hours.length
        ? h(
            'ul',
            null,
            ...hours.map((period) =>
              h(
                'li',
                null,
                `${(period.days ?? []).map((day) => vocabularies.weekdays.label(day as never)).join(', ')}: ${period.opens} to ${period.closes}`,
              ),
            ),
          )
        : h('p', null, 'We do not have its opening times yet.'),
    h('h2', null, 'What you can do there'),
    h(
      'ul',
      null,
      ...list(props, 'offers').map((value) => h('li', null, vocabularies.connectOffers.label(value as never))),
    ),
    tags(list(props, 'accessibility').map((value) => vocabularies.accessFeatures.label(value as never))),
    languages.length ? h('p', null, `Staff speak English and ${languages.join(', ')}.`) : null,
    h('div', { className: 'prose' }, props.widgetFor('body')),
  );
}

export function CampaignPreview(props: Props) {
  const start = dateText(props, 'start');
  const end = dateText(props, 'end');
  const actions = field<{ label: string; href: string }[]>(props, 'callsToAction') ?? [];
  const heroSource = text(props, 'hero', 'src');
  return page(
    props,
    h('p', null, text(props, 'hashtag')),
    h('h1', null, text(props, 'title')),
    heroSource
      ? h('img', { src: String(props.getAsset(heroSource) ?? heroSource), alt: text(props, 'hero', 'alt') })
      : null,
    h('p', { className: 'lead' }, text(props, 'summary')),
    h('p', { className: 'inset' }, end ? `Runs from ${start} to ${end}.` : `Runs from ${start}.`),
    h('div', { className: 'prose' }, props.widgetFor('body')),
    ...actions.map((action) => h('p', null, h('a', { className: 'button', href: action.href }, action.label))),
  );
}

export function VipPreview(props: Props) {
  return page(
    props,
    h('p', { className: 'inset' }, `Short address: /vip/${text(props, 'code')}/`),
    h('h1', null, text(props, 'title')),
    h('p', { className: 'lead' }, text(props, 'summary')),
    h('div', { className: 'prose' }, props.widgetFor('body')),
  );
}

export function NewsPreview(props: Props) {
  return page(
    props,
    h('p', { className: 'inset' }, `News, ${dateText(props, 'date')}: /news/${text(props, 'slug')}/`),
    h('h1', null, text(props, 'title')),
    h('p', { className: 'lead' }, text(props, 'summary')),
    h('div', { className: 'prose' }, props.widgetFor('body')),
  );
}

export function GlossaryPreview(props: Props) {
  const others = list(props, 'alsoKnownAs');
  return page(
    props,
    h('p', { className: 'inset' }, `In the glossary at /criminal-justice/glossary/#${text(props, 'slug')}`),
    h('h1', null, text(props, 'term')),
    others.length ? h('p', null, `Also called: ${others.join(', ')}`) : null,
    h('p', { className: 'lead' }, text(props, 'definition')),
    h('div', { className: 'prose' }, props.widgetFor('body')),
  );
}

export function StepPreview(props: Props) {
  return page(
    props,
    h('p', { className: 'inset' }, `Step ${text(props, 'order')}: /${text(props, 'journey')}/${text(props, 'slug')}/`),
    h('h1', null, text(props, 'title')),
    h('p', { className: 'lead' }, text(props, 'summary')),
    h('div', { className: 'prose' }, props.widgetFor('body')),
  );
}

export function ResourcePreview(props: Props) {
  const format = text(props, 'format');
  return page(
    props,
    h('p', { className: 'inset' }, `${vocabularies.resourceFormats.label(format as never)}. ${text(props, 'cost')}.`),
    h('h1', null, text(props, 'title')),
    h('p', { className: 'lead' }, text(props, 'summary')),
    h('div', { className: 'prose' }, props.widgetFor('body')),
  );
}
