/**
 * A feature's hover, selection or related flag as a style expression: false until MapView sets
 * it with `setFeatureState`. The one spelling every highlighting layer uses.
 * Style spec: https://maplibre.org/maplibre-style-spec/expressions/#feature-state
 */
import type { ExpressionSpecification } from 'maplibre-gl';

export type FeatureFlag = 'hover' | 'selected' | 'related';

export const featureState = (flag: FeatureFlag): ExpressionSpecification => [
  'boolean',
  ['feature-state', flag],
  false,
];
