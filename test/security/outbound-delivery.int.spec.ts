import { DeliveryError, type Resolve, postJson } from '@closeloop/notifications';
import { Receiver } from '../support/notification-peers';

/**
 * The delivery-time check on real sockets: the name is resolved by the connection's own lookup, so the
 * address checked is the address connected to (a DNS answer that changed after the URL was saved is caught),
 * and redirects are failures. The resolver is injected; the receiver is a real HTTP server on 127.0.0.1.
 */
describe('postJson: the outbound policy where the connection is made', () => {
  const receiver = new Receiver();
  const target = new Receiver();
  beforeAll(async () => {
    await receiver.start();
    await target.start();
  });
  afterAll(async () => {
    await receiver.close();
    await target.close();
  });

  // The name was public when the URL was saved; it now answers with the receiver's loopback address.
  const rebound: Resolve = async (hostname) => (hostname === 'rebind.example' ? [{ address: '127.0.0.1', family: 4 }] : []);

  it('refuses a name that now resolves to loopback, before connecting', async () => {
    const attempt = postJson(`https://rebind.example:${receiver.port}/hook`, '{}', { outbound: { resolve: rebound } });
    await expect(attempt).rejects.toThrow(DeliveryError);
    await expect(attempt).rejects.toThrow('loopback addresses are not allowed (rebind.example resolves to 127.0.0.1)');
    expect(receiver.calls).toEqual([]);
  });

  it('refuses when any of the answers is private (the connection could pick it)', async () => {
    const mixed: Resolve = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '10.0.0.1', family: 4 },
    ];
    await expect(postJson('https://mixed.example/hook', '{}', { outbound: { resolve: mixed } })).rejects.toThrow(
      'addresses in private networks are not allowed',
    );
  });

  it('connects to exactly the address the lookup checked (allow-listed address:port)', async () => {
    const res = await postJson(`http://rebind.example:${receiver.port}/hook`, '{"a":1}', {
      outbound: { resolve: rebound, allow: [receiver.hostPort] },
    }).catch((e) => e);
    // http to a name is refused by the URL check unless the name:port itself is listed
    expect(res).toBeInstanceOf(DeliveryError);
    const ok = await postJson(`https://rebind.example:${receiver.port}/hook`, '{"a":1}', {
      outbound: { resolve: rebound, allow: [receiver.hostPort] },
    }).catch((e) => e);
    // the checked (allow-listed) address was connected to: the receiver speaks plain http, so the TLS handshake fails there
    expect(String(ok)).not.toContain('not allowed');
    expect(String(ok.code ?? ok)).toMatch(/EPROTO|ECONNRESET|SSL|wrong version/i);
  });

  it('treats a redirect as a failed delivery and does not follow it', async () => {
    receiver.redirect.set('/moved', target.url('/inside'));
    const attempt = postJson(receiver.url('/moved'), '{}', { outbound: { allow: [receiver.hostPort, target.hostPort] } });
    await expect(attempt).rejects.toThrow(/answered 302 .*redirects are not followed/);
    expect(receiver.calls.filter((c) => c.path === '/moved')).toHaveLength(1);
    expect(target.calls).toEqual([]);
  });

  it('delivers to an allow-listed receiver over http', async () => {
    const { status } = await postJson(receiver.url('/fine'), '{"ok":true}', { outbound: { allow: [receiver.hostPort] } });
    expect(status).toBe(200);
    expect(receiver.ok('/fine').map((c) => c.body)).toEqual(['{"ok":true}']);
  });

  it('refuses literal internal addresses without touching the network', async () => {
    for (const url of [
      receiver.url('/x'),
      `https://127.0.0.1:${receiver.port}/x`,
      `https://[::ffff:127.0.0.1]:${receiver.port}/x`,
      `https://2130706433:${receiver.port}/x`,
    ]) {
      await expect(postJson(url, '{}')).rejects.toThrow(/refused: (must be an https URL|loopback|IPv4-mapped)/);
    }
    expect(receiver.calls.filter((c) => c.path === '/x')).toEqual([]);
  });
});
