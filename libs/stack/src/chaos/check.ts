// The invariants of `make chaos` (main.ts), checked against the database after the load, and the wait for the
// system to catch up with time before they are checked. See docs/chaos.md for what each one means.
import type { Database } from '@closeloop/db';
import { type ItemEvent, dueTimeFacts, fold, initialState, isFiled } from '@closeloop/domain';
import { type RecordedEvent, toRecordedEvent } from '@closeloop/event-store';
import { verifyWebhookSignature } from '@closeloop/notifications';
import { itemIdOfStream, readModelProjections, readModelTables } from '@closeloop/read-models';
import { type Kysely, type Transaction, sql } from 'kysely';
import { isDeepStrictEqual } from 'node:util';
import { sleep } from '../ports';
import type { CommandRecord } from './load';

type Db = Kysely<Database>;
/** An event of the log as the checks read it: its data and metadata by field. */
type LoggedEvent = RecordedEvent & { data: any; metadata: any };

/** The load's policy, as far as the checks need it. */
export interface ChaosPolicy {
  reportEvery: string;
  remindBefore: string;
  [rule: string]: unknown;
}

/** A webhook the receiver got. */
export interface Receipt {
  at: number;
  path: string;
  deliveryId?: string;
  timestamp?: string;
  signature?: string;
  kind?: string;
  body: string;
}

/** A kill -9 of one server during the load. */
export interface Kill {
  target: string;
  pid?: number;
  signal: 'SIGKILL';
  atSecond: number;
  commandsInFlight: number;
  downMs: number;
  killedAt: number;
  upAt: number;
}

export interface Violation {
  kind: string;
  detail: string;
}

/** The event each item command records once when it is accepted (its other events are the ladder's). */
const primaryEvents: Record<string, string[]> = {
  FileItem: ['ItemFiled'],
  AcknowledgeItem: ['ItemAcknowledged'],
  ReportProgress: ['ProgressReported'],
  RequestExtension: ['ExtensionRequested'],
  DecideExtension: ['ExtensionApproved', 'ExtensionRejected'],
  RequestClosure: ['ClosureRequested'],
  RaiseObjection: ['ObjectionRaised'],
  AnswerObjection: ['ObjectionAnswered'],
  VerifyItem: ['VerificationAccepted', 'VerificationRejected'],
  RecordRevisitResult: ['RevisitConsolidated', 'RelapseFound'],
  EscalateItem: ['EscalationRaised'],
  IssuePlan: ['PlanIssued'],
};

export async function readLog(db: Db): Promise<LoggedEvent[]> {
  const rows = await db.selectFrom('events').selectAll().orderBy('global_position').execute();
  return rows.map(toRecordedEvent) as LoggedEvent[];
}

function byStream(events: LoggedEvent[]): Map<string, LoggedEvent[]> {
  const streams = new Map<string, LoggedEvent[]>();
  for (const e of events) {
    if (!streams.has(e.streamId)) streams.set(e.streamId, []);
    streams.get(e.streamId)!.push(e);
  }
  for (const list of streams.values()) list.sort((a, b) => a.streamVersion - b.streamVersion);
  return streams;
}

/** `PT15S` → 15: the load's policy is in whole seconds, so the oracle needs no calendar arithmetic. */
function secondsOf(duration: string): number {
  const match = /^PT(\d+)S$/.exec(duration);
  if (!match) throw new Error(`the chaos policy must use PT<n>S durations, not ${duration}`);
  return Number(match[1]);
}

const foldItem = (events: LoggedEvent[]) =>
  fold(
    initialState(),
    events.map((e) => ({ type: e.type, data: e.data }) as ItemEvent),
  );

/**
 * The report reminders and lapses the quiet items (acknowledged, then left alone) must have by `cutoff`, computed
 * from the policy alone: period k ends at anchor + k·reportEvery, its reminder falls due remindBefore earlier.
 */
