/**
 * Where content lives. Tests point VF_CONTENT_DIR at fixtures to prove that
 * broken content fails the build; everyone else uses ./content.
 */
export function contentDirectory(): string {
  return process.env.VF_CONTENT_DIR ?? './content';
}
