/**
 * How /admin/ starts: the editor over decap-server when `npm run cms` runs it
 * on this computer, the editor over the Git host when the live site has one,
 * and otherwise a calm page that says what is missing, never Decap's raw
 * "Error loading the CMS configuration".
 */

export type EditorStart =
  /** decap-server answered: edit the files in content/ on this computer. */
  | 'local'
  /** Save to the Git host the site was built for. */
  | 'git-host'
  /** On this computer, but decap-server is not running (the site was opened with npm start, say). */
  | 'explain-local'
  /** On a live site built without a Git host to save to. */
  | 'explain-live';

export interface EditorSituation {
  /** The page was opened at localhost or 127.0.0.1. */
  onWorkstation: boolean;
  /** The site was built knowing its Git host (CMS_REPO, or git-gateway). */
  gitHostConfigured: boolean;
  /** decap-server answered on this computer. */
  localBackendAnswers: boolean;
}

/** Which editor to start, or which explanation to show. */
export function chooseEditorStart({
  onWorkstation,
  gitHostConfigured,
  localBackendAnswers,
}: EditorSituation): EditorStart {
  if (onWorkstation && localBackendAnswers) return 'local';
  if (gitHostConfigured) return 'git-host';
  return onWorkstation ? 'explain-local' : 'explain-live';
}

/**
 * Whether decap-server answers at its API address, asked the way Decap asks ("info"). Anything else (nothing
 * listening, another program on the port, no answer within the time) is "no".
 */
export async function localBackendAnswers(
  apiUrl: string,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = 3000,
): Promise<boolean> {
  try {
    const response = await fetchImpl(apiUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) return false;
    const info = (await response.json()) as { repo?: unknown; type?: unknown };
    return typeof info.repo === 'string' && typeof info.type === 'string';
  } catch {
    return false;
  }
}
