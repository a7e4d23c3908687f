/**
 * What the security headers depend on in this project: where the referral
 * form posts (settings), and which Git host the content editor uses
 * (environment). Shared by the build's _headers file and the local server.
 */
import { backendOrigins, gitBackendFromEnvironment } from '../../admin/config.ts';
import { editorPorts, localBackendOrigin } from '../../admin/local-editor.ts';
import type { SecurityHeaderOptions } from './security-headers.ts';
import { readSettingsFile } from '../content-model/settings-file.ts';

export function projectSecurityOptions(env: Record<string, string | undefined> = process.env): SecurityHeaderOptions {
  return {
    referralEndpoint: readSettingsFile().referral.endpoint,
    cmsOrigins: backendOrigins(gitBackendFromEnvironment(env)),
    cmsLocalBackend: localBackendOrigin(editorPorts(env).proxy),
  };
}
