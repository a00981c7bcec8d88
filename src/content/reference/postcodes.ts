// Postcode areas (the four digits, PC4) to gemeente codes, so a person can
// type a postcode where we ask where they live. Source, date and processing
// are in the JSON file (CBS 83503NED, 1 January 2021, mapped to the gemeenten
// of 2025). Postcodes issued after that date are missing: such a postcode is
// answered with "we kennen deze postcode niet", never with a guess.
import data from './postcodes-pc4.json' with { type: 'json' };

export const postcodeSource = { source: data.source, sourceUrl: data.sourceUrl, validFrom: data.validFrom, processing: data.processing };

const byPc4 = new Map<string, string>(Object.entries(data.postcodes as Record<string, string>));

/** Four digits and optionally two letters (with or without a space), nothing else. */
export const POSTCODE_INPUT = /^\s*([1-9]\d{3})\s?([a-zA-Z]{2})?\s*$/;

/** The gemeente code of a postcode area, or null when the table does not have it. */
export function gemeenteOfPostcode(pc4: string): string | null {
  return byPc4.get(pc4) ?? null;
}

export const postcodeCount = byPc4.size;
