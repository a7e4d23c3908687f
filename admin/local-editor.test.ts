import { describe, expect, it } from 'vitest';
import { DEFAULT_EDITOR_PORTS, editorPorts, localBackendOrigin } from './local-editor.ts';

describe('the ports for editing on a workstation', () => {
  it('are 4321 for the site and 8081 for decap-server unless set', () => {
    expect(editorPorts({})).toEqual({ site: 4321, proxy: 8081 });
    expect(editorPorts({ CMS_PORT: '', CMS_PROXY_PORT: ' ' })).toEqual(DEFAULT_EDITOR_PORTS);
  });

  it('come from CMS_PORT and CMS_PROXY_PORT, and ignore PORT (npm start’s)', () => {
    expect(editorPorts({ CMS_PORT: '4330', CMS_PROXY_PORT: '9081', PORT: '8080' })).toEqual({
      site: 4330,
      proxy: 9081,
    });
  });

  it('refuse anything but a port number, saying which setting and what to write', () => {
    expect(() => editorPorts({ CMS_PORT: 'abc' })).toThrow(
      'CMS_PORT must be a port number from 1 to 65535, for example 4330, not "abc".',
    );
    expect(() => editorPorts({ CMS_PROXY_PORT: '70000' })).toThrow(
      'CMS_PROXY_PORT must be a port number from 1 to 65535, for example 8090, not "70000".',
    );
    for (const wrong of ['0', '80.5', '-1', '4321x', '1e3'])
      expect(() => editorPorts({ CMS_PORT: wrong }), wrong).toThrow(/^CMS_PORT must be a port number/);
  });

  it('refuse the same port for both', () => {
    expect(() => editorPorts({ CMS_PORT: '8081' })).toThrow(
      'CMS_PORT and CMS_PROXY_PORT must be different ports: both are 8081.',
    );
  });

  it('name decap-server’s address the way the editor and its security policy use it', () => {
    expect(localBackendOrigin(9081)).toBe('http://localhost:9081');
  });
});
