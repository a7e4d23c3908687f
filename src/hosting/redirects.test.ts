import { describe, expect, it } from 'vitest';
import { astroRedirects, parseRedirectsFile, redirectsFile, vipRedirects } from './redirects.ts';

describe('redirect files', () => {
  it('lead each pack alias and former code to its section, with and without the final slash', () => {
    const redirects = vipRedirects([{ code: 'fraud', aliases: ['scams'], formerCodes: ['fraud-and-scams'] }]);
    expect(redirects).toEqual([
      { from: '/vip/scams/', to: '/vip/fraud/' },
      { from: '/vip/fraud-and-scams/', to: '/vip/fraud/' },
    ]);
    const file = redirectsFile(redirects);
    expect(file).toContain('/vip/scams/ /vip/fraud/ 301\n/vip/scams /vip/fraud/ 301');
    expect(parseRedirectsFile(file).get('/vip/scams')).toBe('/vip/fraud/');
    expect(parseRedirectsFile(file).has('#')).toBe(false);
    expect(astroRedirects(redirects)).toEqual({ '/vip/scams': '/vip/fraud/', '/vip/fraud-and-scams': '/vip/fraud/' });
  });
});
