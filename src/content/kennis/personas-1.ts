// Persona's P1 (Elian), P2 (Naila) and P3 (Hannah). Facts from "Tussen wal
// en schip" (Wever e.a., 2025), bijlage 2; all text in our own words.
import type { PersonaContent } from './personas-types.ts';

export const elian: PersonaContent = {
  id: 'P1',
  slug: 'elian',
  name: 'Elian',
  age: 26,
  summary: {
    nl: 'Elian is 26, heeft autisme en zoekt een kleine baan in de ICT. Zijn partner verdient, dus hij krijgt geen bijstand.',
    en: 'Elian is 26, has autism and is looking for a small job in ICT. His partner earns an income, so he gets no bijstand.',
  },
  headline: {
    nl: 'Ik wil mijn eigen geld verdienen en op eigen benen staan. Maar ik vind geen baan die past. Omdat mijn partner werkt, krijg ik geen enkele steun. Ik ben helemaal van hem afhankelijk. Waar ik praktische hulp kan vinden, weet ik niet.',
    en: 'I want to earn my own money and stand on my own feet. But I cannot find a job that fits. Because my partner works, I get no support at all. I depend on him completely. I do not know where to find practical help.',
  },
  situation: [
    {
      nl: 'Ik ben Elian en ik ben 26 jaar. Ik heb een universitaire opleiding informatica. Ik ben creatief en kan goed analyseren.',
      en: 'I am Elian and I am 26. I have a university degree in computer science. I am creative and good at analysing.',
    },
    {
      nl: 'Toen ik 25 was en mijn bachelor af had, hoorde ik dat ik autisme heb. Daardoor begrijp ik mezelf beter. Ik weet nu dat ik een rustige werkplek nodig heb. Bij te veel prikkels raak ik mijn focus kwijt en ben ik snel moe.',
      en: 'When I was 25 and had finished my bachelor’s, I learned that I have autism. Because of that I understand myself better. I now know I need a quiet workplace. With too many stimuli I lose my focus and get tired quickly.',
    },
    {
      nl: 'Ik wil graag werken, maar wel met flexibele uren en een plek die bij me past. Het liefst een baan in de ICT van 8 tot 12 uur per week. Bij een werkgever die wil meedenken over aanpassingen. Dan kan ik het lang volhouden.',
      en: 'I want to work, but with flexible hours and a place that suits me. Ideally a job in ICT of 8 to 12 hours a week. With an employer who is willing to think along about adjustments. Then I can keep it up for a long time.',
    },
  ],
  limitation: { nl: 'Autisme (vastgesteld op zijn 25e).', en: 'Autism (diagnosed at 25).' },
  noBenefitReason: [
    {
      nl: 'Elian heeft geen werk en geen inkomen. Hij woont samen met zijn partner, die een vast inkomen heeft. Daardoor heeft hij geen recht op bijstand.',
      en: 'Elian has no job and no income. He lives with his partner, who has a steady income. Because of that he has no right to bijstand.',
    },
    {
      nl: 'Hij is dus helemaal afhankelijk van zijn partner. Dat geeft druk. Een goede baan zoeken kost tijd, maar zonder inkomen voelt hij weinig ruimte om rustig te zoeken. En hij weet: op een verkeerde werkplek valt hij weer uit.',
      en: 'So he depends completely on his partner. That creates pressure. Finding a good job takes time, but without an income he feels little room to search calmly. And he knows: in the wrong workplace he will drop out again.',
    },
  ],
  obstacles: [
    { nl: 'Hij weet niet goed waar hij recht op heeft en welke hulp er is.', en: 'He does not really know what he is entitled to and what help exists.' },
    {
      nl: 'Hij hoort veel slechte verhalen over UWV en de gemeente. Hij is bang voor verplichtingen en bemoeienis als hij om hulp vraagt.',
      en: 'He hears many bad stories about UWV and the gemeente. He is afraid of obligations and interference if he asks for help.',
    },
    {
      nl: 'In de ICT zijn bijna geen banen voor een paar uur per week. Hij kent het doelgroepregister, maar wil niet in een hokje. En hij denkt dat de banen voor mensen in dat register niet passen bij zijn opleiding.',
      en: 'In ICT there are hardly any jobs for a few hours a week. He knows the target group register, but does not want to be put in a box. And he thinks the jobs for people in that register do not fit his education.',
    },
  ],
  currentSituation: [
    {
      nl: 'Elian heeft lang gezocht naar zijn plek op de arbeidsmarkt. Hij staat bij UWV ingeschreven als werkzoekende, maar krijgt daar geen uitkering. Dus zocht hij zelf verder.',
      en: 'Elian has long searched for his place in the labour market. He is registered with UWV as a jobseeker, but gets no benefit there. So he kept searching on his own.',
    },
    {
      nl: 'Via een patiëntenorganisatie sprak hij anderen met dezelfde ervaringen. Nu weet hij beter wat hij nodig heeft. Online vindt hij geen banen voor weinig uren. Hij is gemotiveerd en kan veel, en wil werk dat hij kan volhouden.',
      en: 'Through a patient organisation he talked to others with the same experiences. Now he knows better what he needs. Online he finds no jobs with few hours. He is motivated and skilled, and wants work he can keep up.',
    },
  ],
  needs: [
    { nl: 'Iemand die met hem meezoekt naar een passende baan in de ICT.', en: 'Someone who thinks along in finding a suitable job in ICT.' },
    { nl: 'Een baan voor een paar uur per week, zodat hij zijn energie goed kan verdelen.', en: 'A job of a few hours a week, so he can spread his energy well.' },
    { nl: 'Begeleiding en coaching om zijn werk vol te houden.', en: 'Guidance and coaching to keep up his work.' },
  ],
  conversationQuestions: [
    {
      id: 'P1-GV1',
      text: {
        nl: 'Wat kan het onderwijs doen om een arbeidsbeperking op te merken en mensen te informeren?',
        en: 'What can education do to notice a work limitation and inform people?',
      },
    },
    {
      id: 'P1-GV2',
      text: {
        nl: 'Hoe kun je de inschrijving bij UWV, en het moment dat iemand geen uitkering krijgt, gebruiken om mensen te bereiken?',
        en: 'How can you use the registration with UWV, and the moment someone is refused a benefit, to reach people?',
      },
    },
    { id: 'P1-GV3', text: { nl: 'Hoe bouw je vertrouwen op?', en: 'How do you build trust?' } },
    {
      id: 'P1-GV4',
      text: {
        nl: 'Hoe maak je banen voor weinig uren aantrekkelijker voor werkgevers?',
        en: 'How do you make jobs with few hours more attractive to employers?',
      },
    },
  ],
  limitationCodes: ['autisme'],
  helpKinds: ['werk-vinden', 'open-werkgever', 'jobcoaching', 'werk-houden'],
};

