import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface TestAccount {
  subject: string;
  name: string;
  /** What the sign-in form takes (default: the subject). */
  username?: string;
}

export interface TestProviderOptions {
  clientId: string;
  clientSecret: string;
  /** The one redirect URI the client may use (Closeloop's /v1/session/oidc/callback). */
  redirectUri: string;
  accounts: TestAccount[];
  /** A port to listen on (default: a free one). */
  port?: number;
}

export interface TestProvider {
  /** `http://127.0.0.1:<port>`: the CLOSELOOP_OIDC_ISSUER_URL. */
  issuer: string;
  stop(): Promise<void>;
}

const script = path.join(__dirname, 'oidc-provider-server.mjs');

/**
 * A real OpenID provider (the `oidc-provider` package) in its own process, on a free loopback port, with one
 * confidential client and the given accounts. The package is ESM: Jest never loads it, the child does.
 */
export async function startTestProvider(options: TestProviderOptions): Promise<TestProvider> {
  const child = spawn(process.execPath, [script, JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = once(child, 'exit');
  const ready = (async () => {
    for await (const line of createInterface({ input: child.stdout })) return JSON.parse(line) as { issuer: string };
    throw new Error('ended before it was ready');
  })();
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('not ready after 20 s')), 20_000).unref());
  try {
    const { issuer } = await Promise.race([ready, timeout, exited.then(() => Promise.reject(new Error('exited before it was ready')))]);
    return {
      issuer,
      async stop() {
        if (child.exitCode === null) child.kill('SIGTERM');
        await exited;
      },
    };
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`the test OpenID provider did not start: ${(error as Error).message}\n${stderr}`);
  }
}

/** How a person answers the provider's sign-in page. */
export type SignInAnswer = { username: string } | 'cancel';

/**
 * A browser without a browser: follows the authorization URL through the provider's redirects with its own
 * cookies, answers the sign-in form, and returns the URL the provider finally sends the browser to (the client's
 * redirect URI with code and state, or with error=access_denied). Fails on anything a person would be stuck on.
 */
export async function signInAtProvider(authorizationUrl: string, answer: SignInAnswer, redirectUri: string): Promise<URL> {
  const cookies = new Map<string, string>();
  let url = new URL(authorizationUrl);
  /** The sign-in form's answer, to be posted to `url`. */
  let form: string | undefined;
  for (let step = 0; step < 20; step++) {
    if (url.href.startsWith(redirectUri)) return url;
    const response = await fetch(url, {
      method: form === undefined ? 'GET' : 'POST',
      redirect: 'manual',
      headers: {
        ...(cookies.size > 0 ? { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') } : {}),
        ...(form === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
      },
      body: form,
    });
    form = undefined;
    keepCookies(cookies, response.headers.getSetCookie());
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url);
      continue;
    }
    const html = await response.text();
    if (response.status !== 200) throw new Error(`${url.href} answered ${response.status}: ${html}`);
    const button = answer === 'cancel' ? 'abort' : 'login';
    const action = new RegExp(`<form method="post" action="([^"]+/${button})"`).exec(html);
    if (!action) throw new Error(`no sign-in form at ${url.href}: ${html}`);
    url = new URL(action[1], url);
    form = answer === 'cancel' ? '' : new URLSearchParams({ username: answer.username }).toString();
  }
  throw new Error(`still not back at ${redirectUri} after 20 steps (last: ${url.href})`);
}

/** Set-Cookie into the jar; an emptied or expired cookie leaves it. Paths are ignored: one origin, one person. */
function keepCookies(jar: Map<string, string>, setCookies: string[]): void {
  for (const header of setCookies) {
    const [pair, ...attributes] = header.split(';');
    const at = pair.indexOf('=');
    const name = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    const expired = attributes.some((attribute) => /^\s*(max-age=0|expires=Thu, 01 Jan 1970)/i.test(attribute));
    if (value === '' || expired) jar.delete(name);
    else jar.set(name, value);
  }
}
