/**
 * Member states: country fills by NATO accession wave, partners told apart, the Baltic states
 * outlined. Which members show depends on the timeline's year, read from the style's global state.
 * Style spec: https://maplibre.org/maplibre-style-spec/expressions/#global-state
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { BALTIC_STATES, WAVES, type WaveId } from '../../data/atlas.ts';
import type { Palette } from '../theme.ts';

export interface MembershipData {
  /** Accession year by country id. */
  accession: Record<string, number>;
  wave: Record<string, WaveId>;
  partners: string[];
}

/** A `match` on the country id, or the fallback when the list is empty (match needs a case). */
function matchId(
  groups: [string[], unknown][],
  fallback: unknown,
): ExpressionSpecification | unknown {
  const cases = groups.filter(([ids]) => ids.length > 0).flatMap(([ids, value]) => [ids, value]);
  return cases.length === 0
    ? fallback
    : (['match', ['get', 'id'], ...cases, fallback] as unknown as ExpressionSpecification);
}

/** Accession year of the feature's country, 9999 for non-members. */
export function accessionYearExpression(data: MembershipData): ExpressionSpecification {
  const byYear = new Map<number, string[]>();
  for (const [id, year] of Object.entries(data.accession)) {
    byYear.set(year, [...(byYear.get(year) ?? []), id]);
  }
  return matchId(
    [...byYear].map(([year, ids]) => [ids, year]),
    9999,
  ) as ExpressionSpecification;
}

export function memberStatesLayers(palette: Palette, data: MembershipData): LayerSpecification[] {
  const joined: ExpressionSpecification = [
    '<=',
    accessionYearExpression(data),
    ['global-state', 'year'],
  ];
  const waveColour = matchId(
    WAVES.map((w) => [
      Object.keys(data.wave).filter((id) => data.wave[id] === w.id),
      palette.waves[w.id],
    ]),
    palette.land,
  );
  const partner = matchId([[data.partners, true]], false) as ExpressionSpecification;
  return [
    {
      id: 'members-fill',
      type: 'fill',
      source: 'countries',
      layout: { visibility: 'visible' },
      paint: {
        'fill-color': [
          'case',
          joined,
          waveColour,
          partner,
          palette.partner,
          palette.land,
        ] as ExpressionSpecification,
      },
    },
    {
      id: 'members-partner-outline',
      type: 'line',
      source: 'countries',
      filter: partner,
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
      source: 'countries',
      filter: ['in', ['get', 'id'], ['literal', [...BALTIC_STATES]]],
      layout: { visibility: 'visible' },
      paint: {
        'line-color': palette.balticOutline,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.5, 8, 3],
      },
    },
  ];
}

/** Hover, selection and related-country highlights: on whatever country fill is showing. */
export function countryHighlightLayers(palette: Palette): LayerSpecification[] {
  return [
    {
      id: 'countries-related',
      type: 'fill',
      source: 'countries',
      // feature-state, not a filter: a changed filter would make MapLibre re-tile the whole source.
      paint: {
        'fill-color': palette.related,
        'fill-opacity': ['case', ['boolean', ['feature-state', 'related'], false], 0.75, 0],
      },
    },
    {
      id: 'countries-hover',
      type: 'line',
      source: 'countries',
      paint: {
        'line-color': palette.pointOutline,
        'line-width': 2,
        'line-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 0.8, 0],
      },
    },
    {
      id: 'countries-selected',
      type: 'line',
      source: 'countries',
      paint: {
        'line-color': palette.selected,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 3, 8, 5],
        'line-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0],
      },
    },
  ];
}
