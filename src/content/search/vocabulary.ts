// Search vocabulary: words people type that mean the same as words in the
// catalogue. Kept as content, so editors can add to it without code. Used for
// queries (a query word is widened to every form in its group) and for the
// "bedoelde je …?" suggestions (every one-word form is a known word).
//
// Rules for editors: one group per meaning; forms are written the way people
// type them (lower case; spaces and hyphens both work); the first form is the
// one shown in a suggestion, in plain Dutch (B1). English forms sit in the same
// group, so an English search finds the Dutch offers.

export interface TermGroup {
  /** Every form that means the same. The first is the plain Dutch word. */
  forms: string[];
}

export const termGroups: TermGroup[] = [
  // Compounds and spelling variants
  { forms: ['jobcoach', 'job coach', 'job-coach', 'jobcoaching', 'jobcoaches', 'werkcoach', 'job coaching'] },
  { forms: ['werkvervoer', 'vervoer naar werk', 'vervoer naar je werk', 'vervoer naar het werk', 'reizen naar werk', 'rit naar je werk', 'taxi naar werk', 'transport to work', 'commute', 'commuting', 'travel to work'] },
  { forms: ['vervoer', 'autorijden', 'auto rijden', 'rijbewijs', 'reizen', 'transport', 'travel', 'driving'] },
  { forms: ['werkplekaanpassing', 'aanpassing werkplek', 'werkplek aanpassen', 'aangepaste werkplek', 'werkvoorziening', 'werkvoorzieningen', 'hulpmiddel', 'hulpmiddelen', 'workplace adjustment', 'workplace adjustments', 'adaptations', 'aids'] },
  { forms: ['re-integratie', 'reintegratie', 'reïntegratie', 're integratie', 'reintegration', 'return to work'] },
  { forms: ['loonkostensubsidie', 'loon kosten subsidie', 'loonsubsidie', 'lks', 'wage subsidy', 'wage cost subsidy'] },
  { forms: ['no-riskpolis', 'no risk polis', 'noriskpolis', 'no risk', 'no-risk policy'] },
  { forms: ['cliëntondersteuning', 'clientondersteuning', 'client ondersteuning', 'cliëntondersteuner', 'clientondersteuner', 'client support', 'independent advice'] },
  { forms: ['schulden', 'schuld', 'schuldhulp', 'schuldhulpverlening', 'geldzorgen', 'geldproblemen', 'debt', 'debts', 'money problems', 'money worries'] },
  { forms: ['werkervaringsplaats', 'werkervaringsplek', 'werkervaringplaats', 'werkervaring', 'stage', 'stageplek', 'leerwerkplek', 'work experience', 'work placement', 'internship', 'apprenticeship'] },
  { forms: ['proefplaatsing', 'proefplaats', 'proefperiode', 'proberen bij een werkgever', 'trial placement', 'work trial'] },
  { forms: ['doelgroepregister', 'doelgroep register', 'banenafspraak', 'target group register', 'jobs agreement'] },
  { forms: ['beschut werk', 'beschutwerk', 'beschutte werkplek', 'beschutte werkplaats', 'sheltered work', 'sheltered employment'] },
  { forms: ['vrijwilligerswerk', 'vrijwilliger', 'vrijwillig werk', 'volunteer', 'volunteering', 'voluntary work'] },
  { forms: ['zelfstandige', 'zzp', 'zzper', "zzp'er", 'eigen bedrijf', 'ondernemer', 'self-employed', 'freelancer', 'own business'] },
  { forms: ['nah', 'hersenletsel', 'niet aangeboren hersenletsel', 'brain injury', 'acquired brain injury'] },
  { forms: ['lvb', 'licht verstandelijke beperking', 'verstandelijke beperking', 'intellectual disability', 'learning disability'] },
  { forms: ['long covid', 'longcovid', 'post covid', 'postcovid'] },
  { forms: ['moe', 'vermoeid', 'vermoeidheid', 'weinig energie', 'energie', 'uitgeput', 'tired', 'fatigue', 'exhausted'] },
  { forms: ['psychische problemen', 'psychisch', 'ggz', 'depressie', 'burn-out', 'burnout', 'angst', 'mental health', 'mental illness', 'depression'] },
  { forms: ['autisme', 'autistisch', 'ass', 'autism', 'autistic'] },
  { forms: ['adhd', 'add', 'dyslexie', 'dyscalculie', 'dyslexia'] },
  { forms: ['slechtziend', 'slechtzien', 'blind', 'blindheid', 'visueel beperkt', 'visually impaired', 'low vision'] },
  { forms: ['slechthorend', 'slechthorendheid', 'doof', 'doofheid', 'oorsuizen', 'deaf', 'hard of hearing', 'hearing loss'] },
  { forms: ['chronische ziekte', 'chronisch ziek', 'chronic illness', 'chronic disease', 'ms', 'multiple sclerose', 'multiple sclerosis'] },
  { forms: ['lotgenoten', 'lotgenotencontact', 'lotgenotengroep', 'ervaringsdeskundige', 'peer support', 'support group'] },
  // Everyday words and their English forms
  { forms: ['werk', 'werken', 'baan', 'job', 'jobs', 'work', 'employment'] },
  { forms: ['werk zoeken', 'werkzoekende', 'baan zoeken', 'sollicitatie', 'solliciteren', 'vacatures', 'vacature', 'job search', 'find a job', 'find work', 'looking for work', 'vacancies', 'apply for a job'] },
  { forms: ['uitkering', 'bijstand', 'benefit', 'benefits', 'welfare', 'social assistance'] },
  { forms: ['werkgever', 'werkgevers', 'baas', 'employer', 'employers'] },
  { forms: ['beperking', 'handicap', 'arbeidsbeperking', 'disability', 'disabled', 'impairment'] },
  { forms: ['training', 'cursus', 'scholing', 'opleiding', 'leren', 'course', 'courses', 'education', 'learning'] },
  { forms: ['begeleiding', 'ondersteuning', 'coaching', 'support', 'guidance', 'coach'] },
  { forms: ['advies', 'informatie', 'uitleg', 'advice', 'information'] },
  { forms: ['rechten', 'recht', 'rights', 'entitlement'] },
  { forms: ['juridisch advies', 'juridisch loket', 'bezwaar', 'bezwaar maken', 'legal advice', 'objection', 'appeal'] },
  { forms: ['school', 'praktijkonderwijs', 'pro', 'vso', 'leerling', 'school leaver', 'special education'] },
  { forms: ['jongeren', 'jongere', 'jong', 'young people', 'youth'] },
  { forms: ['gemeente', 'municipality', 'council'] },
  { forms: ['huisarts', 'dokter', 'arts', 'gp', 'doctor'] },
  { forms: ['ergotherapie', 'ergotherapeut', 'occupational therapy', 'occupational therapist'] },
  { forms: ['banenmarkt', 'banen markt', 'job fair', 'jobs fair'] },
  { forms: ['meeloopdag', 'meelopen', 'snuffelstage', 'job shadowing', 'taster day'] },
];

