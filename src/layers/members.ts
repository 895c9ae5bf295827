/**
 * NATO's member states, coloured by their enlargement wave as of the timeline's year, with the
 * partner countries the documents name told apart and the Baltic states outlined. Membership is
 * read from the country outlines' own properties (baked in by geo/build-basemap.ts from
 * data/membership.ts), so the style needs no fact base.
 * Style spec: https://maplibre.org/maplibre-style-spec/expressions/#global-state
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Atlas } from '../data/atlas.ts';
import { byName, formatDate } from '../format.ts';
import { t } from '../i18n/i18n.svelte.ts';
import { featureState } from '../map/feature-state.ts';
import { COUNTRY_SOURCE } from '../map/sources.ts';
import type { Palette, Scheme } from '../map/theme.ts';
import type { DetailLine, LegendEntry, MapLayer, Sign } from './types.ts';

/** NATO's enlargement waves, oldest first: their years (the founders' is named by waveLabel). */
export const WAVES = [
  { id: 'w1949', years: '1949', short: '1949', from: 1949, to: 1949, founders: true },
  { id: 'w1952', years: '1952–1982', short: '1952–82', from: 1952, to: 1982, founders: false },
  { id: 'w1999', years: '1999', short: '1999', from: 1999, to: 1999, founders: false },
  { id: 'w2004', years: '2004', short: '2004', from: 2004, to: 2004, founders: false },
  { id: 'w2009', years: '2009–2020', short: '2009–20', from: 2009, to: 2020, founders: false },
  { id: 'w2023', years: '2023–2024', short: '2023–24', from: 2023, to: 2024, founders: false },
] as const;
type Wave = (typeof WAVES)[number];
type WaveId = Wave['id'];

/** A wave as the legend and the export name it: "1949 (founders)", "1952–1982". */
export const waveLabel = (wave: Wave): string =>
  wave.founders ? t('layers.waveFounders', { years: wave.years }) : wave.years;

interface MemberColours {
  /** By wave, oldest darkest. */
  waves: Record<WaveId, string>;
  partner: string;
  partnerOutline: string;
  balticOutline: string;
}

const COLOURS: Record<Scheme, MemberColours> = {
  light: {
    // Blue to violet-blue, away from the water's cyan; each wave about 1.35:1 from the next.
    waves: {
      w1949: '#3b5ba5',
      w1952: '#5671b5',
      w1999: '#7289c4',
      w2004: '#8fa2d2',
      w2009: '#aebce0',
      w2023: '#cdd6ee',
    },
    partner: '#f1dfbf',
    partnerOutline: '#8a6a2e',
    balticOutline: '#12315c',
  },
  dark: {
    waves: {
      w1949: '#1e3a66',
      w1952: '#2c4c80',
      w1999: '#3b5e99',
      w2004: '#4c71b0',
      w2009: '#6287c4',
      w2023: '#7d9fd6',
    },
    partner: '#5a4a2c',
    partnerOutline: '#d8b66a',
    balticOutline: '#dfe9ff',
  },
};

export function waveOf(year: number | undefined): Wave | undefined {
  return year === undefined ? undefined : WAVES.find((w) => year >= w.from && year <= w.to);
}

/** A member by the timeline's year: joined in or before it (non-members have no `joined`). */
const joinedByYear: ExpressionSpecification = [
  '<=',
  ['coalesce', ['get', 'joined'], 9999],
  ['global-state', 'year'],
];
const isPartner: ExpressionSpecification = ['has', 'partner'];

/**
 * Countries a selected place is linked with are lit by feature-state, not by a filter: a changed
 * filter would make MapLibre re-tile the whole source on every click.
 */
const orRelated = (palette: Palette, colour: unknown): ExpressionSpecification =>
  ['case', featureState('related'), palette.related, colour] as ExpressionSpecification;

function waveColour(colours: MemberColours): ExpressionSpecification {
  const [first, ...later] = WAVES;
  return [
    'step',
    ['get', 'joined'],
    colours.waves[first.id],
    ...later.flatMap((w) => [w.from, colours.waves[w.id]]),
  ] as ExpressionSpecification;
}

const sign = (palette: Palette): Sign => ({
  shape: 'swatch',
  fill: COLOURS[palette.scheme].waves.w2004,
  stroke: COLOURS[palette.scheme].balticOutline,
});

