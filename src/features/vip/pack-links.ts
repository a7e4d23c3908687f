/**
 * The links officers share for the Victims Information Pack: the full
 * address a QR code and a text message carry, and the short form printed in
 * large type. No tracking parameters, ever: a victim's link says nothing
 * about them.
 */
import QRCode from 'qrcode';

/** What the link preview of a sensitive section says instead of its title: nothing about the topic. */
export const NEUTRAL_PREVIEW = {
  title: 'Information from Victims First',
  description: 'Information and support for victims and witnesses of crime in Thames Valley.',
};

/** https://www.victims-first.org.uk/vip/burglary/ */
export function packLink(siteUrl: string, code: string): string {
  return new URL(`/vip/${code}/`, siteUrl).href;
}

/**
 * www.victims-first.org.uk/vip/burglary: what people type, with no
 * "https://" or final slash. The host is kept exactly as the site's address
 * has it, "www." included, so what is printed is what the site says its
 * genuine links look like.
 */
export function shortAddress(siteUrl: string, code: string): string {
  return `${new URL(siteUrl).host}/vip/${code}`;
}

/**
 * A QR code for a link, as SVG markup: black on white with the quiet zone
 * scanners need, and error correction level M, which survives a crease or a
 * smudge on a printed sheet.
 */
export async function qrCodeSvg(link: string): Promise<string> {
  const svg = await QRCode.toString(link, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
  // Decorative to assistive technology: the page names the code beside it.
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