export const naila: PersonaContent = {
  id: 'P2',
  slug: 'naila',
  name: 'Naila',
  age: 49,
  summary: {
    nl: 'Naila is 49, heeft MS en wil na jaren weer werken. Ze leeft van een kleine erfenis en krijgt daarom geen bijstand.',
    en: 'Naila is 49, has MS and wants to work again after many years. She lives on a small inheritance and therefore gets no bijstand.',
  },
  headline: {
    nl: 'Toen ik ziek werd, had ik geen baan. Daarom kreeg ik geen uitkering. Nu wil ik weer werken. Maar ik weet niet wat verstandig is met mijn gezondheid.',
    en: 'When I fell ill, I had no job. That is why I got no benefit. Now I want to work again. But I do not know what is wise with my health.',
  },
  situation: [
    {
      nl: 'Ik ben Naila en ik ben 49 jaar. Ik ben gescheiden en mijn kinderen zijn volwassen. Nu wil ik iets voor mezelf opbouwen.',
      en: 'I am Naila and I am 49. I am divorced and my children are grown up. Now I want to build something for myself.',
    },
    {
      nl: 'Ik heb een hbo-diploma verpleegkunde. Tot mijn 32e werkte ik in de zorg. Daarna stopte ik om voor mijn kinderen te zorgen. Op mijn 36e kreeg ik de diagnose MS.',
      en: 'I have a higher vocational degree in nursing. Until I was 32 I worked in care. Then I stopped to look after my children. At 36 I was diagnosed with MS.',
    },
    {
      nl: 'Het gaat nu redelijk stabiel. Maar ik ben soms moe en kan me dan slecht concentreren. Lang lopen is zwaar. Ik moet mijn energie goed verdelen. Ik zet door en pak dingen aan. Ik zoek werk waarin ik mijn ervaring kan gebruiken, zonder dat het lichamelijk te zwaar is. Ik heb hulp nodig om uit te zoeken wat bij me past.',
      en: 'Things are fairly stable now. But I am sometimes tired and then find it hard to concentrate. Walking a long way is hard. I have to spread my energy well. I keep going and get things done. I am looking for work where I can use my experience without it being physically too heavy. I need help to find out what suits me.',
    },
  ],
  limitation: {
    nl: 'MS (vastgesteld op haar 36e): vermoeidheid, moeite met concentreren, lang lopen is zwaar.',
    en: 'MS (diagnosed at 36): fatigue, trouble concentrating, walking a long way is hard.',
  },
  noBenefitReason: [
    {
      nl: 'Naila was thuis voor haar kinderen toen ze ziek werd. Ze had geen baan. Daarom kreeg ze geen Ziektewet-uitkering.',
      en: 'Naila was at home for her children when she fell ill. She had no job. That is why she got no sickness benefit (Ziektewet).',
    },
    {
      nl: 'Sinds de scheiding leeft ze van een kleine erfenis. De overheid ziet dat geld als een buffer die ze eerst moet opmaken. Daardoor krijgt ze ook geen bijstand. Haar spaargeld wordt steeds minder. Ze heeft een vast inkomen nodig, maar door haar MS kan ze niet zomaar elke baan aannemen.',
      en: 'Since the divorce she has lived on a small inheritance. The government sees that money as a buffer she must use up first. So she gets no bijstand either. Her savings keep shrinking. She needs a steady income, but because of her MS she cannot just take any job.',
    },
  ],
  obstacles: [
    {
      nl: 'Ze denkt dat ze geen recht heeft op hulp omdat ze geen uitkering krijgt. Ze weet niet waar ze terecht kan voor begeleiding.',
      en: 'She thinks she has no right to help because she gets no benefit. She does not know where to go for guidance.',
    },
    {
      nl: 'Ze wil werken buiten de zorg, maar weet niet welke banen bij haar passen. Ze heeft jaren niet gesolliciteerd en weet de weg naar werk niet meer.',
      en: 'She wants to work outside care, but does not know which jobs suit her. She has not applied for jobs for years and no longer knows the way to work.',
    },
    { nl: 'Ze twijfelt wat ze wel en niet aankan met MS.', en: 'She is unsure what she can and cannot handle with MS.' },
  ],
  currentSituation: [
    {
      nl: 'Eerst zocht Naila online naar werk. Dat liep vast, omdat ze niet weet wat ze kan en wil in een nieuwe baan.',
      en: 'First Naila searched for work online. That got stuck, because she does not know what she can do and wants in a new job.',
    },
    {
      nl: 'Haar praktijkondersteuner bij de huisarts (POH) raadde haar aan de gemeente te bellen. Daar kreeg ze te horen dat ze het te druk hadden, omdat ze zelf rond kan komen. Ze werd terugverwezen naar haar zorgverleners. Maar die doen niets met werk.',
      en: 'Her practice nurse at the GP (POH) advised her to call the gemeente. There she was told they were too busy, because she can support herself. She was sent back to her care providers. But they do nothing with work.',
    },
  ],
  needs: [
    {
      nl: 'Informatie over de hulp die er voor haar is, zodat ze weet waar ze terecht kan.',
      en: 'Information about the help available to her, so she knows where to go.',
    },
    {
      nl: 'Iemand die meedenkt en helpt een baan te vinden die past bij haar situatie en haar MS.',
      en: 'Someone who thinks along and helps find a job that fits her situation and her MS.',
    },
  ],
  conversationQuestions: [
    {
      id: 'P2-GV1',
      text: {
        nl: 'Wie is verantwoordelijk voor de keuze wie voorrang krijgt in de caseload? Waar letten professionals, managers en beleidsmakers op?',
        en: 'Who is responsible for choosing who gets priority in the caseload? What do professionals, managers and policy makers take into account?',
      },
    },
    {
      id: 'P2-GV2',
      text: {
        nl: 'Wat kan hulp vooraf hier betekenen? Wie had dit kunnen opmerken, en wanneer?',
        en: 'What could early, preventive help mean here? Who could have noticed this, and when?',
      },
    },
    {
      id: 'P2-GV3',
      text: {
        nl: 'Welke professionals kennen Naila misschien, nu of van vroeger? Hoe kunnen zij samenwerken?',
        en: 'Which professionals may know Naila, now or from the past? How can they work together?',
      },
    },
    {
      id: 'P2-GV4',
      text: {
        nl: 'Hoe, waar en wanneer informeer je mensen het best over de hulp die er is?',
        en: 'How, where and when do you best inform people about the help that exists?',
      },
    },
  ],
  limitationCodes: ['chronische-ziekte'],
  helpKinds: ['passend-werk-ontdekken', 'informatie-en-advies', 'solliciteren', 'gezondheid-en-energie'],
};

