// Occupation codes: ISCO-08 (International Standard Classification of
// Occupations), the major groups (1 digit) and sub-major groups (2 digits).
// The codes and structure are the ILO's; the Dutch names are our own short
// wording, not an official translation. CBS publishes the Dutch version as
// part of BRC 2014, which maps onto ISCO-08.
export const ISCO08_SOURCE = {
  name: 'ISCO-08, International Standard Classification of Occupations',
  publisher: 'International Labour Organization (ILO)',
  url: 'https://www.ilo.org/public/english/bureau/stat/isco/isco08/',
  validFrom: '2008-01-01',
} as const;

export const iscoMajorGroups: Record<string, string> = {
  '0': 'Krijgsmacht',
  '1': 'Leidinggevenden',
  '2': 'Specialisten',
  '3': 'Technici en vakkrachten op middelbaar niveau',
  '4': 'Administratief werk',
  '5': 'Dienstverlening en verkoop',
  '6': 'Landbouw, bosbouw en visserij (geschoold)',
  '7': 'Ambacht, bouw en techniek',
  '8': 'Bediening van machines, montage en vervoer',
  '9': 'Eenvoudig werk',
};

export const iscoSubMajorGroups: Record<string, string> = {
  '01': 'Officieren', '02': 'Onderofficieren', '03': 'Militairen, overige rangen',
  '11': 'Bestuurders en hogere leidinggevenden', '12': 'Leidinggevenden bedrijfsvoering en verkoop',
  '13': 'Leidinggevenden productie en gespecialiseerde diensten', '14': 'Leidinggevenden horeca, winkels en andere diensten',
  '21': 'Specialisten natuurwetenschap en techniek', '22': 'Specialisten gezondheidszorg', '23': 'Onderwijs',
  '24': 'Specialisten bedrijfsvoering en administratie', '25': 'Specialisten ICT', '26': 'Specialisten recht, sociaal werk en cultuur',
  '31': 'Technici natuurwetenschap en techniek', '32': 'Vakkrachten gezondheidszorg', '33': 'Vakkrachten bedrijfsvoering en administratie',
  '34': 'Vakkrachten recht, sociaal werk en cultuur', '35': 'ICT-technici',
  '41': 'Algemeen administratief werk en typewerk', '42': 'Klantcontact en receptie', '43': 'Registratie van cijfers en goederen',
  '44': 'Ander administratief werk',
  '51': 'Persoonlijke dienstverlening (zoals horeca en kappers)', '52': 'Verkoop', '53': 'Verzorging en begeleiding',
  '54': 'Beveiliging en bescherming',
  '61': 'Landbouw en veeteelt voor de markt', '62': 'Bosbouw, visserij en jacht', '63': 'Landbouw en visserij voor eigen gebruik',
  '71': 'Bouw (zonder elektra)', '72': 'Metaal en machines', '73': 'Handwerk en drukwerk', '74': 'Elektra en elektronica',
  '75': 'Voedingsmiddelen, hout, kleding en andere ambachten',
  '81': 'Bediening van vaste machines en installaties', '82': 'Montage', '83': 'Chauffeurs en bediening van mobiele machines',
  '91': 'Schoonmaak en hulp in huis', '92': 'Hulpkrachten landbouw, bosbouw en visserij',
  '93': 'Hulpkrachten bouw, industrie en vervoer', '94': 'Hulp bij het bereiden van eten', '95': 'Straatverkoop en diensten op straat',
  '96': 'Afvalinzameling en ander eenvoudig werk',
};

/** The sub-major groups as choices, with their major group in front. */
export const occupationOptions = Object.entries(iscoSubMajorGroups).map(([code, name]) => ({
  code,
  name: `${code} ${name} (${iscoMajorGroups[code[0]!]})`,
}));
