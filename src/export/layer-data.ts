/**
 * A map layer's features as downloadable data: GeoJSON and CSV, each feature with the citations
 * of the facts behind it (fact id, statement, document, character span [start,end) and quote), so
 * a table keeps the link back to the sources. Column and property names are English and stable;
 * in Latvian or Lithuanian the statements in that language are added beside the English ones
 * (`statements_lv`, `statement_lv`). Pure: the geometry and the translations are passed in.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Atlas } from '../data/atlas.ts';
import type { MapLayer } from '../layers/index.ts';
import { readBasemapFile } from '../../geo/basemap-file.ts';

export interface Citation {
  fact: string;
  statement: string;
  document: string;
  documentTitle: string;
  /** Character offsets into the document's text, end exclusive. */
  span: [number, number];
  quote: string;
  /** The statement in the export's other language, when it has one. */
  translatedStatement?: string;
}

/** The statements in the language on screen, when it is not English. */
export interface Translation {
  language: string;
  statements: Readonly<Record<string, string>>;
}

/** One row of a layer: flat properties a spreadsheet can show, and the citations. */
export interface LayerRow {
  id: string;
  name: string;
  properties: Record<string, string | number | boolean | null>;
  coordinates?: [number, number];
  citations: Citation[];
}

function citationsOf(
  atlas: Atlas,
  factIds: readonly string[],
  translation: Translation | undefined,
): Citation[] {
  return [...new Set(factIds)].flatMap((id) => {
    const fact = atlas.facts.get(id);
    if (!fact) return [];
    const translated = translation?.statements[fact.id];
    return fact.evidence.map((e) => ({
      fact: fact.id,
      statement: fact.statement,
      document: e.doc,
      documentTitle: atlas.documents.get(e.doc)?.title ?? e.doc,
      span: [e.start, e.end] as [number, number],
      quote: e.quote,
      ...(translated !== undefined ? { translatedStatement: translated } : {}),
    }));
  });
}

/** The rows of a layer, in the layer's own order, each with the citations of its facts. */
export function layerRows(atlas: Atlas, layer: MapLayer, translation?: Translation): LayerRow[] {
  return layer.rows(atlas).map(({ facts, ...row }) => ({
    ...row,
    citations: citationsOf(atlas, facts, translation),
  }));
}

/** A FeatureCollection; members without a known outline keep their row with a null geometry. */
export function layerGeoJson(
  atlas: Atlas,
  layer: MapLayer,
  countryGeometry: ReadonlyMap<string, Geometry> = new Map(),
  translation?: Translation,
): FeatureCollection<Geometry | null> & { name: string } {
  const features: Feature<Geometry | null>[] = layerRows(atlas, layer, translation).map((row) => ({
    type: 'Feature',
    id: row.id,
    geometry: row.coordinates
      ? { type: 'Point', coordinates: row.coordinates }
      : (countryGeometry.get(row.id) ?? null),
    properties: {
      id: row.id,
      name: row.name,
      ...row.properties,
      citations: row.citations.map(({ translatedStatement, ...citation }) =>
        translation && translatedStatement !== undefined
          ? { ...citation, [`statement_${translation.language}`]: translatedStatement }
          : citation,
      ),
    },
  }));
  return { type: 'FeatureCollection', name: layer.name, features };
}

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One line per feature. Its citations share five columns, one line per cited passage inside each
 * cell, so the n-th line of `fact_ids` belongs with the n-th line of `quotes`.
 */
export function layerCsv(atlas: Atlas, layer: MapLayer, translation?: Translation): string {
  const points = layer.geometry === 'point';
  const rows = layerRows(atlas, layer, translation);
  const propertyKeys = [...new Set(rows.flatMap((r) => Object.keys(r.properties)))];
  const header = [
    'id',
    'name',
    ...(points ? ['longitude', 'latitude'] : []),
    ...propertyKeys,
    'citation_count',
    'fact_ids',
    'statements',
    ...(translation ? [`statements_${translation.language}`] : []),
    'documents',
    'spans',
    'quotes',
  ];
  const lines = rows.map((row) => {
    const cites = row.citations;
    return [
      row.id,
      row.name,
      ...(points ? [row.coordinates?.[0], row.coordinates?.[1]] : []),
      ...propertyKeys.map((k) => row.properties[k]),
      cites.length,
      cites.map((c) => c.fact).join('\n'),
      cites.map((c) => c.statement).join('\n'),
      ...(translation ? [cites.map((c) => c.translatedStatement ?? c.statement).join('\n')] : []),
      cites.map((c) => c.documentTitle).join('\n'),
      cites.map((c) => `[${c.span[0]},${c.span[1]})`).join('\n'),
      cites.map((c) => c.quote).join('\n'),
    ]
      .map(csvField)
      .join(',');
  });
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}

/** Outlines by country id from the basemap's file as fetched (checked as it is read). */
export function countryGeometriesOf(basemapFile: unknown, url: string): Map<string, Geometry> {
  return countryGeometries(readBasemapFile(basemapFile, url));
}

/** Outlines by country id from the basemap; a country split at the antimeridian is merged. */
export function countryGeometries(basemap: FeatureCollection): Map<string, Geometry> {
  const polygons = new Map<string, number[][][][]>();
  for (const feature of basemap.features) {
    const id = feature.properties?.['id'];
    const geometry = feature.geometry;
    if (typeof id !== 'string' || !geometry) continue;
    const parts =
      geometry.type === 'Polygon'
        ? [geometry.coordinates]
        : geometry.type === 'MultiPolygon'
          ? geometry.coordinates
          : [];
    // Label points are no outline: a country is what its polygons are.
    if (parts.length > 0) polygons.set(id, [...(polygons.get(id) ?? []), ...parts]);
  }
  const out = new Map<string, Geometry>();
  for (const [id, parts] of polygons) {
    out.set(
      id,
      parts.length === 1
        ? { type: 'Polygon', coordinates: parts[0]! }
        : { type: 'MultiPolygon', coordinates: parts },
    );
  }
  return out;
}
