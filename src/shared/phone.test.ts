import { describe, expect, it } from 'vitest';
import { smsHref, telHref } from './phone.ts';

describe('phone links', () => {
  it('makes tel: and sms: links without spaces', () => {
    expect(telHref('0300 1234 148')).toBe('tel:03001234148');
    expect(telHref('+44 300 1234 148')).toBe('tel:+443001234148');
    expect(smsHref('85258')).toBe('sms:85258');
  });
});
