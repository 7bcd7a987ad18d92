import http from 'node:http';

export interface JsonAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: any;
}

/** A lean JSON client over keep-alive sockets: the load generator shares the 2 cores with what it measures. */
export function jsonClient(baseUrl: string, apiKey: string) {
  // With a timeout set, Node's agent drops an idle socket a second before the server's `Keep-Alive: timeout=5`
  // (it ignores that hint without one), so no request goes out on a socket the server is closing (ECONNRESET).
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity, timeout: 60_000 });
  const { hostname, port } = new URL(baseUrl);
  const request = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    new Promise<JsonAnswer>((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = http.request(
        {
          agent,
          hostname,
          port,
          method,
          path,
          headers: {
            authorization: `Bearer ${apiKey}`,
            ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text ? JSON.parse(text) : undefined });
          });
          res.on('error', reject);
        },
      );
      req.on('error', (error) => reject(req.reusedSocket ? new Error(`${error.message} (on a reused socket)`) : error));
      req.end(payload);
    });
  return {
    get: (path: string, headers?: Record<string, string>) => request('GET', path, undefined, headers),
    post: (path: string, body: unknown, headers?: Record<string, string>) => request('POST', path, body, headers),
    close: () => agent.destroy(),
  };
}

export type JsonClient = ReturnType<typeof jsonClient>;

/** Resolves with the body of a 2xx answer; throws with the status and problem detail otherwise (an error of the run). */
export function expect2xx(answer: JsonAnswer, what: string): any {
  if (answer.status < 200 || answer.status >= 300) {
    throw new Error(`${what} → ${answer.status} ${answer.body?.detail ?? answer.body?.title ?? ''}`.trim());
  }
  return answer.body;
}
