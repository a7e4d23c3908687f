/**
 * For the schema tests beside this file: a parse result's issues as "path: message" lines, the way the
 * comms team reads them, so a test can pin the exact words.
 */
export function messages(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}): string[] {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
