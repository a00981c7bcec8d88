// An offer not verified (assured) for a while may be outdated; people and
// editors are warned rather than the offer being hidden.
export function isPossiblyOutdated(assuredDate: string, today: Date, months = 12): boolean {
  const limit = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()));
  return new Date(`${assuredDate}T00:00:00Z`).getTime() < limit.getTime();
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
