import { describe, expect, it } from 'vitest';
import { addressesToRegister, mergeIntoRegister, readRegister } from './published-urls.ts';

describe('the published-URL register', () => {
  it('adds new addresses in order and never removes one', () => {
    const first = mergeIntoRegister('', ['/vip/', '/about/', '/about/']);
    expect(first.added).toEqual(['/about/', '/vip/']);
    expect(readRegister(first.text)).toEqual(['/about/', '/vip/']);
    const second = mergeIntoRegister(first.text, ['/services/']);
    expect(second.added).toEqual(['/services/']);
    expect(readRegister(second.text)).toEqual(['/about/', '/services/', '/vip/']);
    expect(mergeIntoRegister(second.text, []).added).toEqual([]);
  });

  it('keeps each group of services’ first page, but not its later pages, which go when the directory shrinks', () => {
    expect(
      addressesToRegister(['/services/', '/services/in/national/', '/services/in/national/2/', '/services/hub/']),
    ).toEqual(['/services/', '/services/in/national/', '/services/hub/']);
  });
});
