// The business case (MKBA) for a gemeente: yearly costs and returns, for the
// gemeente and for society separately. Pure: parameters (dated, with their
// source) and the gemeente's own inputs in, amounts and what is and is not
// counted out. Amounts in euros per year.
export interface MkbaParameter {
  key: string;
  label: string;
  side: 'gemeente' | 'samenleving';
  per: string;
  amount: number;
  validFrom: string;
  source: string;
  sourceUrl: string | null;
}

export interface MkbaInput {
  /** People in view during the year. */
  peopleInView: number;
  /** Placements in work with loonkostensubsidie, and without. */
  placementsWithLks: number;
  placementsWithoutLks: number;
  /** Share (0-1) of placements still in work after 12 months. */
  durability12: number;
  /** Own costs. */
  consulentHoursPerPerson: number;
  hourlyRate: number;
  jobcoachCostPerPlacement: number;
  lksCostPerPlacement: number;
  /** Bijstand avoided per placement per year, where people would otherwise get it (for nuggers usually 0). */
  bijstandAvoidedPerPlacement: number;
}

export interface MkbaLine {
  label: string;
  amount: number;
  basis: string;
}

export interface MkbaResult {
  gemeente: { costs: MkbaLine[]; returns: MkbaLine[]; net: number };
  samenleving: { returns: MkbaLine[]; net: number };
  notCounted: string[];
}

const eur = (n: number) => Math.round(n);

export function computeMkba(input: MkbaInput, parameters: MkbaParameter[]): MkbaResult {
  const lasting = (n: number) => n * Math.min(1, Math.max(0, input.durability12));
  const costs: MkbaLine[] = [
    { label: 'Begeleiding door consulenten', amount: eur(input.peopleInView * input.consulentHoursPerPerson * input.hourlyRate), basis: `${input.peopleInView} mensen × ${input.consulentHoursPerPerson} uur × € ${input.hourlyRate}` },
    { label: 'Jobcoaching', amount: eur((input.placementsWithLks + input.placementsWithoutLks) * input.jobcoachCostPerPlacement), basis: `${input.placementsWithLks + input.placementsWithoutLks} plaatsingen × € ${input.jobcoachCostPerPlacement}` },
    { label: 'Loonkostensubsidie', amount: eur(input.placementsWithLks * input.lksCostPerPlacement), basis: `${input.placementsWithLks} plaatsingen × € ${input.lksCostPerPlacement}` },
  ];
  const returns: MkbaLine[] = [];
  const society: MkbaLine[] = [];
  for (const p of parameters) {
    // Gemeentefonds: per person working with LKS; other parameters: per lasting placement.
    const count = p.key === 'gemeentefonds-lks' ? lasting(input.placementsWithLks) : lasting(input.placementsWithLks + input.placementsWithoutLks);
    const line = { label: p.label, amount: eur(count * p.amount), basis: `${Math.round(count * 10) / 10} × € ${p.amount} ${p.per} (bron: ${p.source}, sinds ${p.validFrom})` };
    (p.side === 'gemeente' ? returns : society).push(line);
  }
  if (input.bijstandAvoidedPerPlacement > 0) {
    const n = lasting(input.placementsWithLks + input.placementsWithoutLks);
    returns.push({ label: 'Bijstand die niet nodig is', amount: eur(n * input.bijstandAvoidedPerPlacement), basis: `${Math.round(n * 10) / 10} × € ${input.bijstandAvoidedPerPlacement} (eigen invoer)` });
  }
  const sum = (l: MkbaLine[]) => l.reduce((s, x) => s + x.amount, 0);
  return {
    gemeente: { costs, returns, net: sum(returns) - sum(costs) },
    // The gemeente's costs are part of society's too; its Gemeentefonds income is a transfer, not a gain for society.
    samenleving: { returns: society, net: sum(society) + sum(returns.filter((r) => r.label === 'Bijstand die niet nodig is')) - sum(costs) },
    notCounted: [
      'Lagere zorgkosten en betere gezondheid van mensen die werken (de MKBA’s noemen dit; er is nog geen bedrag ingevoerd).',
      'Wat werk betekent voor iemand zelf: inkomen, zelfvertrouwen, meedoen.',
      'Effecten na het eerste jaar.',
      'De baten van beschut werk en andere vormen van meedoen zonder loon.',
    ],
  };
}

/** The parameter rows in force on a day: per key the latest with valid_from on or before it. */
export function inForce(rows: MkbaParameter[], on: string): MkbaParameter[] {
  const best = new Map<string, MkbaParameter>();
  for (const r of rows) if (r.validFrom <= on && (!best.has(r.key) || best.get(r.key)!.validFrom < r.validFrom)) best.set(r.key, r);
  return [...best.values()].sort((a, b) => a.key.localeCompare(b.key));
}
