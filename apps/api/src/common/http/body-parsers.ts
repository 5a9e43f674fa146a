import { type FastifyInstance, errorCodes } from 'fastify';

/** The labels of UTF-8, the one encoding a JSON body may have (RFC 8259). */
const UTF8_LABELS = new Set(['utf-8', 'utf8']);

/**
 * The request bodies the API reads: JSON only, as RealWorld clients send it.
 *
 * - An empty JSON body is no body: the RealWorld Postman collection sends
 *   `Content-Type: application/json` on every request, DELETEs included.
 * - Any JSON value may stand at the top, as RFC 8259 allows: `null`, `42` or `[]` is valid JSON of
 *   the wrong shape, which the route's contract refuses with a 422 naming what is wrong, like
 *   `{"user": 5}`. Only text that is not JSON is a 400, as is a `__proto__` key (below).
 * - JSON is UTF-8: a body that declares another charset (`charset=iso-8859-1`, `utf-16`) is a
 *   415 rather than text decoded wrongly and stored garbled.
 * - Any other content type is not read at all, so the body is missing (422 where one is needed)
 *   rather than a 415 that no client of this API expects.
 *
 * Parsing itself is Fastify's (secure-json-parse, which refuses `__proto__` keys), with the size
 * limit given to the adapter (`BODY_LIMIT`, 413 beyond it).
 */
export function readJsonBodies(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const contentType = request.headers['content-type'] ?? '';
    const charset = charsetOf(contentType);
    if (charset !== undefined && !UTF8_LABELS.has(charset))
      return done(new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(contentType));
    const text = (body as string).trimStart();
    if (text === '') return done(null, undefined);
    parseJson(request, text, done);
  });
  app.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
}

/** The `charset` parameter of a Content-Type, lower-cased and unquoted; undefined without one. */
function charsetOf(contentType: string): string | undefined {
  for (const parameter of contentType.split(';').slice(1)) {
    const [name = '', value = ''] = parameter.split('=', 2).map((part) => part.trim());
    if (name.toLowerCase() === 'charset') return value.replaceAll('"', '').toLowerCase();
  }
  return undefined;
}
