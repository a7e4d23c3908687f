/**
 * Editing on a workstation: where `npm run cms` serves the site with the
 * editor (CMS_PORT) and where decap-server, which reads and writes content/
 * for it, listens (CMS_PROXY_PORT). Both have defaults, and a wrong value
 * stops the command with a sentence saying what to write instead.
 */

/** The defaults: Astro's usual port, and decap-server's. */
export const DEFAULT_EDITOR_PORTS = { site: 4321, proxy: 8081 } as const;

export interface EditorPorts {
  /** Where `npm run cms` serves the site, with the editor at /admin/ (CMS_PORT). */
  site: number;
  /** Where decap-server listens (CMS_PROXY_PORT); the editor's page is built knowing it. */
  proxy: number;
}

function portFrom(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new Error(`${name} must be a port number from 1 to 65535, for example ${fallback + 9}, not "${raw}".`);
  }
  return port;
}

/** The ports for editing on this computer, from CMS_PORT and CMS_PROXY_PORT; throws a readable error. */
export function editorPorts(env: Record<string, string | undefined>): EditorPorts {
  const ports = {
    site: portFrom(env, 'CMS_PORT', DEFAULT_EDITOR_PORTS.site),
    proxy: portFrom(env, 'CMS_PROXY_PORT', DEFAULT_EDITOR_PORTS.proxy),
  };
  if (ports.site === ports.proxy) {
    throw new Error(
      `CMS_PORT and CMS_PROXY_PORT must be different ports: both are ${ports.site}. The site and decap-server each need their own.`,
    );
  }
  return ports;
}

/** The address decap-server answers on, as the editor's local_backend setting and security policy name it. */
export function localBackendOrigin(proxyPort: number): string {
  return `http://localhost:${proxyPort}`;
}
