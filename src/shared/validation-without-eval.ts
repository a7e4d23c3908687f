/**
 * zod for code that also runs in the browser. The site's Content-Security-Policy forbids eval, and zod's fast parser
 * compiles code with `new Function` when a schema is made; merely trying it is reported as a CSP violation. Jitless
 * mode parses the same way without it. It must be set before any schema is made, so modules take `z` from here
 * rather than setting it themselves: the bundler then runs this first.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });

export { z };