export function expectedQuietFacts(streams: Map<string, LoggedEvent[]>, quietItemIds: string[], policy: ChaosPolicy, cutoff: number) {
  const reminders: { itemId: string; key: string; dueAt: number }[] = [];
  const lapses: { itemId: string; period: number; dueAt: string }[] = [];
  for (const itemId of quietItemIds) {
    const events = streams.get(`item-${itemId}`) ?? [];
    const ack = events.find((e) => e.type === 'ItemAcknowledged');
    if (!ack) continue;
    const anchor = ack.data.at;
    const every = secondsOf(policy.reportEvery) * 1000;
    const before = secondsOf(policy.remindBefore) * 1000;
    for (let k = 1; ; k++) {
      const end = new Date(anchor).getTime() + k * every;
      if (end - before > cutoff) break;
      reminders.push({ itemId, key: `report:${anchor}:${k}`, dueAt: end - before });
      if (end <= cutoff) lapses.push({ itemId, period: k, dueAt: new Date(end).toISOString() });
    }
  }
  return { reminders, lapses };
}

/** What is still missing for the system to have caught up with `cutoff`: time facts due, deliveries due. */
export interface CatchUpOptions {
  cutoff: number;
  quietItemIds: string[];
  policy: ChaosPolicy;
}

export async function catchUp(db: Db, { cutoff, quietItemIds, policy }: CatchUpOptions): Promise<string[]> {
  const events = await readLog(db);
  const streams = byStream(events);
  const missing: string[] = [];
  const { reminders, lapses } = expectedQuietFacts(streams, quietItemIds, policy, cutoff);
  const has = (itemId: string, predicate: (e: LoggedEvent) => boolean) => (streams.get(`item-${itemId}`) ?? []).some(predicate);
  for (const r of reminders)
    if (!has(r.itemId, (e) => e.type === 'ReminderDue' && e.data.key === r.key)) missing.push(`reminder ${r.key} of ${r.itemId}`);
  for (const l of lapses)
    if (!has(l.itemId, (e) => e.type === 'ReportMissed' && e.data.period === l.period)) missing.push(`lapse ${l.period} of ${l.itemId}`);
  for (const [streamId, list] of streams) {
    if (!itemIdOfStream(streamId)) continue;
    const state = foldItem(list);
    if (!isFiled(state)) continue;
    for (const fact of dueTimeFacts(state, new Date(cutoff))) missing.push(`${fact.type} of ${streamId} (due by the cutoff)`);
  }
  const undelivered = await db
    .selectFrom('deliveries as d')
    .innerJoin('notifications as n', 'n.id', 'd.notification_id')
    .select(['d.notification_id', 'd.channel', 'd.status'])
    .where('d.status', '!=', 'delivered')
    .where('n.created_at', '<=', new Date(cutoff))
    .execute();
  for (const d of undelivered) missing.push(`delivery ${d.notification_id}/${d.channel} ${d.status}`);
  return missing;
}

export async function waitForCatchUp(
  db: Db,
  options: CatchUpOptions,
  timeoutMs: number,
  log: (message: string) => void,
): Promise<{ waitedMs: number; missing: string[] }> {
  const started = Date.now();
  let missing: string[] = [];
  for (;;) {
    try {
      missing = await catchUp(db, options);
      if (missing.length === 0) return { waitedMs: Date.now() - started, missing };
    } catch (error) {
      missing = [`check failed: ${(error as Error).message}`];
    }
    if (Date.now() - started > timeoutMs) return { waitedMs: Date.now() - started, missing };
    log(`catching up: ${missing.length} missing (${missing.slice(0, 3).join('; ')})`);
    await sleep(2000);
  }
}

/**
 * Every invariant, on a database nobody writes to any more. Returns the figures and the violations.
 *
 * - commands: each command answered 2xx has its fact in the log exactly once; any other command at most once
 *   (matched by the X-Request-Id every event records, and the command id: one command, one append);
 * - events: no event twice (ids unique, versions 1..n without gaps, each time fact once: a reminder per key, a
 *   lapse per period, a revisit per id, a filing per item; each document number once, as allocated);
 * - reminders: every report reminder due by the cutoff recorded once, never early; every reminder in the inbox of
 *   its recipient exactly once; every delivery due by the cutoff delivered, the receiver having seen its id, and any
 *   second sight of an id explained by a crash of its sender between the send and the commit of `delivered`;
 * - read models: every item row equals a fold of its stream with the domain's evolve, and `items` and `plans`
 *   equal a fresh replay of the whole log through the projections (in a transaction rolled back afterwards).
 */
