// The rhythm dialogs load when first opened, not with the calendar's first paint (the series
// dialog brings the recurrence library).
import { lazy } from 'react';

export const SeriesDialog = lazy(() =>
  import('./SeriesDialog').then((m) => ({ default: m.SeriesDialog })),
);
export const FillSpotlightsDialog = lazy(() =>
  import('./FillSpotlightsDialog').then((m) => ({ default: m.FillSpotlightsDialog })),
);
