// Statistical disclosure control for count tables. A table (or several linked
// tables) is a set of cells and additive constraints "total = sum of parts":
// row and column margins, a period that is the sum of shorter periods, two
// breakdowns of the same total. See docs/monitor.md.

export interface Cell {
  id: string;
  value: number;
}

/** total = sum(parts). Each id names a cell. */
export interface Constraint {
  total: string;
  parts: string[];
}

export interface SdcOptions {
  /** Counts from 1 up to (not including) this minimum are suppressed. Default 5. */
  minimum?: number;
  /** Round every published count to a multiple of this base (for example 5); 1 or absent means no rounding. */
  roundTo?: number;
}

export type CellStatus = 'shown' | 'primary' | 'secondary';

export interface ProtectedCell {
  id: string;
  /** The count to publish, or null when suppressed. Rounded when rounding is chosen. */
  shown: number | null;
  status: CellStatus;
}

export const DEFAULT_MINIMUM = 5;
