/**
 * The outbound address policy (OWASP API7, SSRF): every URL the server POSTs to (webhook subscriptions,
 * webhook / DingTalk / WeCom channels) must be `https` and reach only public addresses. The API checks a URL
 * when it is saved (`checkOutboundUrl`, with a DNS look-up); the deliverers check again at connection time on
 * the addresses the name resolves to then (`guardedLookup`), since a DNS answer may change.
 *
 * Refused: loopback, private (RFC 1918), link-local (cloud metadata at 169.254.169.254), carrier-grade NAT,
 * multicast, unspecified, broadcast, reserved and documentation ranges, IPv6 unique-local and link-local,
 * IPv4-mapped and other IPv4-embedding IPv6 forms; everything but ipaddr.js' `unicast`. Decimal, octal and hex
 * IPv4 spellings (`2130706433`, `0177.0.0.1`, `0x7f.1`) are normalised by WHATWG URL parsing before the check.
 *
 * The allow-list (`CLOSELOOP_OUTBOUND_ALLOW`, comma-separated `host:port`; off by default) is for development
 * and tests: a URL whose host and port match an entry is let through, over http as well.
 */
import ipaddr from 'ipaddr.js';
import { lookup as dnsLookup } from 'node:dns';
import { isIP } from 'node:net';

/** Entries as `host:port` (host lowercased, IPv6 in brackets), from `parseOutboundAllow`. */
export type OutboundAllowList = readonly string[];

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to all its addresses (dns.lookup with `all: true` by default; tests inject one). */
export type Resolve = (hostname: string) => Promise<ResolvedAddress[]>;

export interface OutboundPolicy {
  allow?: OutboundAllowList;
  /** For tests: the name resolution (default: the system resolver, as connections use it). */
  resolve?: Resolve;
}

export class OutboundRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'OutboundRefused';
  }
}

const rangeReasons: Record<string, string> = {
  loopback: 'loopback addresses are not allowed',
  private: 'addresses in private networks are not allowed',
  uniqueLocal: 'addresses in private networks (IPv6 unique local) are not allowed',
  linkLocal: 'link-local addresses (cloud metadata among them) are not allowed',
  carrierGradeNat: 'carrier-grade NAT addresses are not allowed',
  multicast: 'multicast addresses are not allowed',
  unspecified: 'the unspecified address is not allowed',
  broadcast: 'the broadcast address is not allowed',
  reserved: 'reserved addresses are not allowed',
  ipv4Mapped: 'IPv4-mapped IPv6 addresses are not allowed',
  rfc6145: 'IPv4-translated IPv6 addresses are not allowed',
  rfc6052: 'IPv4-embedding (NAT64) IPv6 addresses are not allowed',
  '6to4': '6to4 IPv6 addresses are not allowed',
  teredo: 'Teredo IPv6 addresses are not allowed',
};

/** Why an IP address may not be connected to, or undefined when it is a public unicast address. */
export function addressRefusal(ip: string): string | undefined {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  // Only canonical forms: ipaddr.js would also read "0x7f.1"-style IPv4, which never reaches here from a URL.
  if (isIP(bare) === 0) return `${ip} is not an IP address`;
  const parsed = ipaddr.parse(bare);
  const range = parsed.range();
  if (range === 'unicast') return undefined;
  return rangeReasons[range] ?? `special-purpose addresses (${range}) are not allowed`;
}

/** `CLOSELOOP_OUTBOUND_ALLOW` (or its entries) → normalised entries; throws on an entry that is not `host:port`. */
export function parseOutboundAllow(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return (typeof value === 'string' ? value.split(',') : value)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      let url: URL;
      try {
        url = new URL(`http://${entry}`);
      } catch {
        throw new Error(`CLOSELOOP_OUTBOUND_ALLOW: ${entry} is not host:port`);
      }
      if (!url.port || `${url.host}` !== entry.toLowerCase() || url.pathname !== '/' || url.username) {
        throw new Error(`CLOSELOOP_OUTBOUND_ALLOW: ${entry} is not host:port (the port is required)`);
      }
      return hostPort(url.hostname, url.port);
    });
}

const hostPort = (hostname: string, port: string | number) => `${hostname.toLowerCase()}:${port}`;
const effectivePort = (url: URL) => url.port || (url.protocol === 'https:' ? '443' : '80');
const isAllowed = (allow: OutboundAllowList | undefined, hostname: string, port: string | number) =>
  (allow ?? []).includes(hostPort(hostname, port));
