import { afterEach, describe, expect, it, vi } from 'vitest';
import { enhance, type Scope } from './enhance.ts';

/** A stand-in for an element: only the attribute calls `enhance` makes. */
interface FakeRoot {
  id: string;
  attributes: Map<string, string>;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
}

function fakeRoot(id: string): FakeRoot {
  const attributes = new Map<string, string>();
  return {
    id,
    attributes,
    hasAttribute: (name) => attributes.has(name),
    setAttribute: (name, value) => void attributes.set(name, value),
  };
}

/** A stand-in for a page holding these roots; it records what was looked for. */
function fakeScope(roots: FakeRoot[]): Scope & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    querySelectorAll: (selectors) => {
      asked.push(selectors);
      return roots as unknown as Element[];
    },
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('starting browser scripts', () => {
  it('starts each root marked data-<name>, and says how many it started', () => {
    const roots = [fakeRoot('first'), fakeRoot('second')];
    const scope = fakeScope(roots);
    const started: string[] = [];
    expect(enhance('step-through', (root) => started.push(root.id), scope)).toBe(2);
    expect(scope.asked).toEqual(['[data-step-through]']);
    expect(started).toEqual(['first', 'second']);
  });

  it('marks each root data-<name>-init, so a second call starts none', () => {
    const roots = [fakeRoot('first'), fakeRoot('second')];
    const scope = fakeScope(roots);
    const setUp = vi.fn();
    enhance('step-through', setUp, scope);
    for (const root of roots) expect(root.hasAttribute('data-step-through-init')).toBe(true);
    expect(enhance('step-through', setUp, scope)).toBe(0);
    expect(setUp).toHaveBeenCalledTimes(2);
  });

  it('still starts the others when one fails, and reports the failure', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const roots = [fakeRoot('broken'), fakeRoot('fine')];
    const started: string[] = [];
    const count = enhance(
      'glossary-terms',
      (root) => {
        if (root.id === 'broken') throw new Error('no list inside');
        started.push(root.id);
      },
      fakeScope(roots),
    );
    expect(count).toBe(1);
    expect(started).toEqual(['fine']);
    expect(error).toHaveBeenCalledWith('Could not start glossary-terms:', expect.any(Error));
  });
});
