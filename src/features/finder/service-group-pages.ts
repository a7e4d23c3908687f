/**
 * The service directory at any size. /services/ shows the start of each
 * group (GROUP_PREVIEW in finder.ts) and, for a longer group, links to the
 * group's own pages (/services/in/<group>/), which list every service in it,
 * A to Z, 50 to a page. So every service can be reached without
 * JavaScript, and /services/ stays small with thousands of services.
 */
import { serviceGroupAddress } from '../../content-model/page-addresses.ts';
import type { Service } from '../../content-model/schemas/service.ts';
import { previewLength } from './finder.ts';
import { everyServiceGroup, servicesInGroups, type ServiceGroup } from './service-directory.ts';

/** How many services one page of a group lists. */
export const SERVICES_PER_GROUP_PAGE = 50;

/** A link, as the page shows it. */
export interface Link {
  href: string;
  text: string;
}

/** One group as /services/ shows it: the start of it, and a link to all of it when that is not everything. */
export interface GroupPreview<Entry> extends ServiceGroup {
  /** The services shown on /services/. */
  members: Entry[];
  /** How many services the group has in all. */
  total: number;
  /** "See all 212 services in Berkshire", when some are not shown. */
  seeAll?: Link | undefined;
  /** The words on the button that shows more of the group once JavaScript runs: "Show more services in Berkshire". */
  showMore: string;
}

/** The title with a small first letter, to go inside a sentence: "services in Berkshire". */
function inSentence(title: string): string {
  return title.charAt(0).toLowerCase() + title.slice(1);
}

/** The groups /services/ shows, in order, leaving out empty ones, each cut to its preview. */
export function directoryGroups<Entry extends { data: Pick<Service, 'areas'> }>(
  services: readonly Entry[],
): GroupPreview<Entry>[] {
  return servicesInGroups(services).map((group) => {
    const total = group.members.length;
    const shown = previewLength(total);
    return {
      ...group,
      members: group.members.slice(0, shown),
      total,
      seeAll:
        shown < total
          ? { href: serviceGroupAddress(group.id), text: `See all ${total} ${inSentence(group.title)}` }
          : undefined,
      showMore: `Show more ${inSentence(group.title)}`,
    };
  });
}

/** One page of a group's own pages. */
export interface ServiceGroupPage<Entry> {
  group: ServiceGroup;
  /** Which page, from 1, of how many (at least 1, even for an empty group). */
  number: number;
  count: number;
  /** The services on this page, and how many the group has in all. */
  members: Entry[];
  total: number;
  /** The page's title: "Services in Berkshire", or "Services in Berkshire, page 2 of 7". */
  title: string;
  /** What the page lists: "Services 51 to 100 of 320, A to Z." */
  summary: string;
  previous?: Link | undefined;
  next?: Link | undefined;
}

/** What one page lists, in a sentence. */
function pageSummary(first: number, shown: number, total: number): string {
  if (total === 0) return 'There are no services in this group at the moment.';
  if (shown === total) return total === 1 ? '1 service.' : `${total} services, A to Z.`;
  return `Services ${first} to ${first + shown - 1} of ${total}, A to Z.`;
}

/**
 * Every page of every group, groups in the page's order. Each group has a
 * first page even when it is empty, so its address always works.
 */
export function serviceGroupPages<Entry extends { data: Pick<Service, 'areas'> }>(
  services: readonly Entry[],
  perPage = SERVICES_PER_GROUP_PAGE,
): ServiceGroupPage<Entry>[] {
  return everyServiceGroup(services).flatMap(({ members, ...group }) => {
    const count = Math.max(1, Math.ceil(members.length / perPage));
    const link = (number: number): Link => ({
      href: serviceGroupAddress(group.id, number),
      text: `Page ${number} of ${count}`,
    });
    return Array.from({ length: count }, (_, index) => {
      const number = index + 1;
      const onPage = members.slice(index * perPage, number * perPage);
      return {
        group,
        number,
        count,
        members: onPage,
        total: members.length,
        title: count > 1 ? `${group.title}, page ${number} of ${count}` : group.title,
        summary: pageSummary(index * perPage + 1, onPage.length, members.length),
        previous: number > 1 ? link(number - 1) : undefined,
        next: number < count ? link(number + 1) : undefined,
      };
    });
  });
}
