// The Trajecten views, one file per part in ./views/; this module keeps the
// import path the person page and the workspace use.
export { DossierSections, EndSupportLink } from './views/dossier.tsx';
export { DossierSummary, nextAction } from './views/summary.tsx';
export { EndSupportPage } from './views/end.tsx';
export { QueuePage, SignalsPage } from './views/lists.tsx';
export { SelfRegistrationDone, SelfRegistrationPage } from './views/public.tsx';
export type { DossierData, SectionForms, SignalRow } from './views/types.ts';
