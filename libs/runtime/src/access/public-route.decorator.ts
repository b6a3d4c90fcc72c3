import { SetMetadata } from '@nestjs/common';
import { PUBLIC_ROUTE_METADATA } from '@switchboard/contracts';

/** Marks a route as reachable without an access token. */
export const Public = () => SetMetadata(PUBLIC_ROUTE_METADATA, true);