/**
 * Words that carry no meaning for search in a plain sentence ("ik wil graag
 * werken maar ben snel moe"). PostgreSQL's Dutch list already drops words such
 * as "ik", "de" and "maar"; these are the ones it keeps, plus English ones.
 * A query made only of such words is searched as typed.
 */
export const fillerWords: ReadonlySet<string> = new Set([
  'ik', 'maar', 'en', 'de', 'het', 'een', 'bij', 'voor', 'met', 'van', 'op', 'aan', 'te', 'om', 'er', 'dat', 'die',
  'of', 'zijn', 'is', 'was', 'naar', 'in', 'uit', 'hij', 'zij', 'ze', 'we', 'wij', 'mee', 'over', 'geen', 'zo',
  'graag', 'wil', 'willen', 'wilt', 'ben', 'bent', 'heb', 'hebt', 'heeft', 'kan', 'kun', 'kunt', 'mag', 'moet', 'zou',
  'zoek', 'zoeken', 'vind', 'vinden', 'hulp', 'help', 'helpen', 'nodig', 'snel', 'erg', 'heel', 'echt', 'ook', 'nog',
  'toch', 'wel', 'niet', 'iets', 'iemand', 'soms', 'vaak', 'altijd', 'beetje', 'even', 'misschien', 'mijn', 'mij',
  'me', 'je', 'jij', 'jou', 'jouw', 'u', 'uw', 'hoe', 'wat', 'waar', 'welke', 'wie', 'krijg', 'krijgen', 'weet',
  'weten', 'goed', 'ga', 'gaan', 'kom', 'komen', 'doe', 'doen', 'omdat', 'want', 'dus', 'als', 'dan',
  'i', 'im', 'am', 'want', 'wants', 'need', 'needs', 'to', 'a', 'an', 'the', 'my', 'me', 'for', 'with', 'and', 'or',
  'on', 'at', 'by', 'can', 'could', 'how', 'where', 'what', 'get', 'getting', 'looking', 'some', 'please',
  'is', 'are', 'do', 'does', 'but', 'very', 'quickly', 'would', 'like', 'about', 'from', 'there', 'any',
]);
