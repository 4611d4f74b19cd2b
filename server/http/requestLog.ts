// One log line per HTTP request. The path only: a query string may carry a download token.
import type { RequestHandler } from 'express';
import type { Logger } from '../ops/log';
import type { Metrics } from '../ops/metrics';

export function requestLog(log: Logger, metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    res.once('close', () => {
      if (res.statusCode === 429) metrics.rateLimited.inc({ where: 'http' });
      log.info(
        {
          ip: req.ip,
          method: req.method,
          path: req.path.slice(0, 200),
          status: res.statusCode,
          ms: Math.round((performance.now() - started) * 10) / 10,
          finished: res.writableFinished,
        },
        'request',
      );
    });
    next();
  };
}
