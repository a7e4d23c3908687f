import { describe, expect, it } from 'vitest';
import { resourceSchema } from '../../content-model/schemas/resource.ts';
import { isExercise, resourceFacets, resourceFacetValues, resourceGroups } from './resource-shelf.ts';

const resource = (title: string, format: string, topics: string[] = ['sleep'], audience: string[] = ['adults']) => ({
  id: title.toLowerCase().replaceAll(' ', '-'),
  data: resourceSchema.parse({
    title,
    format,
    topics,
    audience,
    summary: 'Something that may help while you wait for support.',
    lastReviewed: '2026-11-23',
  }),
});

describe('the while-you-wait shelf', () => {
  it('leaves self-help techniques to the exercises, and keeps everything else', () => {
    expect(isExercise({ format: 'technique' })).toBe(true);
    expect(isExercise({ format: 'book' })).toBe(false);
    expect(isExercise({ format: 'helpline' })).toBe(false);
  });

  it('groups the list by kind, helplines first, and leaves out kinds it has none of', () => {
    const shelf = [
      resource('Sleep well', 'book'),
      resource('Calm app', 'app'),
      resource('Night line', 'helpline'),
      resource('Another book', 'book'),
    ];
    expect(
      resourceGroups(shelf).map((group) => ({
        id: group.id,
        heading: group.heading,
        members: group.members.map((member) => member.data.title),
      })),
    ).toEqual([
      { id: 'helplines', heading: 'Helplines and text lines', members: ['Night line'] },
      { id: 'apps', heading: 'Apps', members: ['Calm app'] },
      { id: 'books', heading: 'Books', members: ['Sleep well', 'Another book'] },
    ]);
  });

  it('lists every kind in a fixed order, with a plain heading for each', () => {
    const kinds = ['group', 'forum', 'video', 'podcast', 'book', 'app', 'guide', 'helpline'];
    expect(resourceGroups(kinds.map((kind) => resource(kind, kind))).map((group) => group.heading)).toEqual([
      'Helplines and text lines',
      'Guides',
      'Apps',
      'Books',
      'Podcasts',
      'Videos',
      'Online forums',
      'Peer groups',
    ]);
  });

  it('asks about topic, kind and age, offering only the kinds the list has', () => {
    const facets = resourceFacets(['book', 'app']);
    expect(facets.map((facet) => [facet.name, facet.label, facet.any])).toEqual([
      ['topic', 'What would help?', 'Any topic'],
      ['format', 'What kind of thing?', 'Anything'],
      ['age', 'Who is it for?', 'Any age'],
    ]);
    expect(facets[1]!.options).toEqual([
      { value: 'book', label: 'Book' },
      { value: 'app', label: 'App' },
    ]);
  });

  it('lets each resource be found by its topics, its kind and who it is for', () => {
    expect(
      resourceFacetValues(resource('Sleep well', 'book', ['sleep', 'self-care'], ['young-people', 'adults']).data),
    ).toEqual({ topic: ['sleep', 'self-care'], format: ['book'], age: ['young-people', 'adults'] });
  });
});
