/** The last step of `npm run build`: Brotli and gzip copies of dist/'s text files (see src/hosting/precompress.ts). */
import { precompressFolder } from '../src/hosting/precompress.ts';

const started = performance.now();
const summary = await precompressFolder(process.argv[2] ?? 'dist');
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
console.log(
  `Compressed ${summary.files} files (${mb(summary.bytes)}) to ${mb(summary.brotliBytes)} Brotli and ${mb(summary.gzipBytes)} gzip in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
