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
 * Brotli settings by what a file is. Scripts and stylesheets are few, shared by every page and cached, so they get
 * quality 10 (within 2% of the best, at a third of its time). Pages are many, each fetched fresh: quality 6 leaves
 * them 8% larger than quality 10 at a twentieth of the time, which keeps a 10,000-page build from spending minutes
 * here. The content editor's 5 MB bundle, for staff, gets a quick setting.
 */
export function brotliQuality(file: string, bytes: number): number {
  if (bytes > 1_000_000) return 5;
  return /\.(css|js|mjs)$/.test(file) ? 10 : 6;
}

async function compressed(file: string, bytes: Buffer, encoding: 'br' | 'gzip'): Promise<Buffer> {
  if (encoding === 'gzip') return gzipped(bytes, { level: 9 });
  return brotli(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file, bytes.length),
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
        const copy = await compressed(file, bytes, encoding);
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