export const hannah: PersonaContent = {
  id: 'P3',
  slug: 'hannah',
  name: 'Hannah',
  age: 39,
  summary: {
    nl: 'Hannah is 39, ziet slecht en wil graag werken. Haar partner heeft inkomen en ze hebben samen spaargeld.',
    en: 'Hannah is 39, is visually impaired and wants to work. Her partner has an income and they have joint savings.',
  },
  headline: {
    nl: 'Het lijkt of mijn man alles maar moet doen: het huishouden, mij overal heen brengen en het geld verdienen. Dat is niet eerlijk tegenover hem. Ik vraag alleen een kans bij een werkgever die ziet wat ik wél kan.',
    en: 'It seems my husband is simply expected to do everything: the housework, driving me everywhere and earning the money. That is not fair to him. I only ask for a chance with an employer who sees what I can do.',
  },
  situation: [
    {
      nl: 'Ik ben Hannah en ik ben 39 jaar. Ik zie al mijn hele leven slecht. Ik weet goed wat ik wel en niet kan, en ik praat daar open over. Ik ben positief en praktisch.',
      en: 'I am Hannah and I am 39. I have been visually impaired all my life. I know well what I can and cannot do, and I talk about it openly. I am positive and practical.',
    },
    {
      nl: 'Ik hoef niet per se te werken voor het geld. Mijn partner heeft een vast inkomen en we hebben samen wat spaargeld. Maar ik wil actief blijven en iets bijdragen. Ik heb een mbo-diploma rechten.',
      en: 'I do not strictly have to work for the money. My partner has a steady income and we have some joint savings. But I want to stay active and contribute. I have a vocational diploma in law.',
    },
    {
      nl: 'Veel werkgevers denken dat ik van alles niet kan. Daardoor verlies ik soms het vertrouwen in mezelf en in de arbeidsmarkt. Toch weet ik waar ik goed in ben. Ik leer graag, werk gestructureerd en met de juiste aanpassingen gaat het prima.',
      en: 'Many employers think I cannot do all sorts of things. Because of that I sometimes lose faith in myself and in the labour market. Still I know what I am good at. I like learning, I work in a structured way, and with the right adjustments it goes fine.',
    },
  ],
  limitation: { nl: 'Een visuele beperking, al haar hele leven.', en: 'A visual impairment, all her life.' },
  noBenefitReason: [
    {
      nl: 'Hannah heeft geen recht op een uitkering, omdat haar partner een vast inkomen heeft en ze samen spaargeld hebben.',
      en: 'Hannah has no right to a benefit, because her partner has a steady income and they have joint savings.',
    },
    {
      nl: 'Ze heeft het geld niet direct nodig. Maar het raakt haar gevoel van zelfstandigheid. Ze wil haar eigen inkomen, ook zodat niet alle druk bij haar partner ligt.',
      en: 'She does not need the money right away. But it affects her sense of independence. She wants her own income, also so that not all the pressure is on her partner.',
    },
  ],
  obstacles: [
    {
      nl: 'Werkgevers zien vooral haar beperking en niet wat ze kan. Ze krijgt geen kans om te laten zien wat ze kan en weet.',
      en: 'Employers mainly see her limitation and not what she can do. She gets no chance to show what she can do and knows.',
    },
    {
      nl: 'Ze weet niet welke hulp er voor haar is, wat ze kan verwachten en waar ze heen kan. Bij de gemeente voelt ze dat haar situatie weinig voorrang krijgt.',
      en: 'She does not know what help there is for her, what she can expect and where she can go. At the gemeente she feels her situation gets little priority.',
    },
  ],
  currentSituation: [
    {
      nl: 'Hannah zocht zelf werk, maar liep vaak tegen vooroordelen aan. Via de gemeente kreeg ze een indicatie voor het doelgroepregister. Maar veel banen die ze ziet, passen niet bij haar opleiding. En in een gesprek blijken werkgevers toch minder open dan gedacht.',
      en: 'Hannah looked for work herself, but often ran into prejudice. Through the gemeente she got an indication for the target group register. But many jobs she sees do not fit her education. And in an interview, employers turn out to be less open than expected.',
    },
    {
      nl: 'Haar consulent bij de gemeente probeert het wel. Maar ze heeft het gevoel dat men daar niet goed snapt wat werken met een visuele beperking betekent.',
      en: 'Her consultant at the gemeente does his best. But she feels that people there do not really understand what working with a visual impairment means.',
    },
  ],
  needs: [
    { nl: 'Duidelijkheid over de hulp die er voor haar is.', en: 'Clarity about the help available to her.' },
    {
      nl: 'Begeleiding naar een passende baan: iemand die bemiddelt met werkgevers en helpt de juiste contacten te leggen.',
      en: 'Guidance toward a suitable job: someone who mediates with employers and helps make the right contacts.',
    },
    {
      nl: 'Een werkgever die haar beperking begrijpt en verder kijkt dan haar ogen.',
      en: 'An employer who understands her limitation and looks beyond her eyesight.',
    },
  ],
  conversationQuestions: [
    {
      id: 'P3-GV1',
      text: {
        nl: 'Hoe zorg je dat kennis over arbeidsbeperkingen en passende hulp blijft bestaan, in kleine en in grote organisaties?',
        en: 'How do you make sure knowledge about work limitations and fitting help stays, in small and in large organisations?',
      },
    },
    {
      id: 'P3-GV2',
      text: {
        nl: 'Wat is de rol van ieder bij het bemiddelen tussen werkzoekende en werkgever? En hoe begin je dat gesprek goed?',
        en: 'What is each person’s role in mediating between jobseeker and employer? And how do you start that conversation well?',
      },
    },
  ],
  limitationCodes: ['zintuiglijk-zien'],
  helpKinds: ['open-werkgever', 'werk-vinden', 'werkplekaanpassing'],
};
