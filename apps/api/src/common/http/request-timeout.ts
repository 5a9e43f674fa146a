/**
 * How long a client may take to send one whole request, headers and body. Fastify's default is no
 * limit: a client that sends its body a byte at a time, or never finishes it, holds a connection and
 * its memory for as long as it likes, and a few thousand of them use up the server while sending
 * almost nothing (slowloris). A megabyte, `BODY_LIMIT`'s default, takes 30 s at 35 KB/s.
 * Past the limit Node answers `408 Request Timeout` and closes the connection; the same limit ends
 * the reading of a refused body (drain-refused-bodies.ts).
 */
export const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Fastify's options for it. Fastify sets Node's `requestTimeout` after creating the server, which
 * leaves `headersTimeout` at Node's 60 s; with it longer than `requestTimeout`, Node never cuts a
 * request off at all (measured on Node 24), so it is given here too. Node looks for late requests
 * every `connectionsCheckingInterval` (30 s by default, which would let one last up to twice the
 * limit): a tenth of the limit keeps it within 10 %.
 */
export function requestTimeoutOptions(timeoutMs: number) {
  return {
    requestTimeout: timeoutMs,
    http: { headersTimeout: timeoutMs, connectionsCheckingInterval: Math.ceil(timeoutMs / 10) },
  };
}
