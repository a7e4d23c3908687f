import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { globSync, readFileSync } from 'node:fs';
import { readData } from '../../content-model/guard.ts';
import { vipEntrySchema } from '../../content-model/schemas/vip-entry.ts';
import { readSettingsFile } from '../../content-model/settings-file.ts';
import {
  packLink,
  qrCodeSvg,
  shortAddress,
  shortAddressMarkup,
  shortAddressParts,
  textMessageHref,
  textMessage,
} from './pack-links.ts';

describe('pack links', () => {
  it('are the section’s full address, with no tracking parameters', () => {
    expect(packLink('https://www.victims-first.org.uk', 'burglary')).toBe(
      'https://www.victims-first.org.uk/vip/burglary/',
    );
    expect(packLink('https://www.victims-first.org.uk/', 'after-reporting')).toBe(
      'https://www.victims-first.org.uk/vip/after-reporting/',
    );
  });

  it('lead to the whole pack when no section is named', () => {
    expect(packLink('https://www.victims-first.org.uk')).toBe('https://www.victims-first.org.uk/vip/');
    expect(shortAddress('https://www.victims-first.org.uk')).toBe('www.victims-first.org.uk/vip');
  });

  it('print short, without https or a final slash, and with the host exactly as the site has it', () => {
    expect(shortAddress('https://www.victims-first.org.uk', 'burglary')).toBe('www.victims-first.org.uk/vip/burglary');
    expect(shortAddress('https://victims.example.org', 'fraud')).toBe('victims.example.org/vip/fraud');
  });

  it('may break only after the host, never inside a word', () => {
    expect(shortAddressParts('https://www.victims-first.org.uk', 'after-reporting')).toEqual([
      'www.victims-first.org.uk/',
      'vip/after-reporting',
    ]);
    expect(shortAddressParts('https://www.victims-first.org.uk')).toEqual(['www.victims-first.org.uk/', 'vip']);
    expect(shortAddressMarkup('https://www.victims-first.org.uk', 'vps', 'big').text).toBe(
      '<span class="short-address big"><span class="short-address__part">www.victims-first.org.uk/</span><wbr>' +
        '<span class="short-address__part">vip/vps</span></span>',
    );
  });

  it('go by text message with who they are from and what they are about, and nothing about the person', () => {
    const link = 'https://www.victims-first.org.uk/vip/burglary/';
    expect(textMessage({ title: 'If your home has been burgled', neutral: false, link })).toBe(
      `Information from Victims First. If your home has been burgled: ${link}`,
    );
    // A section kept neutral in previews is not named in the text either.
    const abuse = 'https://www.victims-first.org.uk/vip/domestic-abuse/';
    expect(textMessage({ title: 'If you are experiencing domestic abuse', neutral: true, link: abuse })).toBe(
      `Information from Victims First: ${abuse}`,
    );
    expect(textMessage({ title: 'Your child’s “rights”', neutral: false, link })).toContain(`Your child's "rights"`);
  });

  it('open the phone’s messages app with the message written and no number', () => {
    const href = textMessageHref('Information from Victims First: https://www.victims-first.org.uk/vip/ & more?');
    expect(href).toBe(
      'sms:?&body=Information%20from%20Victims%20First%3A%20https%3A%2F%2Fwww.victims-first.org.uk%2Fvip%2F%20%26%20more%3F',
    );
    expect(decodeURIComponent(href.slice('sms:?&body='.length))).toContain('https://www.victims-first.org.uk/vip/');
  });

  it('for every section of the pack, fit in one plain text message', () => {
    // GSM 7-bit letters, digits and common punctuation: one text holds 160 of them.
    const plain = /^[A-Za-z0-9 .,:;'"!?()\/&%+=_@£$¥èéùìòÇØøÅåÄäÖöÑñÜü§¿¡-]*$/;
    const { siteUrl } = readSettingsFile();
    for (const file of globSync('content/vip/en/*.md')) {
      const section = vipEntrySchema.parse(readData(readFileSync(file, 'utf8'), file));
      const message = textMessage({
        title: section.title,
        neutral: section.neutralPreview,
        link: packLink(siteUrl, section.code),
      });
      expect(message, file).toMatch(plain);
      expect(message.length, file).toBeLessThanOrEqual(160);
    }
  });

  it('make an SVG QR code hidden from screen readers, with no script or style in it', async () => {
    const svg = await qrCodeSvg('https://www.victims-first.org.uk/vip/burglary/');
    expect(svg).toMatch(/^<svg aria-hidden="true" focusable="false" /);
    expect(svg).not.toMatch(/<script|style=|<style/);
  });

  it('encode exactly the link: the same modules decode back to it', async () => {
    const link = 'https://www.victims-first.org.uk/vip/domestic-abuse/';
    // Draw the same code as pixels and read it with an independent decoder.
    const code = QRCode.create(link, { errorCorrectionLevel: 'M' });
    const size = code.modules.size;
    const scale = 4;
    const margin = 4;
    const width = (size + margin * 2) * scale;
    const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
    for (let y = 0; y < size; y += 1)
      for (let x = 0; x < size; x += 1)
        if (code.modules.get(y, x))
          for (let dy = 0; dy < scale; dy += 1)
            for (let dx = 0; dx < scale; dx += 1) {
              const at = (((y + margin) * scale + dy) * width + (x + margin) * scale + dx) * 4;
              pixels[at] = pixels[at + 1] = pixels[at + 2] = 0;
            }
    expect(jsQR(pixels, width, width)?.data).toBe(link);
  });
});
