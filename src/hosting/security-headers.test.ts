import { describe, expect, it } from 'vitest';
import {
  adminContentSecurityPolicy,
  contentSecurityPolicy,
  headersFile,
  headersForPath,
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

  it('writes headers for static hosts so that no path gets two policies', () => {
    const file = headersFile(withCms, ['index.html', 'about', 'admin', '_astro', 'robots.txt', '_headers']);
    const rules = new Map<string, string[]>();
    let current = '';
    for (const line of file.split('\n')) {
      if (line.startsWith('/')) rules.set((current = line), []);
      else if (line.startsWith('  ')) rules.get(current)!.push(line.trim());
    }
    const policyFor = (path: string) => rules.get(path)?.find((line) => line.startsWith('Content-Security-Policy:'));
    expect(policyFor('/')).toBe(`Content-Security-Policy: ${contentSecurityPolicy(withCms)}`);
    expect(policyFor('/about/*')).toBe(`Content-Security-Policy: ${contentSecurityPolicy(withCms)}`);
    expect(policyFor('/_astro/*')).toBeDefined();
    expect(policyFor('/robots.txt')).toBeDefined();
    expect(policyFor('/admin/*')).toBe(`Content-Security-Policy: ${adminContentSecurityPolicy(withCms)}`);
    expect(policyFor('/admin')).toBeDefined();
    expect(policyFor('/*')).toBeUndefined();
    expect([...rules.keys()].filter((path) => path.startsWith('/admin'))).toEqual(['/admin', '/admin/*']);
    expect(rules.get('/*')).toContain('Referrer-Policy: no-referrer');
    expect(file).not.toContain('/_headers');
  });
});
