// Fixed texts of the public site, in B1 Dutch.
export const staticTexts: Record<string, { title: string; paragraphs: string[] }> = {
  '/over': {
    title: 'Over InBeeld',
    paragraphs: [
      'InBeeld is er voor mensen met een ziekte of beperking die willen werken, maar geen uitkering hebben. Bijvoorbeeld omdat je partner werkt, omdat je spaargeld hebt of omdat je geen Wajong kreeg.',
      'Ook dan heb je recht op hulp van je gemeente bij het vinden van werk. Dat staat in de Participatiewet. Veel mensen weten dat niet. InBeeld laat zien welke hulp er is en waar je die vraagt.',
      'InBeeld geeft informatie. Je gemeente of UWV beslist of je de hulp krijgt.',
      'Organisaties houden hun eigen aanbod bij in InBeeld. Bij elk aanbod staat wanneer het voor het laatst is gecontroleerd.',
      'Het aanbod in de regio Drenthe is een voorbeeld. Die organisaties bestaan niet echt. Ze laten zien hoe InBeeld werkt. Het landelijke aanbod en de regels zijn echt.',
    ],
  },
  '/toegankelijkheid': {
    title: 'Toegankelijkheid',
    paragraphs: [
      'We willen dat iedereen InBeeld kan gebruiken. Ook als je slecht ziet, alleen een toetsenbord gebruikt of weinig ervaring hebt met computers.',
      'We testen elke pagina met automatische controles (WCAG 2.2 niveau AA) en met alleen het toetsenbord. Alle pagina’s werken ook zonder JavaScript.',
      'Loop je toch tegen een probleem aan? Laat het ons weten via je gemeente. Dan lossen we het op.',
    ],
  },
  '/privacy': {
    title: 'Privacy',
    paragraphs: [
      'Als je zoekt naar hulp of de Rechtencheck doet, hoef je niet te zeggen wie je bent. We bewaren je zoekvragen niet bij je naam.',
      'We gebruiken geen cookies om je te volgen. We gebruiken alleen cookies die nodig zijn voor formulieren en om in te loggen.',
      'Medewerkers van organisaties loggen in om hun aanbod bij te houden. Van hen bewaren we alleen hun naam, e-mailadres en organisatie.',
    ],
  },
};
