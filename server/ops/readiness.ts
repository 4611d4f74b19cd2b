// Readiness: a few named checks that /readyz runs. Other parts add their own (the store answers, the disk takes writes).
import type { Readiness as ReadinessReport } from '../../shared/http/ops';

/** Returns null when fine, or a short reason (no secrets: the answer is public). */
export type ReadinessCheck = () => string | null | Promise<string | null>;

export class Readiness {
  private readonly checks = new Map<string, ReadinessCheck>();
  private draining = false;

  add(name: string, check: ReadinessCheck): this {
    this.checks.set(name, check);
    return this;
  }

  /** Shutting down: the proxy or load balancer should stop sending new people here. */
  drain(): void {
    this.draining = true;
  }

  async report(): Promise<ReadinessReport> {
    const checks: Record<string, string> = {};
    if (this.draining) checks.shutdown = 'shutting down';
    const answers = await Promise.all(
      [...this.checks].map(async ([name, check]) => {
        try {
          return [name, (await check()) ?? 'ok'] as const;
        } catch (error) {
          return [name, error instanceof Error ? error.message.slice(0, 200) : 'failed'] as const;
        }
      }),
    );
    for (const [name, answer] of answers) checks[name] = answer;
    return { ready: Object.values(checks).every((v) => v === 'ok'), checks };
  }
}
