// Types for the werkkaart: the knowledge card for professionals from the
// research "Tussen wal en schip" (Wever e.a., 2025, bijlage 4). Every text
// has a Dutch (B1) and an English version, written in our own words.
//
// Ids follow the research structure (see docs/kennis.md): chapters WK-0 to
// WK-5, subsections WK-<chapter>.<n>, reflection questions
// WK-<part>-R<n>, "Meer weten" WK-<part>-M and "Meer doen" WK-<part>-D.
// Ids and slugs are stable: reflection answers are stored by question id.

/** A text in Dutch (B1) and English. */
export interface Text {
  nl: string;
  en: string;
}

/** A paragraph, optionally followed by a bulleted list that belongs to it. */
export interface Paragraph extends Text {
  list?: Text[];
}

/** Routes of Trajecten that a caseworker can act on (they must exist in src/web/permissions.ts). */
export type TrajectenRoute = '/caseload' | '/aanmeldingen' | '/signalen' | '/personen' | '/personen/nieuw';

export interface TrajectenAction {
  href: TrajectenRoute;
  label: Text;
}

/** Where a part of the werkkaart points to in InBeeld. */
export interface WerkkaartLinks {
  /** Help kind codes (src/content/taxonomy.ts) → Wegwijzer search /zoeken?hulp=... */
  helpKinds?: string[];
  /** Service keys of the catalogue → /aanbod/<key> */
  services?: string[];
  /** A link to the Rechtencheck, with a short reason why it helps here. */
  rechtencheck?: Text;
  /** The matching action in Trajecten, shown to logged-in caseworkers only. */
  trajecten?: TrajectenAction;
}

export interface ReflectionQuestion {
  /** e.g. 'WK-4-R2' */
  id: string;
  text: Text;
}

/** A box of the research: "Reflecteren", "Meer weten" or "Meer doen?". */
export interface ReflectionBox {
  /** e.g. 'WK-4-R' */
  id: string;
  questions: ReflectionQuestion[];
}

export interface ExtraBox {
  /** e.g. 'WK-1-M' (meer weten) or 'WK-4-D' (meer doen) */
  id: string;
  kind: 'meer-weten' | 'meer-doen';
  paragraphs: Text[];
}

export interface WerkkaartSubsection {
  /** e.g. 'WK-5.3' */
  id: string;
  /** Anchor on the chapter page, e.g. 'vrijblijvendheid'. */
  anchor: string;
  title: Text;
  body: Paragraph[];
  /** Practical handles: short things to do. */
  tips?: Text[];
  links?: WerkkaartLinks;
  reflection?: ReflectionBox;
  extra?: ExtraBox[];
}

export interface WerkkaartChapter {
  /** 'WK-0' … 'WK-5' */
  id: string;
  /** The address: /kennis/werkkaart/<slug> */
  slug: string;
  title: Text;
  /** One or two sentences for the table of contents. */
  summary: Text;
  body: Paragraph[];
  tips?: Text[];
  subsections: WerkkaartSubsection[];
  links: WerkkaartLinks;
  reflection?: ReflectionBox;
  extra?: ExtraBox[];
}
