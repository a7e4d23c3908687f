import { describe, expect, it } from 'vitest';
import {
  canonicalAddressFinder,
  capitalisationRedirects,
  commonCapitalisations,
  withQuery,
} from './canonical-address.ts';

const pages = ['/', '/vip/', '/vip/burglary/', '/vip/after-reporting/', '/pl/vip/', '/pl/vip/after-reporting/'];
const redirects = [
  { from: '/vip/scams/', to: '/vip/fraud/' },
  { from: '/vip/scams', to: '/vip/fraud/' },
  { from: '/help-after-crime/', to: '/services/' },
];
// The build also leaves a page at each old address (/vip/scams/), which sends people on without JavaScript.
const find = canonicalAddressFinder([...pages, '/vip/fraud/', '/vip/scams/', '/services/', '/feed.xml'], redirects);

describe('the address a capitalised address stands for', () => {
  it('is the page, whatever the capitals, with or without the final slash', () => {
    for (const typed of ['/VIP/burglary/', '/vip/Burglary/', '/Vip/burglary/', '/VIP/BURGLARY', '/vIp/bUrGlArY/'])
      expect(find(typed), typed).toBe('/vip/burglary/');
    expect(find('/VIP')).toBe('/vip/');
    expect(find('/Vip/After-Reporting')).toBe('/vip/after-reporting/');
  });

  it('is the translated page for a translated address', () => {
    expect(find('/PL/VIP/after-reporting/')).toBe('/pl/vip/after-reporting/');
    expect(find('/pl/Vip/')).toBe('/pl/vip/');
  });

  it('is where a redirect leads, in one step, for an old address in any capitals', () => {
    expect(find('/VIP/SCAMS/')).toBe('/vip/fraud/');
    expect(find('/vip/Scams')).toBe('/vip/fraud/');
    expect(find('/Help-After-Crime/')).toBe('/services/');
    // The old address as written is sent on too, so one rule serves both.
    expect(find('/vip/scams/')).toBe('/vip/fraud/');
  });

  it('covers published files as well as pages', () => {
    expect(find('/Feed.xml')).toBe('/feed.xml');
    expect(find('/feed.xml')).toBeUndefined();
  });

  it('is nothing for an address already right, or one the site does not have', () => {
    expect(find('/vip/burglary/')).toBeUndefined();
    expect(find('/')).toBeUndefined();
    expect(find('/VIP/no-such-section/')).toBeUndefined();
    expect(find('/vip/burglary/extra/')).toBeUndefined();
  });

  it('never touches build assets or the search index', () => {
    const withAssets = canonicalAddressFinder(['/_astro/', '/pagefind/', '/_astro/site.css'], []);
    for (const path of ['/_ASTRO/', '/_astro/Site.css', '/Pagefind/', '/PAGEFIND/pagefind.js'])
      expect(withAssets(path), path).toBeUndefined();
  });

  it('guesses nothing when two addresses differ only in case', () => {
    const clash = canonicalAddressFinder(['/about/', '/About/'], []);
    expect(clash('/ABOUT/')).toBeUndefined();
  });

  it('keeps the query string', () => {
    expect(withQuery('/vip/fraud/', '/VIP/Fraud/?from=leaflet&x=1')).toBe('/vip/fraud/?from=leaflet&x=1');
    expect(withQuery('/vip/fraud/', '/VIP/Fraud/')).toBe('/vip/fraud/');
  });
});

describe('the capitalisations written for static hosts', () => {
  it('are each part in lower case, capitalised or in capitals, leaving out the address itself', () => {
    expect(commonCapitalisations('/vip/')).toEqual(['/Vip/', '/VIP/']);
    const forms = commonCapitalisations('/vip/burglary/');
    expect(forms).toHaveLength(8);
    expect(forms).toEqual(
      expect.arrayContaining([
        '/VIP/burglary/',
        '/vip/Burglary/',
        '/Vip/burglary/',
        '/Vip/Burglary/',
        '/VIP/BURGLARY/',
      ]),
    );
    expect(forms).not.toContain('/vip/burglary/');
    expect(commonCapitalisations('/')).toEqual([]);
  });

  it('lead straight to where the address leads, never repeating an address or a redirect', () => {
    const lines = capitalisationRedirects(['/vip/', '/vip/fraud/', '/vip/scams/'], redirects);
    expect(lines).toContainEqual({ from: '/VIP/', to: '/vip/' });
    expect(lines).toContainEqual({ from: '/VIP/FRAUD/', to: '/vip/fraud/' });
    expect(lines).toContainEqual({ from: '/Vip/Scams/', to: '/vip/fraud/' });
    const froms = lines.map((line) => line.from);
    expect(new Set(froms).size).toBe(froms.length);
  });
});
