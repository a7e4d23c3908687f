/**
 * Brotli and gzip copies of the built site's text files, made once at build time: `npm start` sends them to browsers
 * that accept them (so compressing costs nothing per request), and a static host can do the same (nginx
 * `brotli_static` / `gzip_static`, Caddy `precompressed`). A copy is kept only when it is smaller than the file.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Files worth compressing: text. Images, fonts, wasm and Pagefind's own index files are compressed already. */
const TEXT_FILE = /\.(html|css|js|mjs|json|xml|svg|txt|webmanifest)$/;

/** The encodings made, with the file ending each copy gets, as @fastify/static and nginx look for them. */
export const ENCODINGS = [
  { encoding: 'br', ending: '.br' },
  { encoding: 'gzip', ending: '.gz' },
] as const;

export function shouldCompress(file: string): boolean {
  return TEXT_FILE.test(file);
}

/**
 * Brotli quality 10 for what visitors download: within 2% of the best (11) at a third of the time, which keeps the
 * build quick. The content editor's 5 MB bundle, for staff, gets a quicker setting.
 */
async function compressed(bytes: Buffer, encoding: 'br' | 'gzip'): Promise<Buffer> {
  const large = bytes.length > 1_000_000;
  if (encoding === 'gzip') return gzipped(bytes, { level: 9 });
  return brotli(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: large ? 5 : 10,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });
}

export interface CompressionSummary {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/** Writes `<file>.br` and `<file>.gz` beside each text file under `folder`. */
export async function precompressFolder(folder: string): Promise<CompressionSummary> {
  const files = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && shouldCompress(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
  const summary: CompressionSummary = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  // zlib works on libuv's thread pool; a few files at a time keep every core busy without holding the site in memory.
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const bytes = await readFile(file);
      summary.files += 1;
      summary.bytes += bytes.length;
      for (const { encoding, ending } of ENCODINGS) {
        const copy = await compressed(bytes, encoding);
        const kept = copy.length < bytes.length ? copy : bytes;
        if (copy.length < bytes.length) await writeFile(file + ending, copy);
        if (encoding === 'br') summary.brotliBytes += kept.length;
        else summary.gzipBytes += kept.length;
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return summary;
}
