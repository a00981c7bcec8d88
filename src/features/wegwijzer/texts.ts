// Fixed texts of the public site, in B1 Dutch (and in English below).
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

/** The same texts in English, for ?taal=en. */
export const staticTextsEn: Record<string, { title: string; paragraphs: string[] }> = {
  '/over': {
    title: 'About InBeeld',
    paragraphs: [
      'InBeeld is for people with an illness or disability who want to work but get no benefit. For example because their partner works, because they have savings, or because they did not get Wajong.',
      'You still have a right to support from your gemeente (municipality) in finding work. The Participatiewet says so. Many people do not know this. InBeeld shows which support there is and where you ask for it.',
      'InBeeld gives information. Your gemeente or UWV decides whether you get the support.',
      'Organisations keep their own offers up to date in InBeeld. Each offer says when it was last checked.',
      'The offers in the Drenthe region are an example. Those organisations do not really exist. They show how InBeeld works. The national offers and the rules are real.',
    ],
  },
  '/toegankelijkheid': {
    title: 'Accessibility',
    paragraphs: [
      'We want everyone to be able to use InBeeld. Also if you do not see well, use only a keyboard or have little experience with computers.',
      'We test every page with automatic checks (WCAG 2.2 level AA) and with the keyboard alone. All pages also work without JavaScript.',
      'Do you still run into a problem? Let us know through your gemeente. Then we will fix it.',
    ],
  },
  '/privacy': {
    title: 'Privacy',
    paragraphs: [
      'When you search for support or do the Rechtencheck, you do not have to say who you are. We do not keep your searches with your name.',
      'We use no cookies to follow you. We only use cookies that forms and logging in need.',
      'Staff of organisations log in to keep their offers up to date. Of them we keep only their name, e-mail address and organisation.',
    ],
  },
};
