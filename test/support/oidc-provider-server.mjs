// A real OpenID provider for the tests (the `oidc-provider` package, ESM: run by test/support/oidc-provider.ts in
// its own process, so Jest never loads it). Started as `node oidc-provider-server.mjs '<options JSON>'` with
// { clientId, clientSecret, redirectUri, accounts: [{ subject, name, username? }], port? }; listens on that loopback
// port (default: a free one) and prints one line, {"issuer": "http://127.0.0.1:<port>"}, when ready.
//
// Its sign-in page is a plain HTML form any HTTP client or browser can drive: a username (an account's `username`,
// else its subject; no password) and 登录, or 取消/Cancel, which aborts the interaction: the provider then sends
// the browser back to the client with error=access_denied.
import Provider from 'oidc-provider';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';

const options = JSON.parse(process.argv[2] ?? '{}');
const accounts = new Map(options.accounts.map((account) => [account.subject, account]));
const byUsername = new Map(options.accounts.map((account) => [account.username ?? account.subject, account]));

const signingKey = {
  ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
  kid: 'test',
  use: 'sig',
  alg: 'RS256',
};

const server = createServer();
await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: options.clientId,
      client_secret: options.clientSecret,
      redirect_uris: [options.redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  claims: { openid: ['sub'], profile: ['name', 'preferred_username'] },
  // The profile claims in the ID token itself, as most enterprise providers send them.
  conformIdTokenClaims: false,
  pkce: { methods: ['S256'], required: () => true },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(_ctx, subject) {
    const account = accounts.get(subject);
    if (!account) return undefined;
    return {
      accountId: subject,
      claims: async () => ({ sub: subject, name: account.name, preferred_username: account.username ?? subject }),
    };
  },
  // Closeloop is a first-party client: no consent screen, every requested scope granted.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile');
    await grant.save();
    return grant;
  },
  async renderError(ctx, out) {
    ctx.type = 'html';
    ctx.body = page('出错了 Error', `<p role="alert">${escape(out.error)}: ${escape(out.error_description ?? '')}</p>`);
  },
});
const interaction = /^\/interaction\/([\w-]+)(\/login|\/abort)?$/;
const callback = provider.callback();

server.on('request', (req, res) => {
  const match = interaction.exec(new URL(req.url, issuer).pathname);
  if (!match) return callback(req, res);
  const action = match[2] ?? '';
  handleInteraction(req, res, match[1], action).catch((error) => {
    process.stderr.write(`interaction ${req.method} ${req.url} failed: ${error.stack ?? error}\n`);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(String(error.message ?? error));
  });
});

async function handleInteraction(req, res, uid, action) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error(`interaction ${uid} is not this browser's (${details.uid})`);
  if (action === '' && req.method === 'GET') return send(res, 200, signInPage(uid));
  if (req.method !== 'POST') return send(res, 405, page('405', '<p>POST only</p>'));
  if (action === '/abort') {
    return provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'End-User aborted interaction' },
      { mergeWithLastSubmission: false },
    );
  }
  const username = new URLSearchParams(await body(req)).get('username')?.trim() ?? '';
  const account = byUsername.get(username);
  if (!account) return send(res, 200, signInPage(uid, `没有这个用户 No such user: ${username}`));
  return provider.interactionFinished(req, res, { login: { accountId: account.subject } }, { mergeWithLastSubmission: false });
}

function signInPage(uid, error) {
  return page(
    '统一身份认证 (test provider)',
    `${error ? `<p role="alert">${escape(error)}</p>` : ''}
    <form method="post" action="/interaction/${uid}/login">
      <label for="username">用户名 Username</label>
      <input id="username" name="username" autocomplete="username" required autofocus>
      <button type="submit">登录</button>
    </form>
    <form method="post" action="/interaction/${uid}/abort"><button type="submit">取消/Cancel</button></form>`,
  );
}

const page = (title, content) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${content}</main></body></html>`;

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function send(res, status, html) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

async function body(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

process.on('SIGTERM', () => process.exit(0));
process.stdout.write(`${JSON.stringify({ issuer })}\n`);
