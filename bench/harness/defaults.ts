// settings shared by the write baseline, the seeding path and (later) the import scenarios, so that
// they batch the same way

/** contacts per bulkAdd call (DESIGN §7: 1,000–2,000 is the sweet spot) */
export const BATCH_SIZE = 2000;

/** the country phones without an international prefix are read in, when a row names none */
export const DEFAULT_COUNTRY = 'DE';
