// The load of `make chaos` (main.ts): an integrator's HTTP client that retries like a careful one, and lanes
// that drive items through their lives with mixed commands while the servers are being killed.
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
  body?: any;
  replayed?: boolean;
}

export interface CommandMeta {
  type?: string;
  itemId?: string;
  ifMatch?: number;
}

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

  constructor(
    private readonly baseUrl: string,
    { deadlineMs = 120_000, attemptTimeoutMs = 30_000, log = () => {} }: { deadlineMs?: number; attemptTimeoutMs?: number; log?: (message: string) => void } = {},
  ) {
    this.deadlineMs = deadlineMs;
    this.attemptTimeoutMs = attemptTimeoutMs;
    this.log = log;
  }

  async command(actor: Actor, method: string, path: string, body: unknown, meta: CommandMeta = {}): Promise<CommandRecord> {
    const record: CommandRecord = {
      requestId: `chaos-${randomUUID()}`,
      idempotencyKey: randomUUID(),
      actor: actor.name,
      method,
      path,
      type: meta.type ?? path,
      itemId: meta.itemId,
      outcome: 'unresolved',
      attempts: 0,
      retriedBecause: {},
      startedAt: Date.now(),
    };
    this.commands.push(record);
    const headers: Record<string, string> = {
      authorization: `Bearer ${actor.key}`,
      'content-type': 'application/json',
      'idempotency-key': record.idempotencyKey,
      'x-request-id': record.requestId,
      ...(meta.ifMatch !== undefined ? { 'if-match': `"${meta.ifMatch}"` } : {}),
    };
    const payload = JSON.stringify(body ?? {});
    const deadline = record.startedAt + this.deadlineMs;
    let backoff = 200;
    for (;;) {
      record.attempts += 1;
      let retryBecause: string;
      try {
        const res = await fetch(`${this.baseUrl}${path}`, { method, headers, body: payload, signal: AbortSignal.timeout(this.attemptTimeoutMs) });
        const text = await res.text();
        const parsed = text ? safeJson(text) : undefined;
        const replayed = res.headers.get('idempotent-replayed') === 'true';
        if (res.status >= 200 && res.status < 300) return finish(record, 'ok', res.status, parsed, replayed);
        if (res.status >= 500) retryBecause = `http-${res.status}`;
        else if (res.status === 429) retryBecause = 'http-429';
        else if (res.status === 409 && parsed?.type === '/problems/idempotency-key-in-progress') retryBecause = 'in-progress';
        else return finish(record, 'refused', res.status, parsed, replayed);
      } catch (error) {
        retryBecause = (error as Error)?.name === 'TimeoutError' ? 'timeout' : 'network';
      }
      record.retriedBecause[retryBecause] = (record.retriedBecause[retryBecause] ?? 0) + 1;
      if (Date.now() + backoff > deadline) {
        record.endedAt = Date.now();
        this.log(`unresolved after ${record.attempts} attempts: ${method} ${path} (${record.requestId}), last: ${retryBecause}`);
        return record;
      }
      await sleep(backoff);
      backoff = Math.min(backoff * 2, 2000);
    }
  }

  /** A GET, retried the same way; undefined if it never succeeds before the deadline. */
  async read(actor: Actor, path: string, deadlineMs = 60_000): Promise<any> {
    this.reads.sent += 1;
    const deadline = Date.now() + deadlineMs;
    let backoff = 200;
    for (;;) {
      try {
        const res = await fetch(`${this.baseUrl}${path}`, { headers: { authorization: `Bearer ${actor.key}` }, signal: AbortSignal.timeout(this.attemptTimeoutMs) });
        const text = await res.text();
        if (res.ok) {
          this.reads.ok += 1;
          return safeJson(text);
        }
        if (res.status < 500 && res.status !== 429) return undefined;
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

function finish(record: CommandRecord, outcome: Outcome, status: number, body: any, replayed: boolean): CommandRecord {
  Object.assign(record, { outcome, status, body, replayed, endedAt: Date.now() });
  return record;
}

function safeJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const photo = { kind: 'photo', ref: 'https://files.example.gov.cn/chaos/after.jpg', name: '整改后现场照片' };

/** The last day of the month seven months after this one (Asia/Shanghai): items stay on time whatever day the run is. */
function deadlineAhead(now = new Date()): string {
  const shanghai = new Date(now.getTime() + 8 * 3600_000);
  return new Date(Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth() + 8, 0)).toISOString().slice(0, 10);
}

export function itemBody(planCode: string, code: string) {
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
    const filed = await client.command(actors.admin, 'POST', '/v1/items', itemBody(planCode, code), { type: 'FileItem' });
    const itemId: string | undefined = filed.body?.id ?? (await findItemId(client, actors.admin, planCode, code));
    if (!itemId) continue;
    filed.itemId = itemId;
    counters.items += 1;
    if (await driveItem({ client, actors, itemId, until, thinkMs, variant: (lane + n) % 2, counters })) counters.lives += 1;
  }
}

async function findItemId(client: Integrator, admin: Actor, planCode: string, code: string): Promise<string | undefined> {
  let cursor = '';
  for (let page = 0; page < 50; page++) {
    const found = await client.read(admin, `/v1/items?plan=${encodeURIComponent(planCode)}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    const item = found?.items?.find((i: { code: string }) => i.code === code);
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
  const on = `/v1/items/${itemId}`;
  const send = (actor: Actor, path: string, body: unknown, type: string, extra: CommandMeta = {}) => client.command(actor, 'POST', `${on}${path}`, body, { type, itemId, ...extra });
  const done = { reports: 0, escalated: false, extension: false, objected: false };
  let waiting = false;
  for (let step = 0; step < 150 && Date.now() < until; step++) {
    // Between commands a pause to think; while a timer is awaited (notice, revisit), a longer one.
    await sleep(waiting ? 500 : thinkMs / 2 + Math.random() * thinkMs);
    waiting = false;
    const item = await client.read(actors.admin, on);
    if (!item) return false;
    if (step % 5 === 4) {
      await client.read(actors.unit, `/v1/inbox?limit=20`);
      await client.read(actors.supervisor, `/v1/items?status=${item.status}&limit=20`);
    }
    switch (item.status) {
      case 'assigned':
        await send(actors.unit, '/acknowledgement', {}, 'AcknowledgeItem');
        break;
      case 'in_progress':
        if (item.pendingExtension) {
          await send(actors.supervisor, `/extension-requests/${item.pendingExtension.requestId}/decision`, variant ? { approve: true } : { approve: false, reason: '理由不充分' }, 'DecideExtension');
        } else if (done.reports < 2) {
          done.reports += 1;
          // Now and then with If-Match, as a careful client does: a timer may have moved the item on (412).
          await send(actors.unit, '/progress-reports', { percent: 30 * done.reports, note: `第${done.reports}次报送` }, 'ReportProgress', done.reports === 2 ? { ifMatch: item.version } : {});
        } else if (!done.escalated && variant === 1) {
          done.escalated = true;
          await send(actors.leader, '/escalations', { level: 'supervision', reason: '推进缓慢，挂牌督办' }, 'EscalateItem');
        } else if (!done.extension) {
          done.extension = true;
          await send(actors.unit, '/extension-requests', { proposedDeadline: '2027-09-30', reason: '汛期影响施工' }, 'RequestExtension');
        } else {
          await send(actors.unit, '/closure-requests', { evidence: [photo], note: '申请销号' }, 'RequestClosure');
        }
        break;
      case 'in_public_notice':
        if (!done.objected && variant === 0) {
          done.objected = true;
          await send(actors.supervisor, '/objections', { reason: '群众反映仍有排污' }, 'RaiseObjection');
        } else {
          counters.waits += 1; // the notice ends by a timer
          waiting = true;
        }
        break;
      case 'awaiting_verification':
        await send(actors.supervisor, '/verification', item.rejectionCount === 0 ? { accept: false, reasons: ['现场仍有排污口未封堵'] } : { accept: true, note: '验收合格' }, 'VerifyItem');
        break;
      case 'closed': {
        const due = item.revisits.find((r: { status: string }) => r.status === 'due');
        if (!due) {
          counters.waits += 1; // the revisit falls due by a timer
          waiting = true;
          break;
        }
        const relapse = variant === 1 && item.relapseCount === 0;
        await send(
          actors.supervisor,
          `/revisits/${due.revisitId}/result`,
          relapse ? { outcome: 'relapsed', findings: '排污口复现', newDeadline: '2027-12-31' } : { outcome: 'consolidated', findings: '整改成果巩固' },
          'RecordRevisitResult',
        );
        break;
      }
      case 'consolidated':
        return true;
    }
  }
  return false;
}