export interface InvariantInput {
  db: Db;
  commands: CommandRecord[];
  quietItemIds: string[];
  policy: ChaosPolicy;
  cutoff: number;
  receipts: Receipt[];
  /** The webhook secret of each receiver path. */
  secrets: Record<string, string>;
  kills: Kill[];
  unitPrincipalId: string;
}

export async function checkInvariants({
  db,
  commands,
  quietItemIds,
  policy,
  cutoff,
  receipts,
  secrets,
  kills,
  unitPrincipalId,
}: InvariantInput) {
  const violations: Violation[] = [];
  const violate = (kind: string, detail: string) => violations.push({ kind, detail });
  const events = await readLog(db);
  const streams = byStream(events);

  // ---- events: none twice ----
  const eventIds = new Set(events.map((e) => e.eventId));
  if (eventIds.size !== events.length) violate('duplicate-event-id', `${events.length - eventIds.size} event ids appear twice`);
  const documentNumbers = new Map<string, string[]>();
  for (const [streamId, list] of streams) {
    list.forEach((e, i) => {
      if (e.streamVersion !== i + 1) violate('version-gap', `${streamId} has version ${e.streamVersion} at position ${i + 1}`);
    });
    if (!itemIdOfStream(streamId)) continue;
    const once = (type: string, keyOf: (e: LoggedEvent) => string) => {
      const seen = new Set<string>();
      for (const e of list.filter((x) => x.type === type)) {
        const key = keyOf(e);
        if (seen.has(key)) violate('duplicate-fact', `${streamId}: ${type} ${key} twice`);
        seen.add(key);
      }
    };
    once('ItemFiled', () => 'filed');
    once('ReminderDue', (e) => e.data.key);
    once('ReportMissed', (e) => e.data.dueAt);
    once('RevisitDue', (e) => e.data.revisitId);
    once('ItemClosed', (e) => e.data.revisits.map((r: { revisitId: string }) => r.revisitId).join());
    for (const e of list)
      if (e.data.documentNumber)
        documentNumbers.set(e.data.documentNumber, [...(documentNumbers.get(e.data.documentNumber) ?? []), e.eventId]);
    // One command, one append: a command id's events are one run of consecutive versions.
    const byCommand = new Map<string, number[]>();
    for (const e of list) byCommand.set(e.metadata.commandId, [...(byCommand.get(e.metadata.commandId) ?? []), e.streamVersion]);
    for (const [commandId, versions] of byCommand) {
      if (versions[versions.length - 1] - versions[0] !== versions.length - 1)
        violate('command-appended-twice', `${streamId}: command ${commandId} at versions ${versions.join(',')}`);
    }
  }
  const allocations = new Map<string, string>(
    (await db.selectFrom('document_number_allocations').selectAll().execute()).map((a: any) => [a.event_id, a.document_number]),
  );
  for (const [number, ids] of documentNumbers) {
    if (ids.length > 1) violate('duplicate-document-number', `${number} on ${ids.length} events`);
    for (const id of ids)
      if (allocations.get(id) !== number)
        violate('document-number-not-allocated', `${number} on event ${id}, allocated ${allocations.get(id)}`);
  }

  // ---- commands: each 2xx exactly once, any other at most once ----
  const byRequest = new Map<string, LoggedEvent[]>();
  for (const e of events) {
    const requestId = e.metadata?.requestId;
    if (requestId) byRequest.set(requestId, [...(byRequest.get(requestId) ?? []), e]);
  }
  const commandFigures: any = {
    sent: commands.length,
    ok: 0,
    okAfterRetry: 0,
    refused: 0,
    unresolved: 0,
    unresolvedButInLog: 0,
    retried: 0,
    attempts: 0,
    replayed: 0,
    inLog: 0,
    byStatus: {},
    retriedBecause: {},
    refusals: {},
    refusalExamples: [],
  };
  for (const c of commands) {
    commandFigures.attempts += c.attempts;
    if (c.attempts > 1) commandFigures.retried += 1;
    if (c.attempts > 1 && c.outcome === 'ok') commandFigures.okAfterRetry += 1;
    if (c.replayed) commandFigures.replayed += 1;
    for (const [why, n] of Object.entries(c.retriedBecause))
      commandFigures.retriedBecause[why] = (commandFigures.retriedBecause[why] ?? 0) + n;
    commandFigures[c.outcome] += 1;
    if (c.outcome === 'refused') {
      const why = `${c.type} ${c.status} ${c.body?.type ?? ''}`.trim();
      commandFigures.refusals[why] = (commandFigures.refusals[why] ?? 0) + 1;
      if (commandFigures.refusalExamples.length < 5) commandFigures.refusalExamples.push(`${why}: ${c.body?.detail ?? ''}`);
    }
    const status = c.status ?? 'none';
    commandFigures.byStatus[status] = (commandFigures.byStatus[status] ?? 0) + 1;
    const primary = primaryEvents[c.type];
    if (!primary) continue;
    const mine = byRequest.get(c.requestId) ?? [];
    const facts = mine.filter((e) => primary.includes(e.type));
    const commandIds = new Set(mine.map((e) => e.metadata.commandId));
    if (facts.length > 0) commandFigures.inLog += 1;
    if (facts.length > 0 && c.outcome === 'unresolved') commandFigures.unresolvedButInLog += 1;
    const what = `${c.type} ${c.method} ${c.path} (${c.requestId}, ${c.attempts} attempts, ${c.outcome} ${c.status ?? ''})`;
    if (c.outcome === 'ok' && facts.length !== 1)
      violate(
        facts.length === 0 ? 'acknowledged-command-lost' : 'command-applied-twice',
        `${what}: ${facts.length} ${primary.join('/')} in the log`,
      );
    if (c.outcome !== 'ok' && facts.length > 1)
      violate('command-applied-twice', `${what}: ${facts.length} ${primary.join('/')} in the log`);
    if (commandIds.size > 1) violate('command-applied-twice', `${what}: recorded by ${commandIds.size} command ids`);
    if (c.outcome === 'ok' && c.itemId && facts.length === 1) {
      if (facts[0].streamId !== `item-${c.itemId}`) violate('command-on-wrong-stream', `${what}: on ${facts[0].streamId}`);
      const last = Math.max(...mine.map((e) => e.streamVersion));
      if (typeof c.body?.version === 'number' && c.body.version < last)
        violate('stale-answer', `${what}: answered version ${c.body.version}, its events reach ${last}`);
    }
  }
  if (commandFigures.unresolved > 0) {
    for (const c of commands.filter((x) => x.outcome === 'unresolved')) {
      violate(
        'command-never-answered',
        `${c.type} ${c.method} ${c.path} (${c.requestId}): no final answer after ${c.attempts} attempts (${JSON.stringify(c.retriedBecause)})`,
      );
    }
  }

  // ---- reminders: each due one recorded once, never early; in the inbox once; delivered ----
  const { reminders: expected } = expectedQuietFacts(streams, quietItemIds, policy, cutoff);
  const reminderEvents = events.filter((e) => e.type === 'ReminderDue');
  const lateness: number[] = [];
  let expectedPresent = 0;
  for (const r of expected) {
    const found = (streams.get(`item-${r.itemId}`) ?? []).filter((e) => e.type === 'ReminderDue' && e.data.key === r.key);
    if (found.length === 0) violate('reminder-missing', `${r.key} of ${r.itemId}, due ${new Date(r.dueAt).toISOString()}`);
    if (found.length === 1) expectedPresent += 1;
  }
  // Lateness and earliness of every report reminder: recorded at `at`, due remindBefore before its period's end.
  for (const e of reminderEvents.filter((x) => x.data.subject === 'report')) {
    const dueInstant = new Date(e.data.dueAt).getTime() - secondsOf(policy.remindBefore) * 1000;
    const late = new Date(e.data.at).getTime() - dueInstant;
    if (late < 0) violate('reminder-early', `${e.data.key} recorded ${-late} ms early`);
    lateness.push(late);
  }

  const notifications = await db.selectFrom('notifications').selectAll().execute();
  const notificationsByEvent = new Map<string, (typeof notifications)[number][]>();
  for (const n of notifications) notificationsByEvent.set(n.event_id, [...(notificationsByEvent.get(n.event_id) ?? []), n]);
  let inboxOnce = 0;
  for (const e of reminderEvents) {
    const rows = notificationsByEvent.get(e.eventId) ?? [];
    const toUnit = rows.filter((n) => n.principal_id === unitPrincipalId);
    if (toUnit.length !== 1 || rows.length !== 1)
      violate('reminder-inbox', `${e.data.key} of ${e.streamId}: ${rows.length} notifications, ${toUnit.length} to the responsible unit`);
    else inboxOnce += 1;
  }
  const notificationById = new Map(notifications.map((n) => [n.id, n]));

  const deliveries = await db.selectFrom('deliveries').selectAll().execute();
  const receiptsById = new Map<string | undefined, Receipt[]>();
  for (const r of receipts) receiptsById.set(r.deliveryId, [...(receiptsById.get(r.deliveryId) ?? []), r]);
  const delivery = {
    rows: deliveries.length,
    dueByCutoff: 0,
    delivered: 0,
    receivedOnce: 0,
    receivedTwiceExplained: 0,
    reminderDeliveriesDue: 0,
    reminderDeliveriesDelivered: 0,
    maxAttempts: 0,
  };
  const crashes = kills.filter((k) => k.target === 'worker' || k.target === 'postgres');
  for (const d of deliveries) {
    const n = notificationById.get(d.notification_id)!;
    const got = receiptsById.get(d.notification_id) ?? [];
    delivery.maxAttempts = Math.max(delivery.maxAttempts, d.attempts);
    if (d.status === 'delivered' && got.length === 0) violate('delivered-but-not-received', `${d.notification_id}/${d.channel}`);
    if (got.length > 1) {
      // At least once: a send can reach the receiver again only if its `delivered` could not be committed — the
      // deliverer killed, or PostgreSQL down, in the moments after the send (a round's sends and commits take well
      // under 5 s): a crash whose outage overlaps [first receipt, first receipt + 5 s].
      const [first, ...again] = got.sort((a, b) => a.at - b.at);
      const explained = again.every((r) => crashes.some((k) => k.killedAt <= Math.min(first.at + 5000, r.at) && k.upAt >= first.at));
      if (explained) delivery.receivedTwiceExplained += 1;
      else violate('delivered-twice', `${d.notification_id}/${d.channel}: ${got.length} receipts with no crash of its sender between them`);
    }
    if (new Date(n.created_at).getTime() > cutoff) continue;
    delivery.dueByCutoff += 1;
    const isReminder = n.kind.startsWith('reminder.');
    if (isReminder) delivery.reminderDeliveriesDue += 1;
    if (d.status !== 'delivered') {
      violate(
        'not-delivered',
        `${d.notification_id}/${d.channel} (${n.kind}): ${d.status} after ${d.attempts} attempts, ${(d as any).last_error ?? ''}`,
      );
      continue;
    }
    delivery.delivered += 1;
    if (isReminder) delivery.reminderDeliveriesDelivered += 1;
    if (got.length === 1) delivery.receivedOnce += 1;
  }
  const known = new Set(deliveries.map((d) => d.notification_id));
  const strangers = receipts.filter((r) => !known.has(r.deliveryId ?? ''));
  if (strangers.length > 0) violate('unknown-delivery', `${strangers.length} receipts with ids no delivery has`);
  const badSignatures = receipts.filter(
    (r) => !verifyWebhookSignature(secrets[r.path], { timestamp: r.timestamp, signature: r.signature }, r.body, { now: new Date(r.at) }),
  );
  if (badSignatures.length > 0) violate('bad-signature', `${badSignatures.length} receipts with a bad signature`);

  // ---- read models: a fold of each stream, and a fresh replay of the whole log ----
  const itemRows = await db.selectFrom('items').selectAll().execute();
  const rowById = new Map(itemRows.map((r) => [r.id, r]));
  let folded = 0;
  for (const [streamId, list] of streams) {
    const itemId = itemIdOfStream(streamId);
    if (!itemId) continue;
    const state = foldItem(list);
    const row = rowById.get(itemId);
    if (!row) {
      violate('read-model-missing', `no items row for ${streamId}`);
      continue;
    }
    if (!isDeepStrictEqual(row.state, JSON.parse(JSON.stringify(state))))
      violate('read-model-differs', `items.state of ${itemId} differs from the fold of its ${list.length} events`);
    else if (row.version !== list.length)
      violate('read-model-differs', `items.version of ${itemId} is ${row.version}, its stream has ${list.length} events`);
    else folded += 1;
  }
  const rebuilt = await compareWithReplay(db);
  for (const difference of rebuilt.differences) violate('read-model-differs-from-replay', difference);

  return {
    violations,
    figures: {
      commands: commandFigures,
      events: {
        total: events.length,
        streams: streams.size,
        itemStreams: [...streams.keys()].filter((s) => itemIdOfStream(s)).length,
        byType: countBy(events, (e) => e.type),
        bySystem: events.filter((e) => e.metadata?.role === 'system').length,
      },
      reminders: {
        expectedFromPolicy: expected.length,
        expectedPresentOnce: expectedPresent,
        recorded: reminderEvents.length,
        inInboxOnce: inboxOnce,
        deliveriesDue: delivery.reminderDeliveriesDue,
        deliveriesDelivered: delivery.reminderDeliveriesDelivered,
        latenessMs: summarize(lateness),
      },
      deliveries: delivery,
      receiver: { receipts: receipts.length, distinctIds: receiptsById.size },
      readModels: { itemRows: itemRows.length, foldedEqual: folded, replayedTables: rebuilt.tables },
    },
  };
}

