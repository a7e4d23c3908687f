/**
 * `POST /api/reads`: page reads sent by the pages themselves, for a site on a static host, where no server of ours
 * sees the pages being read. Each page that is built with the beacon sends `{"page": "/its/path/"}` once it is
 * shown, unless the browser asks not to be tracked; the intake counts it by the same rules as the site's own server
 * (src/intake/page-reads.ts) and keeps only the page, the UK day and the count. It answers 204 whatever it decided,
 * so a page learns nothing from the answer.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { tallyWrittenByServer, type CountReadsOptions } from './page-read-tally.ts';
import { countableBeacon, PAGE_READS_PATH } from './page-reads.ts';

/** A page's path in JSON is a few dozen bytes; anything much bigger is not a beacon. */
const BEACON_BODY_LIMIT_BYTES = 1024;
/** Reads a connection may send a minute: far more pages than a person reads, far fewer than a flood. */
const BEACONS_PER_MINUTE = 120;

/** Put the beacon's route on the intake, in its plugin scope. */
export function addPageReadBeaconRoute(
  intake: FastifyInstance,
  options: CountReadsOptions & { fromAnotherSite: (request: FastifyRequest) => boolean },
): void {
  const { tally, now } = tallyWrittenByServer(intake, options);
  intake.post(
    PAGE_READS_PATH,
    {
      bodyLimit: BEACON_BODY_LIMIT_BYTES,
      config: { rateLimit: { max: BEACONS_PER_MINUTE, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const page = options.fromAnotherSite(request) ? undefined : countableBeacon(request.body, request.headers);
      if (page !== undefined) tally.add(page, now());
      return reply.code(204).send();
    },
  );
}
