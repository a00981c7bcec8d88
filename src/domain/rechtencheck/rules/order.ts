// The order in which the rules run. Later rules may read the outcomes of
// earlier ones (the employer benefits read the three register routes).
export const IDX = {
  ondersteuningGemeente: 0,
  inschrijvingWerkzoekende: 1,
  doelgroepregisterUwv: 2,
  doelgroepregisterPraktijkroute: 3,
  doelgroepregisterAutomatisch: 4,
  loonkostenvoordeel: 5,
  noRiskPolis: 6,
  banenafspraak: 7,
  loonkostensubsidie: 8,
  beschutWerk: 9,
  proefplaatsing: 10,
  jobcoachingGemeente: 11,
  jobcoachingUwv: 12,
  werkvoorzieningenGemeente: 13,
  werkvoorzieningenUwv: 14,
  bijstand: 15,
} as const;

export const RULE_COUNT = 16;
