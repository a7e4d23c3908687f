/**
 * The links officers share for the Victims Information Pack: the full
 * address a QR code and a text message carry, and the short form printed in
 * large type. No tracking parameters, ever: a victim's link says nothing
 * about them.
 */
import QRCode from 'qrcode';
import { html, type Markup } from '../../shared/html.ts';

/** What the link preview of a sensitive section says instead of its title: nothing about the topic. */
export const NEUTRAL_PREVIEW = {
  title: 'Information from Victims First',
  description: 'Information and support for victims and witnesses of crime in Thames Valley.',
};

/** The pack's path: /vip/burglary/ for a section, /vip/ for the whole pack. */
function packPath(code?: string): string {
  return code ? `/vip/${code}/` : '/vip/';
}

/** https://www.victims-first.org.uk/vip/burglary/, or https://www.victims-first.org.uk/vip/ for the whole pack. */
export function packLink(siteUrl: string, code?: string): string {
  return new URL(packPath(code), siteUrl).href;
}

/**
 * www.victims-first.org.uk/vip/burglary: what people type, with no
 * "https://" or final slash. The host is kept exactly as the site's address
 * has it, "www." included, so what is printed is what the site says its
 * genuine links look like.
 */
export function shortAddress(siteUrl: string, code?: string): string {
  return shortAddressParts(siteUrl, code).join('');
}

/**
 * The short address in the two parts it may be broken into when it does not fit on one line: the host with its
 * "/", and the pack's path. Nothing else may break, or "vip/after-reporting" is printed as "vip/aft er-reporting".
 */
export function shortAddressParts(siteUrl: string, code?: string): [string, string] {
  return [`${new URL(siteUrl).host}/`, packPath(code).slice(1, -1)];
}

/**
 * The short address as markup that breaks only between its two parts: each part kept on one line, a <wbr>
 * between them, and no space anywhere (a line break in a template would print as one).
 */
export function shortAddressMarkup(siteUrl: string, code?: string, className?: string): Markup {
  const [host, pack] = shortAddressParts(siteUrl, code);
  const classes = ['short-address', className].filter(Boolean).join(' ');
  return html`<span class="${classes}"><span class="short-address__part">${host}</span><wbr><span class="short-address__part">${pack}</span></span>`;
}

/**
 * What a text message with a pack link says: who it is from, what it is about (nothing, for a section whose
 * preview is kept neutral), and the link. Nothing about the person it is sent to. Plain characters only (curly
 * quotes made straight), so it stays one text of up to 160 characters rather than a costlier Unicode one.
 */
export function textMessage({ title, neutral, link }: { title: string; neutral: boolean; link: string }): string {
  if (neutral) return `${NEUTRAL_PREVIEW.title}: ${link}`;
  return `${NEUTRAL_PREVIEW.title}. ${title.replace(/[‘’]/g, "'").replace(/[“”]/g, '"')}: ${link}`;
}

/**
 * An sms: link that opens the phone's messages app with the message written and no number chosen.
 * "sms:?&body=" is the form both Android (which reads "?body=") and iPhones (which read "&body=") fill in.
 */
export function textMessageHref(message: string): string {
  return `sms:?&body=${encodeURIComponent(message)}`;
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
