/**
 * Member states: country fills by NATO accession wave, partners told apart, the Baltic states
 * outlined, and the hover, selection and related-country highlights. Membership is read from the
 * basemap's own properties (baked in by geo/build-basemap.ts), so the style needs no fact base;
 * which members show depends on the timeline's year, read from the style's global state.
 * Style spec: https://maplibre.org/maplibre-style-spec/expressions/#global-state
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { WAVES } from '../../data/atlas.ts';
import type { Palette } from '../theme.ts';
import { BASEMAP_SOURCE, isKind } from './basemap.ts';
import { featureState } from './feature-state.ts';

/** A member by the timeline's year: joined in or before it (non-members have no `joined`). */
const joinedByYear: ExpressionSpecification = [
  '<=',
  ['coalesce', ['get', 'joined'], 9999],
  ['global-state', 'year'],
];

const isPartner: ExpressionSpecification = ['has', 'partner'];

/**
 * Countries a selected place is linked with are lit by feature-state on whichever fill shows,
 * not by a filter: a changed filter would make MapLibre re-tile the whole source on every click.
 */
function withRelated(palette: Palette, colour: unknown): ExpressionSpecification {
  return ['case', featureState('related'), palette.related, colour] as ExpressionSpecification;
}

/** Drawn under every other country layer and never hidden: what a click on a country hits. */
export const LAND_LAYER = 'land';

/** Every country in plain land colour: what shows under the member states, or with them hidden. */
export function landLayer(palette: Palette): LayerSpecification {
  return {
    id: LAND_LAYER,
    type: 'fill',
    source: BASEMAP_SOURCE,
    filter: isKind('country'),
    paint: {
      'fill-color': withRelated(palette, palette.land),
      // Every edge is under a coastline or a border line: an antialiased outline pass (a shader
      // program and a draw per tile of its own) would draw what no one sees.
      'fill-antialias': false,
    },
  };
}

export function memberStatesLayers(palette: Palette): LayerSpecification[] {
  const waveColour = [
    'match',
    ['get', 'wave'],
    ...WAVES.flatMap((w) => [w.id, palette.waves[w.id]]),
    palette.land,
  ];
  return [
    {
      id: 'members-fill',
      type: 'fill',
      source: BASEMAP_SOURCE,
      filter: ['all', isKind('country'), ['any', ['has', 'joined'], isPartner]],
      layout: { visibility: 'visible' },
      paint: {
        'fill-antialias': false,
        'fill-color': withRelated(palette, [
          'case',
          joinedByYear,
          waveColour,
          isPartner,
          palette.partner,
          palette.land,
        ]),
      },
    },
    {
      id: 'members-partner-outline',
      type: 'line',
      source: BASEMAP_SOURCE,
      filter: ['all', isKind('country'), isPartner],
      layout: { visibility: 'visible' },
      paint: {
        'line-color': palette.partnerOutline,
        'line-width': 1.2,
        'line-dasharray': [2, 1.5],
      },
    },
    {
      id: 'members-baltic-outline',
      type: 'line',
      source: BASEMAP_SOURCE,
      filter: ['all', isKind('country'), ['has', 'baltic']],
      layout: { visibility: 'visible' },
      paint: {
        'line-color': palette.balticOutline,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.5, 8, 3],
      },
    },
  ];
}

/** Hover and selection outline one country; both through feature-state, in one layer. */
export function countryOutlineLayer(palette: Palette): LayerSpecification {
  const selected = featureState('selected');
  return {
    id: 'countries-outline',
    type: 'line',
    source: BASEMAP_SOURCE,
    filter: isKind('country'),
    paint: {
      'line-color': ['case', selected, palette.selected, palette.pointOutline],
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        3,
        ['case', selected, 3, 2],
        8,
        ['case', selected, 5, 2],
      ],
      'line-opacity': ['case', selected, 1, featureState('hover'), 0.8, 0],
    },
  };
}