function legend(palette: Palette): LegendEntry[] {
  const colours = COLOURS[palette.scheme];
  return [
    ...WAVES.map((wave, i) => ({
      label: t('layers.joined', { years: waveLabel(wave) }),
      // Read in a row, "Joined 1949, 1952–82, 1999 …": only the first says what the years are.
      short: i === 0 ? t('layers.joined', { years: wave.short }) : wave.short,
      shape: 'swatch' as const,
      fill: colours.waves[wave.id],
      stroke: palette.border,
    })),
    {
      label: t('layers.partnerNamed'),
      short: t('layers.partnerShort'),
      shape: 'swatch',
      fill: colours.partner,
      stroke: colours.partnerOutline,
      dashed: true,
    },
    {
      label: t('layers.balticOutlined'),
      short: t('layers.balticShort'),
      shape: 'swatch',
      fill: palette.land,
      stroke: colours.balticOutline,
    },
  ];
}

function details(atlas: Atlas, id: string): DetailLine[] {
  if (!atlas.isCountry(id)) return [];
  const member = atlas.members.get(id);
  const membership = { background: atlas.factBase.references['members'] ?? 'NATO members' };
  if (member) {
    const date = formatDate(member.accession);
    return [
      {
        text: t(member.founder ? 'layers.memberSinceFounder' : 'layers.memberSince', { date }),
        sources: [membership],
      },
    ];
  }
  if (atlas.partners.has(id)) {
    // The fact that names it a partner, or the attaché accreditation that covers it.
    const named =
      atlas.factsAbout(id).find((f) => f.topic === 'partners') ??
      atlas.factsAbout(id).find((f) => f.topic === 'attaches');
    return [
      {
        text: t('layers.partnerNotMember'),
        sources: named === undefined ? [membership] : [membership, { fact: named.id }],
      },
    ];
  }
  return [{ text: t('layers.notMember'), sources: [membership] }];
}

export const members: MapLayer = {
  id: 'members',
  nameKey: 'layers.membersName',
  get name() {
    return t(this.nameKey);
  },
  alsoCalled: ['allies'],
  geometry: 'country',
  collections: [],
  labelPriority: 0,
  style(palette) {
    const colours = COLOURS[palette.scheme];
    return {
      fills: [
        {
          id: 'members-fill',
          type: 'fill',
          source: COUNTRY_SOURCE,
          filter: ['any', ['has', 'joined'], isPartner],
          paint: {
            // Every edge is under a coastline or a border line: an antialiased outline pass would
            // draw what no one sees, in a shader program of its own.
            'fill-antialias': false,
            'fill-color': orRelated(palette, [
              'case',
              joinedByYear,
              waveColour(colours),
              isPartner,
              colours.partner,
              palette.land,
            ]),
          },
        },
      ],
      lines: [
        {
          id: 'members-partner-outline',
          type: 'line',
          source: COUNTRY_SOURCE,
          filter: isPartner,
          paint: {
            'line-color': colours.partnerOutline,
            'line-width': 1.2,
            'line-dasharray': [2, 1.5],
          },
        },
        {
          id: 'members-baltic-outline',
          type: 'line',
          source: COUNTRY_SOURCE,
          filter: ['has', 'baltic'],
          paint: {
            'line-color': colours.balticOutline,
            'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.5, 8, 3],
          },
        },
      ],
    };
  },
  sign,
  legend,
  items: (atlas) =>
    [
      ...[...atlas.members.keys()].map((id) => ({
        id,
        name: atlas.name(id),
        note: t('layers.noteMember'),
      })),
      ...[...atlas.partners].map((id) => ({
        id,
        name: atlas.name(id),
        note: t('layers.notePartner'),
      })),
    ].sort((a, b) => byName(a.name, b.name)),
  // Member states: the partners the layer also draws are not among them.
  count: (atlas) => atlas.members.size,
  details,
  related: () => [],
  rows: (atlas) =>
    atlas.factBase.members.map((m) => {
      const wave = waveOf(atlas.accessionYear(m.country));
      return {
        id: m.country,
        name: atlas.name(m.country),
        properties: {
          accession: m.accession,
          wave: wave === undefined ? null : waveLabel(wave),
          founder: m.founder,
        },
        facts: m.facts,
      };
    }),
};
