import { BlockList, isIP } from 'node:net';

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/**
 * Whether a socket's peer is this machine: 127.0.0.0/8 or ::1, in any of their spellings, IPv4
 * mapped into IPv6 included (`::ffff:127.0.0.1`, what a dual-stack server sees for an IPv4
 * client). A missing or malformed address is not.
 */
export function isLoopback(address: string | undefined): boolean {
  const family = address === undefined ? 0 : isIP(address);
  if (family === 0) return false;
  return LOOPBACK.check(address!, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Whether a `Host` header names this machine: `localhost` or a loopback address, with any port.
 * A browser tricked by DNS rebinding connects to loopback too, but under the other site's name.
 */
export function isLoopbackHost(host: string | undefined): boolean {
  // `name:port` or `[ipv6]:port`, the port optional; the name must then be exactly one of those.
  const [, bracketed, name] = /^(?:\[([^\]]+)\]|([^:[\]]+))(?::\d+)?$/.exec(host ?? '') ?? [];
  const hostname = (bracketed ?? name)?.toLowerCase();
  return hostname === 'localhost' || isLoopback(hostname);
}
