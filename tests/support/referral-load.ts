/**
 * A load generator for `npm run bench:hub`, run in a worker thread so that
 * sending referrals does not share the intake's event loop (a real intake's
 * clients are other machines). Sends `total` referrals with `concurrency`
 * senders, each waiting for its answer before sending the next, and posts
 * back every latency in milliseconds.
 */
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { validReferral } from './referrals.ts';

/** What the bench asks of one run. */
export interface LoadRequest {
  url: string;
  concurrency: number;
  total: number;
  /** Makes each referral's name and key unique across runs. */
  firstNumber: number;
}

const { url, concurrency, total, firstNumber } = workerData as LoadRequest;
// node:http with kept-alive connections, one per sender: far lighter than fetch, so the figures are the intake's.
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
const latencies: number[] = [];

/** Post one referral; resolves with the status once the whole answer has arrived. */
function post(body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const sending = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        response.resume();
        response.once('end', () => resolve(response.statusCode ?? 0));
      },
    );
    sending.once('error', reject);
    sending.end(body);
  });
}

let next = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < total) {
      const number = firstNumber + next;
      next += 1;
      const body = JSON.stringify({
        ...validReferral,
        name: `Bench Person ${number}`,
        idempotencyKey: `bench-key-${number}-000000`,
        timeTakenMs: '60000',
      });
      const sent = performance.now();
      const status = await post(body);
      if (status !== 201) throw new Error(`Referral refused: ${status}`);
      latencies.push(performance.now() - sent);
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
agent.destroy();
parentPort!.postMessage({ latencies, seconds });
