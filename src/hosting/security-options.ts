/**
 * What the security headers depend on in this project: where the referral
 * form posts (settings), and which Git host the content editor uses
 * (environment). Shared by the build's _headers file and the local server.
 */
import { backendOrigins, gitBackendFromEnvironment, LOCAL_BACKEND_PORT } from '../../admin/config.ts';
import type { SecurityHeaderOptions } from './security-headers.ts';
import { readSettingsFile } from '../content-model/settings-file.ts';

export function projectSecurityOptions(env: Record<string, string | undefined> = process.env): SecurityHeaderOptions {
  return {
    referralEndpoint: readSettingsFile().referral.endpoint,
    cmsOrigins: backendOrigins(gitBackendFromEnvironment(env)),
    cmsLocalBackend: `http://localhost:${LOCAL_BACKEND_PORT}`,
  };
}
