/**
 * What both servers (the site server of `npm start`, and the intake on its
 * own) need so that every answer, even one the framework or Node's HTTP
 * parser makes before any route runs, carries the security headers and a
 * plain message that never repeats the address or anything else that was
 * sent; and timeouts, so a client cannot hold a connection open by sending
 * slowly.
 */
import { STATUS_CODES, type ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/** How long a request may take, in milliseconds. */
export interface ServerTimeouts {
  /** The whole request, headers and body, must arrive within this. */
  requestMs: number;
  /** The headers must arrive within this. */
  headersMs: number;
  /** An idle connection between requests is closed after this. */
  keepAliveMs: number;
  /** A connection with nothing sent either way is closed after this. */
  idleMs: number;
  /** How often Node looks for requests that ran out of time (its own default is 30 seconds, far too slow). */
  checkEveryMs: number;
}

/** Timeouts for real use: a form is a few kilobytes, so even a slow phone connection sends one in seconds. */
export const SERVER_TIMEOUTS: ServerTimeouts = {
  requestMs: 30_000,
  headersMs: 10_000,
  keepAliveMs: 5_000,
  idleMs: 30_000,
  checkEveryMs: 1_000,
};

/**
 * The timeouts as Fastify's options. Fastify sets the request, keep-alive and idle timeouts itself; the headers
 * timeout and how often they are checked go to Node's server through Fastify's `http` option.
 */
export function timeoutOptions(timeouts: ServerTimeouts = SERVER_TIMEOUTS): {
  requestTimeout: number;
  keepAliveTimeout: number;
  connectionTimeout: number;
  http: ServerOptions;
} {
  return {
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    connectionTimeout: timeouts.idleMs,
    http: {
      requestTimeout: timeouts.requestMs,
      headersTimeout: Math.min(timeouts.headersMs, timeouts.requestMs),
      connectionsCheckingInterval: timeouts.checkEveryMs,
    },
  };
}

/**
 * Everything a server needs from this module, as Fastify's options: the timeouts, and plain answers with the given
 * headers to errors the router or the HTTP parser raise. One call, so no server gets one without the others.
 */
export function safeServerOptions(headers: () => Record<string, string>, timeouts: ServerTimeouts = SERVER_TIMEOUTS) {
  return {
    ...timeoutOptions(timeouts),
    frameworkErrors: answerFrameworkErrors(headers),
    clientErrorHandler: answerClientErrors(headers),
  };
}

/** What a person is told for an error that happens before any page or route is reached: never the address. */
export function plainMessage(status: number): string {
  switch (status) {
    case 403:
      return 'This address cannot be shown.';
    case 404:
      return 'There is nothing at this address.';
    case 405:
      return 'This address does not take that kind of request.';
    case 408:
      return 'The request took too long to arrive. Please try again.';
    case 413:
    case 431:
      return 'The request was too large.';
    default:
      return status >= 500 ? 'Something went wrong. Please try again later.' : 'The request could not be read.';
  }
}

/**
 * Fastify's `frameworkErrors`: a request the router refuses (an address that cannot be decoded, such as "/%") is
 * answered 400 with the given headers and a plain message. (Fastify's own answer repeats the address.) These answers
 * skip the onSend hooks, so the headers are set here.
 */
export function answerFrameworkErrors(headers: () => Record<string, string>) {
  return (error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
    void reply.code(status).headers(headers()).type('text/plain; charset=utf-8').send(plainMessage(status));
  };
}

/**
 * Fastify's `clientErrorHandler`, for errors Node's HTTP parser raises before there is a request: an unknown method,
 * headers too large (431), a request too slow (408), anything unreadable (400). There is no reply object here, so a
 * whole HTTP response is written to the socket, with the given headers, and the connection is closed.
 */
export function answerClientErrors(headers: () => Record<string, string>) {
  return (error: Error & { code?: string }, socket: Socket): void => {
    // A connection the client already closed has no one to answer.
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const status = clientErrorStatus(error.code);
    if (socket.writable) socket.write(rawResponse(status, headers()));
    socket.destroy();
  };
}

/** The status for an error from Node's HTTP parser. */
function clientErrorStatus(code: string | undefined): number {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  return 400;
}

/** A complete HTTP/1.1 response with a plain-text message, that closes the connection. */
export function rawResponse(status: number, headers: Record<string, string>): string {
  const body = plainMessage(status);
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    'Content-Type: text/plain; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
  ];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}
