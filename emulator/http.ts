import { isIP } from 'net';
import type { IncomingMessage, ServerResponse } from 'http';

const MAX_BODY = 1024 * 1024;
/** Far deeper than any payload of the function's actions, far shallower than what overflows a stack. */
const MAX_JSON_DEPTH = 64;

/** A request body refused before it reaches its handler: the HTTP status and why. */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads the body, refusing it once it passes maxBytes. The rest is read and dropped rather than the
 * socket destroyed, so the client still gets the answer instead of a reset (an endless body is still
 * ended by the server's request timeout).
 */
export function readBody(req: IncomingMessage, maxBytes = MAX_BODY): Promise<Buffer> {
  const tooLarge = () => new BodyError(413, `request body larger than ${maxBytes} bytes`);
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > maxBytes) {
      req.resume();
      return reject(tooLarge());
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > maxBytes) {
        chunks.length = 0;
        req.off('data', onData);
        req.resume();
        reject(tooLarge());
      } else chunks.push(c);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Whether JSON text nests arrays and objects deeper than max. Counted on the text, before parsing:
 * a deep value parses, but posting it to an instance (structured clone) or validating it recurses
 * once per level and overflows the stack.
 */
function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** The body as JSON (undefined when empty); a BodyError when too large, too deep or not JSON. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = (await readBody(req)).toString('utf8');
  if (text.length === 0) return undefined;
  if (nestsDeeperThan(text, MAX_JSON_DEPTH))
    throw new BodyError(400, `request body nests deeper than ${MAX_JSON_DEPTH} levels`);
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, 'request body is not JSON');
  }
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

const unbracketed = (hostname: string) => hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();

/** 127.0.0.0/8, ::1 and localhost, with or without IPv6 brackets. */
export function isLoopback(hostname: string): boolean {
  const name = unbracketed(hostname);
  return name === 'localhost' || name === '::1' || (isIP(name) === 4 && name.startsWith('127.'));
}

/** Host name and port of an http: URL (an origin), or null when it is not one. */
function httpHostOf(urlText: string): { hostname: string; port: number } | null {
  try {
    const url = new URL(urlText);
    return url.protocol === 'http:' ? { hostname: unbracketed(url.hostname), port: Number(url.port || 80) } : null;
  } catch {
    return null;
  }
}

/**
 * Why a request to the local cloud's API, dev and storage endpoints is refused, or null to serve it.
 * Those endpoints let a request act as any user, so a web page the developer has open elsewhere must
 * not reach them:
 * - the Host must name this server (its port, and localhost, an IP address or the configured host):
 *   any other name may be an attacker's domain rebound to 127.0.0.1 (DNS rebinding), whereas a page's
 *   IP address cannot be rebound;
 * - an Origin, which browsers send with every cross-origin request and with same-origin POSTs, must be
 *   the Host's own origin or a loopback alias of it on the same port (the H5 app served here);
 * - Sec-Fetch-Site: cross-site is refused even without an Origin (e.g. a form navigation).
 * Clients that are not browsers (the SDK in the instances, tests, curl) send no Origin and pass.
 */
export function crossSiteRefusal(req: IncomingMessage, server: { host: string; port: number }): string | null {
  const hostHeader = req.headers.host ?? '';
  const host = /^[^/\\?#@]+$/.test(hostHeader) ? httpHostOf(`http://${hostHeader}`) : null;
  const configured = unbracketed(server.host);
  if (
    !host ||
    host.port !== server.port ||
    !(isLoopback(host.hostname) || isIP(host.hostname) || host.hostname === configured)
  ) {
    return `Host ${hostHeader || '(none)'} does not name this local cloud`;
  }
  const originHeader = req.headers.origin;
  if (originHeader !== undefined) {
    const origin = httpHostOf(originHeader);
    const sameOrigin =
      origin !== null &&
      origin.port === host.port &&
      (origin.hostname === host.hostname || (isLoopback(origin.hostname) && isLoopback(host.hostname)));
    if (!sameOrigin) return `cross-origin request from ${originHeader} refused`;
  }
  if (req.headers['sec-fetch-site'] === 'cross-site') return 'cross-site request refused';
  return null;
}
