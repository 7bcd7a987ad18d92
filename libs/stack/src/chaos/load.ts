// The load of `make chaos` (main.ts): an integrator that calls the API through the generated client
// (@closeloop/api-client) and retries like a careful one, and lanes that drive items through their lives with mixed
// commands while the servers are being killed.
import { type ApiClient, type Schemas, createKeyClient } from '@closeloop/api-client';
import { randomUUID } from 'node:crypto';
import { sleep } from '../ports';

/** Who sends a command: a name for the record and an API key. */
export interface Actor {
  name: string;
  key: string;
  id?: string;
}

export interface Actors {
  admin: Actor;
  unit: Actor;
  supervisor: Actor;
  leader: Actor;
}

export type Outcome = 'ok' | 'refused' | 'unresolved';

/** A command as sent, with its fate: the invariants are checked against these. */
export interface CommandRecord {
  requestId: string;
  idempotencyKey: string;
  actor: string;
  method: string;
  path: string;
  type: string;
  itemId?: string;
  status?: number;
  outcome: Outcome;
  attempts: number;
  retriedBecause: Record<string, number>;
  startedAt: number;
  endedAt?: number;
  /** The answer's body: the 2xx body, or the problem of a refusal. */
  body?: any;
  replayed?: boolean;
}

export interface CommandMeta {
  itemId?: string;
  ifMatch?: number;
}

/** What one attempt adds to the request: the command's own headers, a timeout, and a fetch that notes what went out. */
export interface Attempt {
  headers: Record<string, string>;
  signal: AbortSignal;
  fetch: (request: Request) => Promise<Response>;
}

/** One call of the generated client, as `send` makes it: its answer, typed by the document. */
export type Send<D> = (api: ApiClient, attempt: Attempt) => Promise<{ data?: D; error?: unknown; response: Response }>;

/**
 * A careful integrator. Every command carries its own Idempotency-Key and X-Request-Id, kept for all its
 * attempts (same method, path and body). It is sent again after a network error, a 5xx (503 included), a 429
 * or a 409 `idempotency-key-in-progress` (the first attempt is still running), with backoff, until it gets a
 * 2xx or another 4xx, or until `deadlineMs` has passed: then it stays `unresolved`.
 */
export class Integrator {
  /** Every command sent, with its fate. */
  readonly commands: CommandRecord[] = [];
  readonly reads = { sent: 0, ok: 0, failedAttempts: 0 };
  private readonly deadlineMs: number;
  private readonly attemptTimeoutMs: number;
  private readonly log: (message: string) => void;
  private readonly clients = new Map<string, ApiClient>();

  constructor(
    private readonly baseUrl: string,
    {
      deadlineMs = 120_000,
      attemptTimeoutMs = 30_000,
      log = () => {},
    }: { deadlineMs?: number; attemptTimeoutMs?: number; log?: (message: string) => void } = {},
  ) {
    this.deadlineMs = deadlineMs;
    this.attemptTimeoutMs = attemptTimeoutMs;
    this.log = log;
  }

  /** The generated client as `actor`. */
  private as(actor: Actor): ApiClient {
    let api = this.clients.get(actor.key);
    if (!api) this.clients.set(actor.key, (api = createKeyClient(this.baseUrl, actor.key)));
    return api;
  }

  /** Sends the command `type` (e.g. `AcknowledgeItem`) as `actor`, through `send`, until it has a final answer. */
  async command<D>(actor: Actor, type: string, send: Send<D>, meta: CommandMeta = {}): Promise<CommandRecord & { data?: D }> {
    const record: CommandRecord & { data?: D } = {
      requestId: `chaos-${randomUUID()}`,
      idempotencyKey: randomUUID(),
      actor: actor.name,
      method: '',
      path: '',
      type,
      itemId: meta.itemId,
      outcome: 'unresolved',
      attempts: 0,
      retriedBecause: {},
      startedAt: Date.now(),
    };
    this.commands.push(record);
    const headers: Record<string, string> = {
      'idempotency-key': record.idempotencyKey,
      'x-request-id': record.requestId,
      ...(meta.ifMatch !== undefined ? { 'if-match': `"${meta.ifMatch}"` } : {}),
    };
    const noted = (request: Request) => {
      const url = new URL(request.url);
      Object.assign(record, { method: request.method, path: `${url.pathname}${url.search}` });
      return fetch(request);
    };
    const deadline = record.startedAt + this.deadlineMs;
    let backoff = 200;
    for (;;) {
      record.attempts += 1;
      let retryBecause: string;
      try {
        const { data, error, response } = await send(this.as(actor), {
          headers,
          signal: AbortSignal.timeout(this.attemptTimeoutMs),
          fetch: noted,
        });
        const replayed = response.headers.get('idempotent-replayed') === 'true';
        if (response.ok) {
          record.data = data;
          return finish(record, 'ok', response.status, data, replayed);
        }
        if (response.status >= 500) retryBecause = `http-${response.status}`;
        else if (response.status === 429) retryBecause = 'http-429';
        else if (response.status === 409 && (error as Schemas['Problem'] | undefined)?.type === '/problems/idempotency-key-in-progress')
          retryBecause = 'in-progress';
        else return finish(record, 'refused', response.status, error, replayed);
      } catch (error) {
        retryBecause = (error as Error)?.name === 'TimeoutError' ? 'timeout' : 'network';
      }
      record.retriedBecause[retryBecause] = (record.retriedBecause[retryBecause] ?? 0) + 1;
      if (Date.now() + backoff > deadline) {
        record.endedAt = Date.now();
        this.log(
          `unresolved after ${record.attempts} attempts: ${record.method} ${record.path} (${record.requestId}), last: ${retryBecause}`,
        );
        return record;
      }
      await sleep(backoff);
      backoff = Math.min(backoff * 2, 2000);
    }
  }

