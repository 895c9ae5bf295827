/**
 * What one thematic map layer says about itself: everything the style, the layer list, both
 * legends, Browse, Details and the exports need, so each of them loops over the registry
 * (./index.ts) and none names a layer.
 * Style spec: https://maplibre.org/maplibre-style-spec/layers/
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { Atlas } from '../data/atlas.ts';
import type { PointCollection } from '../../data/points.ts';
import type { Source } from '../../data/schema.ts';
import type { MessageKey } from '../i18n/keys.ts';
import type { Palette } from '../map/theme.ts';

export type PointShape = 'circle' | 'triangle' | 'square' | 'diamond' | 'star';

/** A sign as the legends draw it: a point's shape, or a swatch of an area's fill. */
export interface Sign {
  shape: PointShape | 'swatch' | 'line';
  fill: string;
  stroke: string;
  dashed?: boolean;
}

/** A legend's, the list's and the Details' text is in the interface's language when asked for. */
export interface LegendEntry extends Sign {
  label: string;
  /** The label in the embed's compact key, where the full one would take too much of the map. */
  short?: string;
}

/** A layer's style layers, by where they are drawn among the basemap's. */
export interface LayerStyle {
  /** Area fills: under the basemap's water and borders. */
  fills?: LayerSpecification[];
  /** Outlines: over the basemap's borders, under the labels. */
  lines?: LayerSpecification[];
  /** Icons and their labels, over everything else. */
  symbols?: LayerSpecification[];
}

/** One feature in the layer's list (Browse) and its count. */
export interface ListItem {
  id: string;
  name: string;
  note?: string;
}

/**
 * A line of Details from the layer's reference data, linking to the place it concerns, with where
 * it comes from: a cited fact, or a named background reference.
 */
export interface DetailLine {
  text: string;
  sources: readonly [Source, ...Source[]];
  entity?: string;
}

/** A layer's feature as a row of its export: the fact ids behind it give the citations. */
export interface ExportRow {
  id: string;
  name: string;
  properties: Record<string, string | number | boolean | null>;
  coordinates?: [number, number];
  facts: string[];
}

export interface MapLayer {
  /** The layer's name in the link (`layers=`) and in its style layers' ids. */
  readonly id: string;
  /** The layer's name, as a message (src/i18n): shown wherever the layer is named. */
  readonly nameKey: MessageKey;
  /** The name in the interface's language, read when shown (a getter: t(nameKey)). */
  readonly name: string;
  /**
   * Other names people search the layer by, beyond its name ("enhanced Forward Presence"): search
   * words in English, never shown.
   */
  readonly alsoCalled: readonly string[];
  /** Whether the layer draws countries (from the country outlines) or places. */
  readonly geometry: 'country' | 'point';
  /** The point collections (data/points.ts) a point layer draws; none for countries. */
  readonly collections: readonly PointCollection[];
  style(palette: Palette): LayerStyle;
  /** Where labels collide, a layer of higher priority keeps its names (the bases, highest). */
  readonly labelPriority: number;
  /** The sign beside the layer's checkbox. */
  sign(palette: Palette): Sign;
  /** What each of its signs means, for the layer list's key and the exported image. */
  legend(palette: Palette): LegendEntry[];
  items(atlas: Atlas): ListItem[];
  /** The number beside the layer's checkbox: what the layer's name counts. */
  count(atlas: Atlas): number;
  /** What the layer's reference data says of an entity, a place or a country. */
  details(atlas: Atlas, id: string): DetailLine[];
  /** Places and countries the layer ties an entity to, beyond its own country and facts. */
  related(atlas: Atlas, id: string): string[];
  rows(atlas: Atlas): ExportRow[];
}
