/** Canonical JSON: the same referral always gives the same text, so the same answers hash. */
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './referral-store.ts';

describe('canonical JSON', () => {
  it('gives the same text for the same referral, whatever order its answers came in', () => {
    expect(canonicalJson({ name: 'Sam', crimeTypes: ['fraud', 'burglary'], nested: { b: 1, a: 2 } })).toBe(
      canonicalJson({ nested: { a: 2, b: 1 }, crimeTypes: ['fraud', 'burglary'], name: 'Sam' }),
    );
    // Lists keep their order: it is part of the answer.
    expect(canonicalJson({ crimeTypes: ['fraud', 'burglary'] })).not.toBe(
      canonicalJson({ crimeTypes: ['burglary', 'fraud'] }),
    );
  });
});