/** Replays the whole log into empty read models inside a transaction, compares every row, and rolls back. */
async function compareWithReplay(db: Db): Promise<{ differences: string[]; tables: Record<string, { live: number; replayed: number }> }> {
  const differences: string[] = [];
  const tables: Record<string, { live: number; replayed: number }> = {};
  const rollback = new Error('rollback');
  try {
    await db.transaction().execute(async (trx) => {
      await sql`lock table events in share mode`.execute(trx);
      const live: Record<string, any[]> = {};
      for (const table of readModelTables) live[table] = await rowsOf(trx, table);
      await sql`truncate ${sql.join(readModelTables.map((t) => sql.table(t)))}`.execute(trx);
      let after = 0;
      for (;;) {
        const rows = await trx
          .selectFrom('events')
          .selectAll()
          .where('global_position', '>', after)
          .orderBy('global_position')
          .limit(5000)
          .execute();
        if (rows.length === 0) break;
        const batch = rows.map(toRecordedEvent);
        for (const project of readModelProjections) await project(trx, batch);
        after = Number(rows[rows.length - 1].global_position);
      }
      for (const table of readModelTables) {
        const fresh = await rowsOf(trx, table);
        tables[table] = { live: live[table].length, replayed: fresh.length };
        const keyOf = (row: Record<string, unknown>) => rowKey[table].map((column) => String(row[column])).join('/');
        const freshById = new Map(fresh.map((r) => [keyOf(r), r]));
        for (const row of live[table]) {
          const key = keyOf(row);
          const other = freshById.get(key);
          if (!other) differences.push(`${table} ${key}: not in the replay`);
          else if (!isDeepStrictEqual(row, other)) {
            const columns = Object.keys(row).filter((c) => !isDeepStrictEqual(row[c], other[c]));
            differences.push(`${table} ${key}: ${columns.join(', ')} differ from the replay`);
          }
          freshById.delete(key);
        }
        for (const id of freshById.keys()) differences.push(`${table} ${id}: only in the replay`);
      }
      throw rollback;
    });
  } catch (error) {
    if (error !== rollback) throw error;
  }
  return { differences, tables };
}

/** Each read model's key, for comparing its rows in one order. */
const rowKey: Record<(typeof readModelTables)[number], string[]> = {
  plans: ['id'],
  items: ['id'],
  item_count_changes: ['item_id', 'version', 'measure'],
};

async function rowsOf(trx: Transaction<Database>, table: (typeof readModelTables)[number]): Promise<any[]> {
  const { rows } = await sql<
    Record<string, unknown>
  >`select * from ${sql.table(table)} order by ${sql.join(rowKey[table].map((c) => sql.ref(c)))}`.execute(trx);
  return rows.map((r) => JSON.parse(JSON.stringify(r)));
}

function countBy<T>(list: T[], keyOf: (x: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const x of list) counts[keyOf(x)] = (counts[keyOf(x)] ?? 0) + 1;
  return counts;
}

function summarize(values: number[]): { n: number; p50?: number; p99?: number; max?: number } {
  if (values.length === 0) return { n: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] };
}
