import {
  type Resolve,
  addressRefusal,
  checkOutboundUrl,
  checkOutboundUrlSyntax,
  guardedLookup,
  parseOutboundAllow,
} from './outbound-policy';

const fakeDns =
  (table: Record<string, string[]>): Resolve =>
  async (hostname) => {
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };

describe('addressRefusal: ipaddr.js ranges, only public unicast passes', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private networks'],
    ['172.16.5.4', 'private networks'],
    ['192.168.1.1', 'private networks'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['224.0.0.1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.2.10', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fd00::1', 'unique local'],
    ['fc00::abcd', 'unique local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'IPv4-mapped'],
    ['::ffff:10.0.0.1', 'IPv4-mapped'],
    ['::ffff:169.254.169.254', 'IPv4-mapped'],
    ['64:ff9b::a00:1', 'NAT64'],
    ['2002:7f00:1::', '6to4'],
    ['2001:db8::1', 'reserved'],
  ])('%s is refused (%s)', (ip, why) => {
    expect(addressRefusal(ip)).toContain(why);
  });

  it.each(['8.8.8.8', '1.1.1.1', '203.119.129.1', '2400:3200::1', '2606:4700:4700::1111'])('%s is public', (ip) => {
    expect(addressRefusal(ip)).toBeUndefined();
  });

  it('refuses what is not a canonical IP address', () => {
    expect(addressRefusal('0x7f.1')).toContain('not an IP address');
    expect(addressRefusal('example.org')).toContain('not an IP address');
  });
});

describe('checkOutboundUrlSyntax: scheme, IP literals in any spelling, localhost', () => {
  it.each([
    ['http://127.0.0.1:9000/hook', 'https'],
    ['http://example.org/hook', 'https'],
    ['ftp://example.org/x', 'https'],
    ['file:///etc/passwd', 'https'],
    ['gopher://127.0.0.1:6379/_INFO', 'https'],
    ['not a url', 'absolute https URL'],
    ['/relative', 'absolute https URL'],
    ['https://127.0.0.1:8443/x', 'loopback'],
    ['https://localhost/x', 'loopback'],
    ['https://LOCALHOST:9000/x', 'loopback'],
    ['https://api.localhost/x', 'loopback'],
    ['https://169.254.169.254/latest/meta-data/iam', 'link-local'],
    ['https://10.0.0.1:8080/admin', 'private networks'],
    ['https://100.100.100.200/latest/meta-data', 'carrier-grade NAT'],
    // Other spellings of 127.0.0.1, normalised by WHATWG URL parsing
    ['https://2130706433/x', 'loopback'],
    ['https://0x7f000001/x', 'loopback'],
    ['https://0x7f.1/x', 'loopback'],
    ['https://0177.0.0.1/x', 'loopback'],
    ['https://127.1/x', 'loopback'],
    ['https://017700000001/x', 'loopback'],
    ['https://0/x', 'unspecified'],
    ['https://[::1]/x', 'loopback'],
    ['https://[::ffff:127.0.0.1]/x', 'IPv4-mapped'],
    ['https://[::ffff:7f00:1]/x', 'IPv4-mapped'],
    ['https://[fd12:3456::1]/x', 'unique local'],
    ['https://[fe80::1]/x', 'link-local'],
    ['https://user:pass@10.1.2.3/x', 'private networks'],
    ['https://0xa9.0xfe.0xa9.0xfe/latest', 'link-local'],
    ['https://3232235777/x', 'private networks'], // 192.168.1.1
  ])('%s is refused (%s)', (url, why) => {
    const verdict = checkOutboundUrlSyntax(url);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toContain(why);
  });

  it.each([
    'https://oapi.dingtalk.com/robot/send?access_token=x',
    'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k',
    'https://8.8.8.8/x',
    'https://[2606:4700::1111]/x',
  ])('%s passes', (url) => {
    expect(checkOutboundUrlSyntax(url).ok).toBe(true);
  });

  it('lets allow-listed host:port entries through, over http too, and nothing else', () => {
    const allow = parseOutboundAllow('127.0.0.1:9000, localhost:9001,[::1]:9002');
    expect(allow).toEqual(['127.0.0.1:9000', 'localhost:9001', '[::1]:9002']);
    expect(checkOutboundUrlSyntax('http://127.0.0.1:9000/hook', allow).ok).toBe(true);
    expect(checkOutboundUrlSyntax('https://127.0.0.1:9000/hook', allow).ok).toBe(true);
    expect(checkOutboundUrlSyntax('http://localhost:9001/hook', allow).ok).toBe(true);
    expect(checkOutboundUrlSyntax('http://[::1]:9002/hook', allow).ok).toBe(true);
    // the same host on another port, or the entry spelled otherwise on another port
    expect(checkOutboundUrlSyntax('http://127.0.0.1:9001/hook', allow).ok).toBe(false);
    expect(checkOutboundUrlSyntax('http://127.0.0.1/hook', allow).ok).toBe(false);
    expect(checkOutboundUrlSyntax('https://10.0.0.1:9000/hook', allow).ok).toBe(false);
    // 2130706433 is 127.0.0.1: the URL parser normalises it before the match
    expect(checkOutboundUrlSyntax('http://2130706433:9000/hook', allow).ok).toBe(true);
  });

  it('refuses malformed allow-list entries', () => {
    expect(parseOutboundAllow(undefined)).toEqual([]);
    expect(parseOutboundAllow(' ')).toEqual([]);
    expect(() => parseOutboundAllow('127.0.0.1')).toThrow('host:port');
    expect(() => parseOutboundAllow('http://127.0.0.1:9000')).toThrow('host:port');
    expect(() => parseOutboundAllow('127.0.0.1:9000/x')).toThrow('host:port');
  });
});

