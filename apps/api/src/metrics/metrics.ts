import type { Database } from '@closeloop/db';
import type { Kysely } from 'kysely';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** How a command ended: accepted, refused (by the decider's kind, or the API's own refusals), or an error. */
export type CommandOutcome = 'accepted' | `refused:${string}` | 'error';
export type CommandObserver = (command: string, outcome: CommandOutcome) => void;

const deliveryStatuses = ['pending', 'sending', 'delivered', 'failed'] as const;

/** The API's Prometheus metrics, in a registry of its own (one per app, so tests can run several). */
export class Metrics {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly commands = new Counter({
    name: 'closeloop_commands_total',
    help: 'Item commands by type and outcome (accepted, refused:<kind>, error)',
    labelNames: ['command', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly workflowsStarted = new Counter({
    name: 'closeloop_workflows_started_total',
    help: 'Item workflows started (items filed)',
    registers: [this.registry],
  });

  constructor(db: Kysely<Database>, options: { defaultMetrics?: boolean } = {}) {
    new Gauge({
      name: 'closeloop_notification_deliveries',
      help: 'Notification deliveries by status, read from the outbox at scrape time',
      labelNames: ['status'] as const,
      registers: [this.registry],
      async collect() {
        const rows = await db
          .selectFrom('deliveries')
          .select(['status', (eb) => eb.fn.countAll<string>().as('count')])
          .groupBy('status')
          .execute();
        const counts = new Map(rows.map((row) => [row.status, Number(row.count)]));
        for (const status of deliveryStatuses) this.set({ status }, counts.get(status) ?? 0);
      },
    });
    if (options.defaultMetrics) collectDefaultMetrics({ register: this.registry });
  }

  /** Handed to ItemCommands: counts every command, and every accepted filing as a started workflow. */
  readonly observeCommand: CommandObserver = (command, outcome) => {
    this.commands.inc({ command, outcome });
    if (command === 'FileItem' && outcome === 'accepted') this.workflowsStarted.inc();
  };
}
