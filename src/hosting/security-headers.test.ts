import { describe, expect, it } from 'vitest';
import {
  adminContentSecurityPolicy,
  contentSecurityPolicy,
  headersFile,
  headersForPath,
  hubContentSecurityPolicy,
  securityHeaders,
} from './security-headers.ts';

const withCms = {
  referralEndpoint: '/api/referrals',
  cmsOrigins: ['https://api.github.com'],
  cmsLocalBackend: 'http://localhost:8081',
};

describe('security headers', () => {
  const headers = securityHeaders({ referralEndpoint: '/api/referrals' });

  it('sends a strict policy with no inline code and no other hosts', () => {
    const csp = headers['Content-Security-Policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:/);
  });

  it('sends no referrer and the other protective headers', () => {
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Permissions-Policy']).toContain('geolocation=()');
  });

  it('lets the form post to the intake when it lives on another host', () => {
    const external = contentSecurityPolicy({ referralEndpoint: 'https://intake.example.org/referrals' });
    expect(external).toContain("form-action 'self' https://intake.example.org;");
    expect(external).toContain("connect-src 'self' https://intake.example.org;");
    expect(headersForPath('/api/referrals', withCms)['Cache-Control']).toBe('no-store');
  });

  it('gives the content editor its own policy, and public pages never get it', () => {
    expect(headersForPath('/admin/', withCms)['Content-Security-Policy']).toBe(adminContentSecurityPolicy(withCms));
    expect(headersForPath('/admin', withCms)['Content-Security-Policy']).toBe(adminContentSecurityPolicy(withCms));
    expect(headersForPath('/administration-of-justice/', withCms)['Content-Security-Policy']).toBe(
      contentSecurityPolicy(withCms),
    );
    expect(headersForPath('/', withCms)['Content-Security-Policy']).toBe(contentSecurityPolicy(withCms));
    const admin = adminContentSecurityPolicy(withCms);
    expect(admin).toContain("connect-src 'self' http://localhost:8081 https://api.github.com");
    expect(admin).toContain("frame-ancestors 'none'");
    expect(admin).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(headersForPath('/admin/', withCms)['X-Robots-Tag']).toBe('noindex, nofollow');
  });

  it('gives the hub page the strictest policy: its own script and styles, and requests to this site only', () => {
    const hub = headersForPath('/hub/', withCms);
    expect(hub['Content-Security-Policy']).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
    );
    expect(hub['X-Robots-Tag']).toBe('noindex, nofollow');
    expect(hub['Cache-Control']).toBe('no-store');
    expect(hub['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(hub['Referrer-Policy']).toBe('no-referrer');
    expect(headersForPath('/hub', withCms)).toEqual(hub);
    expect(headersForPath('/hub/index.html', withCms)).toEqual(hub);
    // Public pages whose address only starts like the hub's keep the public policy, and the hub never gets it.
    expect(headersForPath('/hubs-near-you/', withCms)['Content-Security-Policy']).toBe(contentSecurityPolicy(withCms));
    expect(headersForPath('/', withCms)['X-Robots-Tag']).toBeUndefined();
  });

  it('lets the hub page reach the intake on another host, and nothing else there', () => {
    const external = hubContentSecurityPolicy({ referralEndpoint: 'https://intake.example.org/api/referrals' });
    expect(external).toContain("connect-src 'self' https://intake.example.org;");
    expect(external).toContain("form-action 'none'");
    expect(external.match(/https:/g)).toHaveLength(1);
  });

  it('writes headers for static hosts so that no path gets two policies', () => {
    const file = headersFile(withCms, ['index.html', 'about', 'admin', 'hub', '_astro', 'robots.txt', '_headers']);
    // Every rule in order, a path given twice included: hosts apply them all.
    const ruleList: { path: string; headers: string[] }[] = [];
    for (const line of file.split('\n')) {
      if (line.startsWith('/')) ruleList.push({ path: line, headers: [] });
      else if (line.startsWith('  ')) ruleList.at(-1)!.headers.push(line.trim());
    }
    const rules = new Map(ruleList.map((rule) => [rule.path, rule.headers]));
    const policyFor = (path: string) => rules.get(path)?.find((line) => line.startsWith('Content-Security-Policy:'));
    expect(policyFor('/')).toBe(`Content-Security-Policy: ${contentSecurityPolicy(withCms)}`);
    expect(policyFor('/about/*')).toBe(`Content-Security-Policy: ${contentSecurityPolicy(withCms)}`);
    expect(policyFor('/_astro/*')).toBeDefined();
    expect(policyFor('/robots.txt')).toBeDefined();
    expect(policyFor('/admin/*')).toBe(`Content-Security-Policy: ${adminContentSecurityPolicy(withCms)}`);
    expect(policyFor('/admin')).toBeDefined();
    expect(policyFor('/*')).toBeUndefined();
    expect([...rules.keys()].filter((path) => path.startsWith('/admin'))).toEqual(['/admin', '/admin/*']);
    expect(policyFor('/hub/*')).toBe(`Content-Security-Policy: ${hubContentSecurityPolicy(withCms)}`);
    expect(policyFor('/hub')).toBe(`Content-Security-Policy: ${hubContentSecurityPolicy(withCms)}`);
    expect(rules.get('/hub/*')).toContain('X-Robots-Tag: noindex, nofollow');
    expect(rules.get('/hub/*')).toContain('Cache-Control: no-store');
    // As hosts match rules ("/x" exactly, "/x/*" anything below): every page gets exactly one policy.
    const matches = (rule: string, path: string) =>
      rule.endsWith('/*') ? path.startsWith(rule.slice(0, -1)) : rule === path;
    const policiesFor = (path: string) =>
      ruleList
        .filter((rule) => matches(rule.path, path))
        .flatMap((rule) => rule.headers.filter((line) => line.startsWith('Content-Security-Policy:')));
    expect(policiesFor('/hub/')).toEqual([`Content-Security-Policy: ${hubContentSecurityPolicy(withCms)}`]);
    expect(policiesFor('/hub/index.html')).toHaveLength(1);
    expect(policiesFor('/admin/')).toEqual([`Content-Security-Policy: ${adminContentSecurityPolicy(withCms)}`]);
    expect(policiesFor('/about/')).toEqual([`Content-Security-Policy: ${contentSecurityPolicy(withCms)}`]);
    expect(policiesFor('/')).toEqual([`Content-Security-Policy: ${contentSecurityPolicy(withCms)}`]);
    expect(rules.get('/*')).toContain('Referrer-Policy: no-referrer');
    expect(file).not.toContain('/_headers');
  });
});
