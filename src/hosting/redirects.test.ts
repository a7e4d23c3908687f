import { describe, expect, it } from 'vitest';
import { capitalisationRedirects } from './canonical-address.ts';
import {
  astroRedirects,
  parseRedirectsFile,
  readPrintedPackAddresses,
  readRedirects,
  redirectsFile,
  vipRedirects,
} from './redirects.ts';

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

  it('list the capitalised pack addresses after the old addresses, with and without the final slash', () => {
    const redirects = [{ from: '/vip/scams/', to: '/vip/fraud/' }];
    const file = redirectsFile(redirects, capitalisationRedirects(['/vip/fraud/', '/vip/scams/'], redirects));
    expect(file).toContain('\n/VIP/Fraud/ /vip/fraud/ 301\n/VIP/Fraud /vip/fraud/ 301\n');
    expect(file).toContain('\n/Vip/SCAMS /vip/fraud/ 301\n');
    expect(file.indexOf('/vip/scams/ /vip/fraud/')).toBeLessThan(file.indexOf('/VIP/Fraud/'));
  });

  it('for the site’s own content, every printed pack address in capitals, within what static hosts accept', () => {
    const redirects = readRedirects();
    const printed = readPrintedPackAddresses();
    expect(printed).toEqual(expect.arrayContaining(['/vip/', '/vip/burglary/', '/vip/after-reporting/']));
    const file = redirectsFile(redirects, capitalisationRedirects(printed, redirects));
    const rules = file.split('\n').filter((line) => line.startsWith('/'));
    for (const typed of ['/VIP/burglary/', '/vip/Burglary/', '/Vip/burglary/', '/VIP/BURGLARY'])
      expect(rules).toContain(`${typed} /vip/burglary/ 301`);
    // Each address once (hosts disagree on which of two rules wins), and within Cloudflare Pages' 2,000 rules.
    const froms = rules.map((rule) => rule.split(' ')[0]);
    expect(new Set(froms).size).toBe(froms.length);
    expect(rules.length).toBeLessThanOrEqual(2000);
  });
});
