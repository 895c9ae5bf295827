/**
 * Reads the basemap file geo/build-basemap.ts writes (a TopoJSON topology of two objects,
 * `countries` and `labels`) back into the one GeoJSON collection the map's country source holds,
 * each feature keeping its `kind`. Checked as it is read: a file that is not such a topology is
 * named and refused, not drawn as nothing. Used by the map and by the build scripts after it.
 * Topology spec: https://github.com/topojson/topojson-specification
 */
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export class BasemapFileError extends Error {
  override name = 'BasemapFileError';
}

const OBJECTS = ['countries', 'labels'] as const;

function isTopology(value: unknown): value is Topology {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Topology>;
  return (
    candidate.type === 'Topology' &&
    Array.isArray(candidate.arcs) &&
    typeof candidate.objects === 'object' &&
    candidate.objects !== null &&
    OBJECTS.every((name) => candidate.objects?.[name]?.type === 'GeometryCollection')
  );
}

export function readBasemapFile(value: unknown, file: string): FeatureCollection {
  if (!isTopology(value)) {
    throw new BasemapFileError(
      `${file} is not the basemap's topology (a TopoJSON Topology with "countries" and "labels")`,
    );
  }
  const features = OBJECTS.flatMap((name): Feature[] => {
    const collection = feature(value, value.objects[name] as GeometryCollection);
    return collection.features;
  });
  return { type: 'FeatureCollection', features };
}
