import autocannon from 'autocannon';

export interface ClosedLoopResult {
  /** 2xx answers per second over the run. */
  okPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  ok: number;
  /** Non-2xx answers, connection errors and timeouts: every one counts against the run. */
  failed: number;
  statusCodes: Record<string, number>;
}

/** `connections` clients, each sending the next of `paths` (in turn) as soon as its previous answer arrived. */
export async function closedLoopGet(options: {
  baseUrl: string;
  paths: string[];
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
}): Promise<ClosedLoopResult> {
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers,
    requests: options.paths.map((path) => ({ method: 'GET', path })),
  });
  const ok = result['2xx'];
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count ?? 0]));
  return {
    okPerSecond: ok / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    ok,
    failed: result.non2xx + result.errors + result.timeouts,
    statusCodes,
  };
}