const isLocalName = (hostname: string) => hostname === 'localhost' || hostname.endsWith('.localhost');

export type OutboundVerdict = { ok: true; url: URL; allowListed: boolean } | { ok: false; reason: string };

/**
 * The checks that need no DNS: a URL, https (http only for allow-listed entries), no refused IP literal, no
 * `localhost` name. Names are checked on their addresses by `checkOutboundUrl` and `guardedLookup`.
 */
export function checkOutboundUrlSyntax(raw: string, allow?: OutboundAllowList): OutboundVerdict {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'must be an absolute https URL' };
  }
  const allowListed = isAllowed(allow, url.hostname, effectivePort(url));
  if (url.protocol !== 'https:' && !(allowListed && url.protocol === 'http:')) return { ok: false, reason: 'must be an https URL' };
  if (!url.hostname) return { ok: false, reason: 'must name a host' };
  if (allowListed) return { ok: true, url, allowListed };
  if (url.hostname.startsWith('[') || isIP(url.hostname) !== 0) {
    const refusal = addressRefusal(url.hostname);
    if (refusal) return { ok: false, reason: `${refusal} (${url.hostname})` };
  } else if (isLocalName(url.hostname)) {
    return { ok: false, reason: `loopback addresses are not allowed (${url.hostname})` };
  }
  return { ok: true, url, allowListed };
}

export const systemResolve: Resolve = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );

/** Why none of these addresses may be used, or undefined when all are public (or allow-listed with the port). */
function addressesRefusal(
  hostname: string,
  addresses: ResolvedAddress[],
  port: string | number,
  allow?: OutboundAllowList,
): string | undefined {
  if (addresses.length === 0) return `${hostname} has no address`;
  for (const { address } of addresses) {
    if (isAllowed(allow, address.includes(':') ? `[${address}]` : address, port)) continue;
    const refusal = addressRefusal(address);
    // One private answer is enough to refuse: the connection might pick it.
    if (refusal) return `${refusal} (${hostname} resolves to ${address})`;
  }
  return undefined;
}

/**
 * The check when a URL is saved: the syntax, then the name's addresses. A name that does not resolve (yet) is
 * accepted: its addresses are checked again on every delivery.
 */
export async function checkOutboundUrl(raw: string, policy: OutboundPolicy = {}, timeoutMs = 3000): Promise<OutboundVerdict> {
  const verdict = checkOutboundUrlSyntax(raw, policy.allow);
  if (!verdict.ok || verdict.allowListed) return verdict;
  const { hostname } = verdict.url;
  if (hostname.startsWith('[') || isIP(hostname) !== 0) return verdict;
  let timer: NodeJS.Timeout | undefined;
  const addresses = await Promise.race([
    (policy.resolve ?? systemResolve)(hostname).catch(() => undefined),
    new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), timeoutMs))),
  ]).finally(() => clearTimeout(timer));
  if (!addresses) return verdict;
  const refusal = addressesRefusal(hostname, addresses, effectivePort(verdict.url), policy.allow);
  return refusal ? { ok: false, reason: refusal } : verdict;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | ResolvedAddress[], family?: number) => void;

/**
 * A `lookup` for net/http/https connections to `url`: resolves the name and refuses (before any connection)
 * when an address it would connect to is not public, unless the URL's host:port is allow-listed.
 */
export function guardedLookup(url: URL, policy: OutboundPolicy = {}) {
  const port = effectivePort(url);
  const allowListed = isAllowed(policy.allow, url.hostname, port);
  return (hostname: string, options: { all?: boolean; family?: number | string } | number, callback: LookupCallback): void => {
    const all = typeof options === 'object' && options.all === true;
    (policy.resolve ?? systemResolve)(hostname).then(
      (addresses) => {
        const refusal = allowListed ? undefined : addressesRefusal(hostname, addresses, port, policy.allow);
        if (refusal) return callback(Object.assign(new OutboundRefused(refusal), { code: 'EOUTBOUNDREFUSED' }), all ? [] : '', undefined);
        if (all) return callback(null, addresses);
        return callback(null, addresses[0].address, addresses[0].family);
      },
      (error: NodeJS.ErrnoException) => callback(error, all ? [] : '', undefined),
    );
  };
}
