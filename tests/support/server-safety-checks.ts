/**
 * What both servers (the site server of `npm start`, and the intake on its own) must do before any route runs, since
 * both use src/intake/server-safety.ts: answer what the router or Node's HTTP parser refuses with their security
 * headers and a plain message that repeats nothing that was sent, and disconnect a client that sends slowly. One set
 * of tests, run by each server's test file against its own server, listening with short timeouts.
 */
import { connect } from 'node:net';
import { expect, it } from 'vitest';
import type { ServerTimeouts } from '../../src/intake/server-safety.ts';

/** Timeouts for a server under these checks: a request must arrive within a second, checked every tenth of one. */
export const TEST_TIMEOUTS: ServerTimeouts = {
  requestMs: 1000,
  headersMs: 1000,
  keepAliveMs: 500,
  idleMs: 5000,
  checkEveryMs: 100,
};

/** A server listening on this computer, started with TEST_TIMEOUTS. */
export interface ListeningServer {
  port: number;
  /** An address it answers a GET at. */
  getPath: string;
  /** An address it takes a POST at, and the content type the POST is sent with. */
  postPath: string;
  postType: string;
  /** The headers every answer must carry, even one made before any route runs. */
  headers: Record<string, string>;
}

/** Send raw bytes to the server and read everything it answers until it closes the connection (or 5 seconds pass). */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve) => {
    let answer = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(answer));
    setTimeout(() => socket.destroy(), 5000);
  });
}

/** The headers of a raw HTTP answer, names in lower case. */
function headersOf(answer: string): Record<string, string> {
  const [head = ''] = answer.split('\r\n\r\n');
  return Object.fromEntries(
    head
      .split('\r\n')
      .slice(1)
      .map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

/** Fails unless a raw answer carries every one of the server's headers. */
function expectHeaders(server: ListeningServer, answer: string): void {
  const received = headersOf(answer);
  for (const [name, value] of Object.entries(server.headers)) expect(received[name.toLowerCase()], name).toBe(value);
}

/**
 * Open a connection, write `start`, then one more piece every quarter of a second until the server closes it (or 8
 * seconds pass); resolves with what the server answered and how long it took to close.
 */
function trickle(
  port: number,
  start: string,
  piece: (index: number) => string,
): Promise<{ answer: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    let answer = '';
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(start);
      let index = 0;
      const timer = setInterval(
        () => (socket.writable ? socket.write(piece((index += 1))) : clearInterval(timer)),
        250,
      );
      socket.on('close', () => {
        clearInterval(timer);
        resolve({ answer, ms: Date.now() - started });
      });
    });
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    setTimeout(() => socket.destroy(), 8000);
  });
}

/** The tests, for the server `server()` gives once it listens (call inside the describe that starts it). */
export function itAnswersSafelyBeforeAnyRoute(server: () => ListeningServer): void {
  it('answers an address the router cannot read with its headers and a plain message, never repeating it', async () => {
    const answer = await rawRequest(
      server().port,
      'GET /%3Cb%3Eplanted-words% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expectHeaders(server(), answer);
    expect(answer).toContain('The request could not be read.');
    expect(answer).not.toMatch(/planted-words|%3C/i);
  });

  it('answers what Node’s HTTP parser refuses (an unknown method, huge headers) with its headers', async () => {
    const { port, getPath } = server();
    const unknownMethod = await rawRequest(port, 'BREW /coffee-pot HTTP/1.1\r\nHost: localhost\r\n\r\n');
    expect(unknownMethod).toMatch(/^HTTP\/1\.1 400 /);
    expectHeaders(server(), unknownMethod);
    expect(unknownMethod).not.toContain('coffee-pot');

    const hugeHeaders = await rawRequest(
      port,
      `GET ${getPath} HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(hugeHeaders).toMatch(/^HTTP\/1\.1 431 /);
    expectHeaders(server(), hugeHeaders);
    expect(hugeHeaders).toContain('The request was too large.');
  });

  it('disconnects a client that sends its request body one byte at a time, with its headers', async () => {
    const { port, postPath, postType } = server();
    const { answer, ms } = await trickle(
      port,
      `POST ${postPath} HTTP/1.1\r\nHost: localhost\r\nContent-Type: ${postType}\r\nContent-Length: 1000\r\n\r\n`,
      () => 'x',
    );
    // A one-second limit, checked every tenth of a second: well before the eight seconds the client would go on for.
    expect(ms).toBeLessThan(4000);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expectHeaders(server(), answer);
  });

  it('disconnects a client that sends its headers one line at a time', async () => {
    const { port, getPath } = server();
    const { ms } = await trickle(
      port,
      `GET ${getPath} HTTP/1.1\r\nHost: localhost\r\n`,
      (line) => `X-Line-${line}: a\r\n`,
    );
    expect(ms).toBeLessThan(4000);
  });
}
