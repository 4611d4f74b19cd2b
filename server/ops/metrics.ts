// Prometheus metrics (prom-client), one registry per app so tests can run several apps in one process.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export interface MetricsOptions {
  /** Node's process metrics (memory, CPU, event-loop lag, GC): once per process, so only the real server turns them on. */
  processMetrics?: boolean;
}

export class Metrics {
  readonly registry = new Registry();
  readonly commands = new Counter({
    name: 'ootb_commands_total',
    help: 'Socket commands answered, by command and result code (ok or the error code)',
    labelNames: ['command', 'result'] as const,
    registers: [this.registry],
  });
  readonly ackSeconds = new Histogram({
    name: 'ootb_command_ack_seconds',
    help: 'Time from a command arriving to its acknowledgement (stored on disk when ok)',
    labelNames: ['command'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly commitEvents = new Histogram({
    name: 'ootb_group_commit_events',
    help: 'Events written by one group commit (one transaction, one fsync)',
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
    registers: [this.registry],
  });
  readonly commitSeconds = new Histogram({
    name: 'ootb_group_commit_seconds',
    help: 'Time one group commit takes to write and fsync',
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly exportSeconds = new Histogram({
    name: 'ootb_export_seconds',
    help: 'Time to make one export or backup download, by format',
    labelNames: ['format'] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  readonly rateLimited = new Counter({
    name: 'ootb_rate_limited_total',
    help: 'Requests and commands refused with rate_limited, by where (socket, http)',
    labelNames: ['where'] as const,
    registers: [this.registry],
  });

  constructor(options: MetricsOptions = {}) {
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry });
  }

  /** A gauge read at scrape time, so nothing has to keep it up to date. */
  gaugeFrom(name: string, help: string, read: () => number): void {
    new Gauge({ name, help, registers: [this.registry], collect() { this.set(read()); } });
  }

  /** A labelled gauge read at scrape time: read() gives every label value and its count. */
  labelledGaugeFrom(name: string, help: string, label: string, read: () => Map<string, number>): void {
    new Gauge({
      name,
      help,
      labelNames: [label],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const [value, count] of read()) this.set({ [label]: value }, count);
      },
    });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
