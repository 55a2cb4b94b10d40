// No imports: the browser tests read these colours too.

/**
 * While the time slider sets a bound, a relationship it places by an inferred date (not stated by the article):
 * amber for what happened, violet for what is planned or hoped for, so the modality still shows.
 */
export const INFERRED_COLOUR = "#d9a441";
export const INFERRED_NOT_YET_COLOUR = "#a78bd4";
