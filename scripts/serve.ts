/** `npm run serve`: serve the built site at http://localhost:4321/ (PORT to change it). */
import { createSiteServer } from '../src/server/site-server.ts';

const port = Number(process.env.PORT ?? 4321);
const app = await createSiteServer({ root: 'dist' });
await app.listen({ port, host: process.env.HOST ?? 'localhost' });
console.log(`Victims First is running at http://localhost:${port}/ (press Ctrl+C to stop)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
