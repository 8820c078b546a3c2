/** The municipal baselines shipped with the tool: the only catalogues that may be `kind: municipal` (besides --baseline). */

export interface ShippedBaseline {
  readonly id: string;
  readonly version: string;
  /** 地级市: the region a municipal catalogue must name. */
  readonly region: string;
}

/** Kept equal to catalogues/<id>/<version>.yaml by tests/resolve/shipped.test.ts. */
export const SHIPPED_BASELINES: readonly ShippedBaseline[] = [{ id: 'xinxiang', version: '2020', region: '新乡市' }];

/** Whether id@version is a baseline shipped with the tool. */
export function isShippedBaseline(id: string, version: string | undefined): boolean {
  return SHIPPED_BASELINES.some((b) => b.id === id && b.version === version);
}
