// What each monitor figure counts: one plain sentence per figure, versioned.
// When a definition changes, add a new version with the date it holds from;
// the page shows the version in force and its date, so figures from before
// and after a change are not compared unknowingly.
export interface Definition {
  version: number;
  validFrom: string;
  text: string;
}

export const definitions: Record<string, Definition[]> = {
  instroom: [
    {
      version: 1,
      validFrom: '2026-12-01',
      text: 'Mensen die in de periode in beeld kwamen: hun dossier werd in de periode aangemaakt. Per bron (hoe ze in beeld kwamen; een aanmelding met een Rechtencheck-code telt als Rechtencheck) en per reden waarom ze geen uitkering hebben.',
    },
  ],
  bestand: [
    {
      version: 1,
      validFrom: '2026-12-01',
      text: 'Mensen die op de laatste dag van de periode in beeld waren: dossier aangemaakt vóór of op die dag en toen nog niet beëindigd. De status is die van vandaag.',
    },
  ],
  trechter: [
    {
      version: 1,
      validFrom: '2026-12-01',
      text: 'Van de mensen die in de periode in beeld kwamen: hoeveel er een contactmoment, een plan met een doel en een door de persoon bevestigd plan hebben (tot vandaag). De tijd tussen de stappen is in dagen, als mediaan en 90e percentiel.',
    },
  ],
  contact: [
    {
      version: 1,
      validFrom: '2026-12-01',
      text: 'Verzoeken "Neem contact met mij op" die in de periode binnenkwamen, en of ze vóór of op de termijn van de gemeente zijn opgepakt. De tijd tot oppakken is in dagen.',
    },
  ],
  transities: [
    {
      version: 1,
      validFrom: '2026-12-01',
      text: 'Overgangsmomenten (zoals van school af of een afgewezen uitkering) met een datum in de periode, per soort, en of de gemeente ze binnen de termijn heeft opgepakt.',
    },
  ],
  signalen: [
    {
      version: 1,
      validFrom: '2026-12-02',
      text: 'Signalen "dreigt uit beeld te raken" (zoals te lang geen contact of geen plan met een doel) die in de periode begonnen, per soort, en of ze nu opgelost zijn. Eén persoon kan meer signalen hebben. InBeeld legt elke nacht vast welke signalen er zijn; de cijfers beginnen op de eerste nacht dat dat gebeurde. De tijd tot oplossen is in dagen.',
    },
  ],
  doorverwijzingen: [
    {
      version: 1,
      validFrom: '2026-12-01',
      text: 'Doorverwijzingen van of naar de gemeente die in de periode zijn verstuurd, met hun stand of uitkomst van vandaag, per ontvangende organisatie, en de reden als het niet lukte. De reactietijd is de tijd tot het eerste antwoord, in dagen.',
    },
  ],
  werk: [
    {
      version: 1,
      validFrom: '2026-12-02',
      text: 'Plaatsingen die in de periode begonnen: mensen die aan het werk gingen, ook in een baan die ze zelf vonden. Per manier waarop de baan ontstond, per soort contract en met of zonder loonkostensubsidie. Hoe lang het werk duurt, staat bij Duurzaamheid.',
    },
  ],
  duurzaamheid: [
    {
      version: 1,
      validFrom: '2026-12-02',
      text: 'Mensen die precies een jaar vóór de periode aan het werk gingen (het begin van werk, niet een volgende baan direct na een vorige). Geteld wordt wie 3, 6 en 12 maanden later nog aan het werk was. Wie binnen 4 weken naar een andere baan ging, telt als aan het werk (zoals de Inspectie SZW duurzaam werk telt). Omdat het begin een jaar terug ligt, zijn alle momenten voorbij. De cijfers per soort contract en instrument staan bij Nazorg, Duurzaamheid.',
    },
  ],
  matching: [
    {
      version: 1,
      validFrom: '2026-12-02',
      text: 'Vacatures die in de periode zijn toegevoegd, op de gemeente van de werkplek: hoe de baan ontstond, hoeveel uren en welk rooster. Voorstellen voor werk die in de periode zijn gedaan, voor mensen uit de gemeente, met hoe ver ze kwamen. Hoe lang het werk duurt, per manier waarop de baan ontstond, staat bij Duurzaamheid.',
    },
  ],
  bereik: [
    {
      version: 1,
      validFrom: '2026-12-01',
      text: 'Mensen die in de periode in beeld kwamen, naar leeftijd (op het eind van de periode) en of ze zelfstandige (zzp) zijn. Zo ziet de gemeente wie ze minder bereikt.',
    },
    {
      version: 2,
      validFrom: '2026-12-02',
      text: 'Mensen die in de periode in beeld kwamen, naar leeftijd (op het eind van de periode), of ze zelfstandige (zzp) zijn en de soort beperking zoals de persoon die zelf noemt (geen diagnose). Wie meer dan één soort noemt, telt één keer, bij "meer dan één soort". Zo ziet de gemeente wie ze minder bereikt.',
    },
  ],
};

export function definitionFor(key: string, on: string): Definition {
  const versions = definitions[key] ?? [];
  const inForce = versions.filter((d) => d.validFrom <= on).at(-1) ?? versions[0];
  if (!inForce) throw new Error(`monitor: no definition for ${key}`);
  return inForce;
}

/** Shown on every monitor page and in the report. */
export const nationalEstimateNote =
  'Landelijk zijn er naar schatting ongeveer 50.000 mensen met een arbeidsbeperking zonder uitkering die willen werken (SZW en CBS, 2024). Dat getal is een schatting uit een enquête (de Enquête beroepsbevolking), niet uit registers. De cijfers hieronder tellen alleen wie in InBeeld in beeld is.';
