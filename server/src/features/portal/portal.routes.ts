import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps';

/** 门户网站: the public pages (no sign-in) and the city's staff routes for opportunities. */
export function portalRoutes(app: FastifyInstance, deps: Deps): void {
  void app; void deps;
}