describe('checkOutboundUrl: names are judged by every address they resolve to', () => {
  const resolve = fakeDns({
    'public.example': ['93.184.216.34'],
    'internal.example': ['10.1.2.3'],
    'metadata.example': ['169.254.169.254'],
    'mixed.example': ['93.184.216.34', '127.0.0.1'],
    'v6-local.example': ['fd00::5'],
    'mapped.example': ['::ffff:127.0.0.1'],
  });

  it.each([
    ['https://internal.example/hook', 'addresses in private networks are not allowed (internal.example resolves to 10.1.2.3)'],
    ['https://metadata.example/latest', 'link-local'],
    ['https://mixed.example/hook', 'loopback'],
    ['https://v6-local.example/hook', 'unique local'],
    ['https://mapped.example/hook', 'IPv4-mapped'],
  ])('%s is refused', async (url, why) => {
    const verdict = await checkOutboundUrl(url, { resolve });
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toContain(why);
  });

  it('accepts a public name, and a name that does not resolve yet (checked again at delivery)', async () => {
    expect((await checkOutboundUrl('https://public.example/hook', { resolve })).ok).toBe(true);
    expect((await checkOutboundUrl('https://nowhere.example/hook', { resolve })).ok).toBe(true);
  });

  it('an allow-listed name is not resolved', async () => {
    const never: Resolve = () => Promise.reject(new Error('must not resolve'));
    expect((await checkOutboundUrl('http://localhost:9001/x', { allow: ['localhost:9001'], resolve: never })).ok).toBe(true);
  });
});

describe('guardedLookup: the check on the addresses a connection would use', () => {
  const lookupOnce = (url: string, resolve: Resolve, all: boolean, allow: string[] = []) =>
    new Promise<{ error: Error | null; address: unknown }>((done) =>
      guardedLookup(new URL(url), { resolve, allow })('h.example', { all }, (error, address) => done({ error, address })),
    );

  it('refuses when the name now resolves to a private address (DNS rebinding), either lookup shape', async () => {
    const rebound = fakeDns({ 'h.example': ['127.0.0.1'] });
    for (const all of [true, false]) {
      const { error } = await lookupOnce('https://h.example/hook', rebound, all);
      expect(error?.message).toContain('loopback addresses are not allowed (h.example resolves to 127.0.0.1)');
    }
  });

  it('hands public addresses to the connection', async () => {
    const ok = fakeDns({ 'h.example': ['93.184.216.34'] });
    expect(await lookupOnce('https://h.example/hook', ok, true)).toEqual({
      error: null,
      address: [{ address: '93.184.216.34', family: 4 }],
    });
    expect(await lookupOnce('https://h.example/hook', ok, false)).toEqual({ error: null, address: '93.184.216.34' });
  });

  it('lets an allow-listed resolved address:port through', async () => {
    const local = fakeDns({ 'h.example': ['127.0.0.1'] });
    expect((await lookupOnce('http://h.example:9000/x', local, false, ['127.0.0.1:9000'])).error).toBeNull();
    expect((await lookupOnce('http://h.example:9001/x', local, false, ['127.0.0.1:9000'])).error).not.toBeNull();
  });
});
