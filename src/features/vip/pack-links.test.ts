import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { packLink, qrCodeSvg, shortAddress } from './pack-links.ts';

describe('pack links', () => {
  it('are the section’s full address, with no tracking parameters', () => {
    expect(packLink('https://www.victims-first.org.uk', 'burglary')).toBe(
      'https://www.victims-first.org.uk/vip/burglary/',
    );
    expect(packLink('https://www.victims-first.org.uk/', 'after-reporting')).toBe(
      'https://www.victims-first.org.uk/vip/after-reporting/',
    );
  });

  it('print short, without https or a final slash, and with the host exactly as the site has it', () => {
    expect(shortAddress('https://www.victims-first.org.uk', 'burglary')).toBe('www.victims-first.org.uk/vip/burglary');
    expect(shortAddress('https://victims.example.org', 'fraud')).toBe('victims.example.org/vip/fraud');
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