  /** A read as `actor` through `get`, retried the same way; undefined if it never succeeds before the deadline. */
  async read<D>(
    actor: Actor,
    get: (api: ApiClient, attempt: { signal: AbortSignal }) => Promise<{ data?: D; response: Response }>,
    deadlineMs = 60_000,
  ): Promise<D | undefined> {
    this.reads.sent += 1;
    const deadline = Date.now() + deadlineMs;
    let backoff = 200;
    for (;;) {
      try {
        const { data, response } = await get(this.as(actor), { signal: AbortSignal.timeout(this.attemptTimeoutMs) });
        if (response.ok) {
          this.reads.ok += 1;
          return data;
        }
        if (response.status < 500 && response.status !== 429) return undefined;
      } catch {
        /* retried */
      }
      this.reads.failedAttempts += 1;
      if (Date.now() + backoff > deadline) return undefined;
      await sleep(backoff);
      backoff = Math.min(backoff * 2, 2000);
    }
  }
}

function finish<R extends CommandRecord>(record: R, outcome: Outcome, status: number, body: unknown, replayed: boolean): R {
  Object.assign(record, { outcome, status, body, replayed, endedAt: Date.now() });
  return record;
}

const photo: Schemas['EvidenceDto'] = { kind: 'photo', ref: 'https://files.example.gov.cn/chaos/after.jpg', name: '整改后现场照片' };

/** The last day of the month seven months after this one (Asia/Shanghai): items stay on time whatever day the run is. */
function deadlineAhead(now = new Date()): string {
  const shanghai = new Date(now.getTime() + 8 * 3600_000);
  return new Date(Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth() + 8, 0)).toISOString().slice(0, 10);
}

export function itemBody(planCode: string, code: string): Schemas['CreateItemDto'] {
  return {
    planCode,
    code,
    title: `故障演练整改事项 ${code}`,
    finding: '入河排污口未完成整治',
    target: '入河排污口整治完成率100%',
    measures: ['排查', '封堵'],
    kind: 'time_bound',
    deadline: deadlineAhead(),
    responsibleUnitId: 'chaos-water',
    supervisingUnitId: 'chaos-eco',
  };
}

export interface LoadCounters {
  items: number;
  lives: number;
  waits: number;
}

export interface LaneOptions {
  client: Integrator;
  actors: Actors;
  planCode: string;
  lane: number;
  until: number;
  thinkMs: number;
  counters: LoadCounters;
}

/**
 * One lane: files an item and drives it to consolidation (counted in `counters.lives`), reading the item before each step (as an integrator
 * that lost an answer would), then the next item, until `until`. Each step is one command by the actor whose
 * job it is; what the read shows decides the next step, so a lost answer or a refusal never derails the lane.
 */
export async function runLane({ client, actors, planCode, lane, until, thinkMs, counters }: LaneOptions): Promise<void> {
  let n = 0;
  while (Date.now() < until) {
    n += 1;
    const code = `L${lane}-${n}`;
    const filed = await client.command(actors.admin, 'FileItem', (api, attempt) =>
      api.POST('/v1/items', { ...attempt, body: itemBody(planCode, code) }),
    );
    const itemId = filed.data?.id ?? (await findItemId(client, actors.admin, planCode, code));
    if (!itemId) continue;
    filed.itemId = itemId;
    counters.items += 1;
    if (await driveItem({ client, actors, itemId, until, thinkMs, variant: (lane + n) % 2, counters })) counters.lives += 1;
  }
}

async function findItemId(client: Integrator, admin: Actor, planCode: string, code: string): Promise<string | undefined> {
  let cursor = '';
  for (let page = 0; page < 50; page++) {
    const found = await client.read(admin, (api, attempt) =>
      api.GET('/v1/items', { ...attempt, params: { query: { plan: planCode, limit: 100, ...(cursor ? { cursor } : {}) } } }),
    );
    const item = found?.items.find((i) => i.code === code);
    if (item) return item.id;
    if (!found?.nextCursor) return undefined;
    cursor = found.nextCursor;
  }
  return undefined;
}

interface DriveOptions {
  client: Integrator;
  actors: Actors;
  itemId: string;
  until: number;
  thinkMs: number;
  variant: number;
  counters: LoadCounters;
}

