// District boundaries and project locations (docs/DOMAIN.md "Major projects" → "Map"): the city
// uploads a GeoJSON of its districts; a project's coordinate must fall inside its district's
// boundary when one is loaded. Coordinates are [longitude, latitude] in degrees (WGS-84 / GCJ-02
// alike: the check only compares a point with a ring in the same frame).

export type Position = readonly [number, number, ...number[]];
export type Ring = readonly Position[];
export type PolygonCoordinates = readonly Ring[];

export type BoundaryGeometry =
  | { readonly type: 'Polygon'; readonly coordinates: PolygonCoordinates }
  | { readonly type: 'MultiPolygon'; readonly coordinates: readonly PolygonCoordinates[] };

/**
 * Whether the point lies inside the ring (even–odd ray casting). A point exactly on an edge or a
 * vertex counts as inside: a project on the line between two districts belongs to either.
 */
export function pointInRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (onSegment(lon, lat, xi, yi, xj, yj)) return true;
    if ((yi > lat) !== (yj > lat) && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function onSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): boolean {
  const cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
  if (Math.abs(cross) > 1e-12) return false;
  return px >= Math.min(ax, bx) && px <= Math.max(ax, bx) && py >= Math.min(ay, by) && py <= Math.max(ay, by);
}

/** Inside the outer ring and outside every hole (a hole's edge still counts as inside the polygon). */
export function pointInPolygon(lon: number, lat: number, polygon: PolygonCoordinates): boolean {
  const [outer, ...holes] = polygon;
  if (!outer || !pointInRing(lon, lat, outer)) return false;
  return !holes.some((hole) => pointInRing(lon, lat, hole) && !hole.some((_, i) => onEdge(lon, lat, hole, i)));
}

function onEdge(lon: number, lat: number, ring: Ring, i: number): boolean {
  const a = ring[i]!;
  const b = ring[(i + 1) % ring.length]!;
  return onSegment(lon, lat, a[0], a[1], b[0], b[1]);
}

/** Whether the point lies inside the boundary (any of a MultiPolygon's parts). */
export function pointInBoundary(lon: number, lat: number, geometry: BoundaryGeometry): boolean {
  if (geometry.type === 'Polygon') return pointInPolygon(lon, lat, geometry.coordinates);
  return geometry.coordinates.some((polygon) => pointInPolygon(lon, lat, polygon));
}

export interface BoundaryFeature {
  readonly type: 'Feature';
  readonly properties: { readonly code?: string | number; readonly adcode?: string | number; readonly name?: string } & Record<string, unknown>;
  readonly geometry: BoundaryGeometry;
}

export interface BoundaryCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly BoundaryFeature[];
}

/** The feature of a district, by its organisation code (the feature's `code` or `adcode`, e.g. 420106) or else its name. */
export function districtBoundary(collection: BoundaryCollection, district: { code: string; name: string }): BoundaryFeature | null {
  const byCode = collection.features.find((f) => String(f.properties.code ?? f.properties.adcode ?? '') === district.code);
  return byCode ?? collection.features.find((f) => f.properties.name === district.name) ?? null;
}

export type LocationCheck = 'inside' | 'outside' | 'no_boundary' | 'no_location';

/**
 * Where a project's coordinate lies against its district's boundary: `no_boundary` when the city
 * loaded none (or none for this district), so nothing is refused; `outside` is refused on save.
 */
export function checkProjectLocation(collection: BoundaryCollection | null, district: { code: string; name: string }, location: { longitude: number | null; latitude: number | null }): LocationCheck {
  if (location.longitude === null || location.latitude === null) return 'no_location';
  const feature = collection ? districtBoundary(collection, district) : null;
  if (!feature) return 'no_boundary';
  return pointInBoundary(location.longitude, location.latitude, feature.geometry) ? 'inside' : 'outside';
}

/** A boundary's outline is well formed: closed rings of at least four positions of finite degrees in range. */
export function isWellFormedBoundary(geometry: BoundaryGeometry): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (polygons.length === 0) return false;
  return polygons.every((polygon) => polygon.length > 0 && polygon.every((ring) => {
    if (ring.length < 4) return false;
    const first = ring[0]!;
    const last = ring[ring.length - 1]!;
    if (first[0] !== last[0] || first[1] !== last[1]) return false;
    return ring.every(([lon, lat]) => Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90);
  }));
}
