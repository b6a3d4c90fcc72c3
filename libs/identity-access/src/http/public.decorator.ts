import { SetMetadata } from '@nestjs/common';
import { PUBLIC_ROUTE_METADATA } from '@switchboard/contracts';

/**
 * Lets a route be called without an access token; every other route needs one (JwtAuthGuard is
 * global). The metadata key lives in contracts so libraries that cannot depend on this one (runtime's
 * health and metrics, channel webhooks) mark their routes the same way.
 */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE_METADATA, true);