async function driveItem({ client, actors, itemId, until, thinkMs, variant, counters }: DriveOptions): Promise<boolean> {
  const on = { path: { id: itemId } };
  const send = <D>(actor: Actor, type: string, post: Send<D>, extra: CommandMeta = {}) =>
    client.command(actor, type, post, { itemId, ...extra });
  const done = { reports: 0, escalated: false, extension: false, objected: false, answered: false };
  let waiting = false;
  for (let step = 0; step < 150 && Date.now() < until; step++) {
    // Between commands a pause to think; while a timer is awaited (notice, revisit), a longer one.
    await sleep(waiting ? 500 : thinkMs / 2 + Math.random() * thinkMs);
    waiting = false;
    const item = await client.read(actors.admin, (api, attempt) => api.GET('/v1/items/{id}', { ...attempt, params: on }));
    if (!item) return false;
    if (step % 5 === 4) {
      await client.read(actors.unit, (api, attempt) => api.GET('/v1/inbox', { ...attempt, params: { query: { limit: 20 } } }));
      await client.read(actors.supervisor, (api, attempt) =>
        api.GET('/v1/items', { ...attempt, params: { query: { status: item.status, limit: 20 } } }),
      );
    }
    switch (item.status) {
      case 'assigned':
        await send(actors.unit, 'AcknowledgeItem', (api, attempt) =>
          api.POST('/v1/items/{id}/acknowledgement', { ...attempt, params: on, body: {} }),
        );
        break;
      case 'in_progress':
        if (item.pendingExtension) {
          const path = { id: itemId, requestId: item.pendingExtension.requestId };
          const body = variant ? { approve: true } : { approve: false, reason: '理由不充分' };
          await send(actors.supervisor, 'DecideExtension', (api, attempt) =>
            api.POST('/v1/items/{id}/extension-requests/{requestId}/decision', { ...attempt, params: { path }, body }),
          );
        } else if (done.objected && !done.answered) {
          done.answered = true;
          await send(actors.unit, 'AnswerObjection', (api, attempt) =>
            api.POST('/v1/items/{id}/objection-answers', { ...attempt, params: on, body: { answer: '已核查并封堵排污口' } }),
          );
        } else if (done.reports < 2) {
          done.reports += 1;
          // Now and then with If-Match, as a careful client does: a timer may have moved the item on (412).
          const body = { percent: 30 * done.reports, note: `第${done.reports}次报送` };
          await send(
            actors.unit,
            'ReportProgress',
            (api, attempt) => api.POST('/v1/items/{id}/progress-reports', { ...attempt, params: on, body }),
            done.reports === 2 ? { ifMatch: item.version } : {},
          );
        } else if (!done.escalated && variant === 1) {
          done.escalated = true;
          await send(actors.leader, 'EscalateItem', (api, attempt) =>
            api.POST('/v1/items/{id}/escalations', {
              ...attempt,
              params: on,
              body: { level: 'supervision', reason: '推进缓慢，挂牌督办' },
            }),
          );
        } else if (!done.extension) {
          done.extension = true;
          await send(actors.unit, 'RequestExtension', (api, attempt) =>
            api.POST('/v1/items/{id}/extension-requests', {
              ...attempt,
              params: on,
              body: { proposedDeadline: '2027-09-30', reason: '汛期影响施工' },
            }),
          );
        } else {
          await send(actors.unit, 'RequestClosure', (api, attempt) =>
            api.POST('/v1/items/{id}/closure-requests', { ...attempt, params: on, body: { evidence: [photo], note: '申请销号' } }),
          );
        }
        break;
      case 'in_public_notice':
        if (!done.objected && variant === 0) {
          done.objected = true;
          await send(actors.supervisor, 'RaiseObjection', (api, attempt) =>
            api.POST('/v1/items/{id}/objections', { ...attempt, params: on, body: { reason: '群众反映仍有排污' } }),
          );
        } else {
          counters.waits += 1; // the notice ends by a timer
          waiting = true;
        }
        break;
      case 'awaiting_verification': {
        const body = item.rejectionCount === 0 ? { accept: false, reasons: ['现场仍有排污口未封堵'] } : { accept: true, note: '验收合格' };
        await send(actors.supervisor, 'VerifyItem', (api, attempt) =>
          api.POST('/v1/items/{id}/verification', { ...attempt, params: on, body }),
        );
        break;
      }
      case 'closed': {
        const due = item.revisits.find((r) => r.status === 'due');
        if (!due) {
          counters.waits += 1; // the revisit falls due by a timer
          waiting = true;
          break;
        }
        const relapse = variant === 1 && item.relapseCount === 0;
        const path = { id: itemId, revisitId: due.revisitId };
        const body = relapse
          ? ({ outcome: 'relapsed', findings: '排污口复现', newDeadline: '2027-12-31' } as const)
          : ({ outcome: 'consolidated', findings: '整改成果巩固' } as const);
        await send(actors.supervisor, 'RecordRevisitResult', (api, attempt) =>
          api.POST('/v1/items/{id}/revisits/{revisitId}/result', { ...attempt, params: { path }, body }),
        );
        break;
      }
      case 'consolidated':
        return true;
    }
  }
  return false;
}
