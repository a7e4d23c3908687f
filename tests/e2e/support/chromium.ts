/** Debian's Chromium: Playwright cannot download its own browsers on this network. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}
