import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { MetricsService } from './metrics.service';

/** Counts and times every HTTP request by method, matched route pattern (not raw path) and status. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: MetricsService) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const stop = process.hrtime.bigint();
    response.once('finish', () => {
      // The route pattern keeps label cardinality bounded; unmatched paths share one label.
      const route = (request.route as { path?: string } | undefined)?.path ?? 'unmatched';
      const method = request.method;
      this.metrics.httpRequests.inc({ method, route, status: String(response.statusCode) });
      this.metrics.httpDuration.observe({ method, route }, Number(process.hrtime.bigint() - stop) / 1e9);
    });
    next();
  }
}
