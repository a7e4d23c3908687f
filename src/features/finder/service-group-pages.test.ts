import { describe, expect, it } from 'vitest';
import type { Service } from '../../content-model/schemas/service.ts';
import { directoryGroups, serviceGroupPages } from './service-group-pages.ts';

const services = (count: number, areas: Service['areas'], prefix = 's') =>
  Array.from({ length: count }, (_, index) => ({ name: `${prefix}${index + 1}`, data: { areas } }));

describe('/services/ at any size', () => {
  it('shows a group of up to 25 whole, with no link to its pages', () => {
    const [national] = directoryGroups(services(21, ['national']));
    expect(national).toMatchObject({ id: 'national', total: 21, seeAll: undefined });
    expect(national!.members).toHaveLength(21);
  });

  it('shows the first 10 of a longer group, A to Z as given, and links to all of it', () => {
    const groups = directoryGroups([...services(212, ['berkshire']), ...services(800, ['national'], 'n')]);
    expect(groups.map((group) => [group.id, group.members.length, group.total])).toEqual([
      ['berkshire', 10, 212],
      ['national', 10, 800],
    ]);
    expect(groups[0]!.members.map((member) => member.name)).toEqual(
      Array.from({ length: 10 }, (_, index) => `s${index + 1}`),
    );
    expect(groups[0]!.seeAll).toEqual({ href: '/services/in/berkshire/', text: 'See all 212 services in Berkshire' });
    expect(groups[1]!.seeAll?.text).toBe('See all 800 national helplines and services');
  });

  it('names the group on its "Show more" button, as there is one in each group', () => {
    const groups = directoryGroups([...services(1, ['thames-valley']), ...services(1, ['berkshire', 'oxfordshire'])]);
    expect(groups.map((group) => group.showMore)).toEqual([
      'Show more services across Thames Valley',
      'Show more services in more than one area',
    ]);
  });
});

describe('the pages of each group', () => {
  it('gives every group a first page, even an empty one, so its address always works', () => {
    const pages = serviceGroupPages(services(3, ['berkshire']));
    expect(pages.map((page) => [page.group.id, page.number, page.members.length])).toEqual([
      ['across-thames-valley', 1, 0],
      ['berkshire', 1, 3],
      ['buckinghamshire', 1, 0],
      ['milton-keynes', 1, 0],
      ['oxfordshire', 1, 0],
      ['several-areas', 1, 0],
      ['national', 1, 0],
    ]);
    expect(pages[0]).toMatchObject({
      title: 'Services across Thames Valley',
      summary: 'There are no services in this group at the moment.',
      previous: undefined,
      next: undefined,
    });
    expect(pages[1]!.summary).toBe('3 services, A to Z.');
  });

  it('lists 50 to a page, each with its own title and links to the pages before and after', () => {
    const national = serviceGroupPages(services(120, ['national'])).filter((page) => page.group.id === 'national');
    expect(national.map((page) => [page.number, page.count, page.members.length])).toEqual([
      [1, 3, 50],
      [2, 3, 50],
      [3, 3, 20],
    ]);
    expect(national[1]).toMatchObject({
      title: 'National helplines and services, page 2 of 3',
      summary: 'Services 51 to 100 of 120, A to Z.',
      previous: { href: '/services/in/national/', text: 'Page 1 of 3' },
      next: { href: '/services/in/national/3/', text: 'Page 3 of 3' },
    });
    expect(national[1]!.members[0]!.name).toBe('s51');
    expect(national[2]).toMatchObject({ summary: 'Services 101 to 120 of 120, A to Z.', next: undefined });
  });

  it('puts every service on exactly one page', () => {
    const all = [
      ...services(77, ['national'], 'n'),
      ...services(51, ['oxfordshire'], 'o'),
      ...services(1, ['thames-valley'], 't'),
    ];
    const listed = serviceGroupPages(all).flatMap((page) => page.members.map((member) => member.name));
    expect(listed.sort()).toEqual(all.map((service) => service.name).sort());
  });
});
