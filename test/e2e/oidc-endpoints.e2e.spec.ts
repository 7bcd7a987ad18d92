import { signInAtProvider } from '../support/oidc-provider';
import type { RunningStack } from '../support/running-stack';
import { type SingleSignOnStack, startSingleSignOnStack, stranger, wangWu } from '../support/single-sign-on-stack';

/*
 * 统一身份认证 through the API as a browser meets it: /v1/session/oidc sends it to a real provider (oidc-provider in
 * its own process), the provider sends it back to the callback, and the callback either signs the linked person in
 * or lands on the sign-in page with the reason.
 */
describe('single sign-on through /v1/session/oidc', () => {
  jest.setTimeout(60_000);
  let sso: SingleSignOnStack;
  let stack: RunningStack;
  let callbackUrl: string;

  beforeAll(async () => {
    sso = await startSingleSignOnStack();
    ({ stack, callbackUrl } = sso);
  });
  afterAll(() => sso?.stop());

  /** Opens the API's sign-in link, answers the provider, and follows the provider back to the API's callback. */
  async function signInThroughProvider(answer: Parameters<typeof signInAtProvider>[1]) {
    const start = await fetch(`${stack.baseUrl}/v1/session/oidc`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const stateCookie = start.headers.getSetCookie().find((c) => c.startsWith('closeloop_oidc_state='))!;
    expect(stateCookie).toMatch(/HttpOnly/);
    const back = await signInAtProvider(start.headers.get('location')!, answer, callbackUrl);
    const callback = await fetch(back, { redirect: 'manual', headers: { cookie: stateCookie.split(';')[0] } });
    expect(callback.status).toBe(302);
    const session = callback.headers.getSetCookie().find((c) => /^closeloop_session=[^;]/.test(c));
    return { location: callback.headers.get('location'), session: session?.split(';')[0] };
  }

  it('offers the provider on the sign-in page', async () => {
    const { data } = await stack.client().GET('/v1/session/methods');
    expect(data).toEqual({ local: true, oidc: { label: '统一身份认证' } });
  });

  it('signs in the person linked to the provider’s subject, with a session like a password sign-in', async () => {
    const { location, session } = await signInThroughProvider({ username: wangWu.username });
    expect(location).toBe('/');
    const who = await fetch(`${stack.baseUrl}/v1/session`, { headers: { cookie: session! } });
    expect(who.status).toBe(200);
    expect(await who.json()).toMatchObject({ person: { name: '王五', role: 'unit', unitIds: ['hhht-water'] } });
  });

  it('sends a person the provider knows but Closeloop does not to the sign-in page, signed in as no one', async () => {
    expect(await signInThroughProvider({ username: stranger.username })).toEqual({
      location: '/sign-in?error=unknown-person',
      session: undefined,
    });
  });

  it('sends a sign-in cancelled at the provider back to the sign-in page as refused', async () => {
    expect(await signInThroughProvider('cancel')).toEqual({ location: '/sign-in?error=oidc-refused', session: undefined });
  });

  it('refuses a callback that did not start in this browser (no state cookie)', async () => {
    const start = await fetch(`${stack.baseUrl}/v1/session/oidc`, { redirect: 'manual' });
    const back = await signInAtProvider(start.headers.get('location')!, { username: wangWu.username }, callbackUrl);
    const callback = await fetch(back, { redirect: 'manual' });
    expect(callback.headers.get('location')).toBe('/sign-in?error=oidc-refused');
    expect(callback.headers.getSetCookie().some((c) => /^closeloop_session=[^;]/.test(c))).toBe(false);
  });
});
