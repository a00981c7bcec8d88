// Persona's P4 (Marco) and P5 (Milan). Facts from "Tussen wal en schip"
// (Wever e.a., 2025), bijlage 2; all text in our own words. The report does
// not give Marco's needs or Milan's current situation (see `gaps`); we do not
// invent them.
import type { PersonaContent } from './personas-types.ts';

export const marco: PersonaContent = {
  id: 'P4',
  slug: 'marco',
  name: 'Marco',
  age: 44,
  summary: {
    nl: 'Marco is 44, heeft long covid en werkt als zzp’er. Hij heeft te weinig opdrachten. Zijn partner heeft inkomen en ze hebben spaargeld.',
    en: 'Marco is 44, has long COVID and works as a freelancer. He has too few assignments. His partner has an income and they have savings.',
  },
  headline: {
    nl: 'De gemeente liet mij achteraan aansluiten, omdat ik geen uitkering heb. Ik pas nergens in. Toch heb ik net zoveel recht op hulp als ieder ander. En ik heb die hulp net zo nodig.',
    en: 'The gemeente put me at the back of the queue, because I have no benefit. I do not fit anywhere. Yet I have just as much right to help as anyone else. And I need that help just as much.',
  },
  situation: [
    {
      nl: 'Ik ben Marco en ik ben 44 jaar. Ik heb gewerkt in de media en communicatie. Sinds 2020 heb ik long covid. Elke dag moet ik goed op mijn energie letten. Ook daarvoor was ik al vaak heel moe.',
      en: 'I am Marco and I am 44. I have worked in media and communication. Since 2020 I have had long COVID. Every day I have to watch my energy closely. Even before that I was often very tired.',
    },
    {
      nl: 'Daarom ben ik jaren geleden zzp’er geworden. Als freelancer kon ik mijn werk aanpassen aan mijn klachten. Maar nu krijg ik te weinig opdrachten om van te leven.',
      en: 'That is why I became a freelancer years ago. As a freelancer I could adjust my work to my symptoms. But now I get too few assignments to live on.',
    },
    {
      nl: 'Ik weet niet wat het beste is. Kan ik zo verder als freelancer, of moet ik een baan in loondienst zoeken? En hoe vertel ik over mijn beperking zonder dat mijn kansen kleiner worden? Ik wil werk dat me uitdaagt en waarin ik mijn kwaliteiten gebruik, zonder dat mijn gezondheid eronder lijdt. En ik wil weer zekerheid over geld, zodat ik niet afhankelijk ben van losse inkomsten en van mijn partner.',
      en: 'I do not know what is best. Can I go on like this as a freelancer, or should I look for a salaried job? And how do I talk about my limitation without my chances getting smaller? I want work that challenges me and uses my qualities, without my health suffering. And I want financial security again, so I do not depend on irregular income and on my partner.',
    },
  ],
  limitation: {
    nl: 'Long covid sinds 2020, en daarvoor al langdurige vermoeidheid.',
    en: 'Long COVID since 2020, and long-term fatigue before that.',
  },
  noBenefitReason: [
    {
      nl: 'Marco’s partner heeft een inkomen en ze hebben samen wat spaargeld. Samen zitten ze boven de grens voor bijstand. Daarom krijgt hij geen bijstand.',
      en: 'Marco’s partner has an income and together they have some savings. Together they are above the limit for bijstand. That is why he gets no bijstand.',
    },
    {
      nl: 'Hij leeft van zijn partner en zijn eigen spaargeld. Dat voelt kwetsbaar, zeker omdat zijn inkomen onregelmatig is. Hij koos juist voor zzp om te kunnen blijven werken. Een verzekering tegen arbeidsongeschiktheid heeft hij niet: die was te duur.',
      en: 'He lives on his partner and his own savings. That feels vulnerable, especially because his income is irregular. He chose to freelance precisely so he could keep working. He has no disability insurance: it was too expensive.',
    },
  ],
  obstacles: [
    { nl: 'Hij krijgt te weinig opdrachten om genoeg te verdienen.', en: 'He gets too few assignments to earn enough.' },
    { nl: 'Er lijkt nergens hulp te zijn voor zzp’ers.', en: 'There seems to be no help anywhere for freelancers.' },
    {
      nl: 'Hij weet niet hoe hij over zijn situatie praat met werkgevers en opdrachtgevers, zonder dat het zijn kansen kost.',
      en: 'He does not know how to talk about his situation with employers and clients without it costing him his chances.',
    },
  ],
  currentSituation: [
    {
      nl: 'Marco doet mee bij een patiëntenorganisatie. Daar herkennen mensen zijn verhaal, maar praktisch kunnen ze weinig doen. Hij staat ingeschreven bij een paar uitzendbureaus. Die kunnen niets voor hem doen, omdat hij zzp’er is.',
      en: 'Marco takes part in a patient organisation. People there recognise his story, but in practice they can do little. He is registered with a few temp agencies. They can do nothing for him, because he is a freelancer.',
    },
    {
      nl: 'Bij de gemeente vroeg hij om hulp. Hij hoorde dat hij zonder uitkering geen voorrang krijgt.',
      en: 'He asked the gemeente for help. He was told that without a benefit he gets no priority.',
    },
  ],
  needs: [],
  gaps: ['needs'],
  conversationQuestions: [
    {
      id: 'P4-GV1',
      text: {
        nl: 'Hoe, waar en wanneer informeer je mensen het best over de hulp die er is?',
        en: 'How, where and when do you best inform people about the help that exists?',
      },
    },
    {
      id: 'P4-GV2',
      text: {
        nl: 'Wie is verantwoordelijk voor de keuze wie voorrang krijgt in de caseload? Waar letten professionals, managers en beleidsmakers op?',
        en: 'Who is responsible for choosing who gets priority in the caseload? What do professionals, managers and policy makers take into account?',
      },
    },
    {
      id: 'P4-GV3',
      text: {
        nl: 'Welke kennis en welke hulp zijn er nodig voor zzp’ers?',
        en: 'Which knowledge and which help are needed for freelancers?',
      },
    },
  ],
  limitationCodes: ['energie-vermoeidheid'],
  helpKinds: ['zelfstandig-ondernemen', 'beperking-bespreken', 'gezondheid-en-energie', 'werk-vinden'],
};

export const milan: PersonaContent = {
  id: 'P5',
  slug: 'milan',
  name: 'Milan',
  age: 27,
  summary: {
    nl: 'Milan is 27, heeft hersenletsel (NAH) en valt steeds uit op zijn werk. Hij woont bij zijn ouders en denkt ten onrechte dat hij geen bijstand kan krijgen.',
    en: 'Milan is 27, has brain injury (NAH) and keeps dropping out at work. He lives with his parents and wrongly thinks he cannot get bijstand.',
  },
  headline: {
    nl: 'Ik wil dit zelf kunnen. Ik snap waarom het elke keer fout gaat. Maar ik wil niet telkens van anderen afhangen om mijn werk te houden.',
    en: 'I want to manage this myself. I understand why it goes wrong every time. But I do not want to depend on others every time to keep my job.',
  },
  situation: [
    {
      nl: 'Ik ben Milan en ik ben 27 jaar. Ik zoek werk. Ik wil mijn eigen geld verdienen en later op mezelf wonen.',
      en: 'I am Milan and I am 27. I am looking for work. I want to earn my own money and later live on my own.',
    },
    {
      nl: 'Ik heb niet-aangeboren hersenletsel (NAH). Daarom ging ik naar het speciaal onderwijs. Ik heb een diploma metaalbewerking. Na school werkte ik op mijn oude stageplek, met begeleiding via school. Na twee jaar stopte die begeleiding en kreeg ik geen nieuw contract.',
      en: 'I have acquired brain injury (NAH). That is why I went to special education. I have a diploma in metalworking. After school I worked at my old internship, with guidance through the school. After two years that guidance stopped and I did not get a new contract.',
    },
    {
      nl: 'Sindsdien vind ik moeilijk werk. Solliciteren lukt meestal wel. Maar in het werk zelf loop ik vast. Ik wil het dan alleen oplossen, maar dat wordt te veel en ik val uit. Mijn ouders maken zich zorgen en zeggen dat ik hulp moet zoeken. Ik wil werk dat echt past, dat ik niet na een paar maanden weer kwijt ben, en waarin ik kan groeien.',
      en: 'Since then I find it hard to find work. Applying usually works. But in the work itself I get stuck. I try to solve it myself, but then it becomes too much and I drop out. My parents worry and say I should look for help. I want work that really fits, that I do not lose again after a few months, and where I can grow.',
    },
  ],
  limitation: { nl: 'Niet-aangeboren hersenletsel (NAH).', en: 'Acquired brain injury (NAH).' },
  noBenefitReason: [
    {
      nl: 'Milan denkt dat hij geen recht heeft op bijstand. Dat klopt niet. Bij je ouders wonen is geen reden om geen bijstand te krijgen. Voor jongeren die thuis wonen is de bijstand wel lager.',
      en: 'Milan thinks he has no right to bijstand. That is not correct. Living with your parents is no reason to be refused bijstand. For young people who live at home, bijstand is lower, though.',
    },
    {
      nl: 'Zonder eigen inkomen heeft hij veel stress, omdat hij steeds uitvalt op zijn werk. Hij wil op eigen benen staan en het huis uit.',
      en: 'Without his own income he has a lot of stress, because he keeps dropping out at work. He wants to stand on his own feet and leave home.',
    },
  ],
  obstacles: [
    {
      nl: 'Hij kan een baan moeilijk houden. Het begint goed, maar dan loopt hij vast. Hij vindt het bijvoorbeeld lastig om in te schatten wat er van hem verwacht wordt.',
      en: 'He finds it hard to keep a job. It starts well, but then he gets stuck. For example, he finds it hard to judge what is expected of him.',
    },
    {
      nl: 'Hij is trots dat hij het zelf doet en vraagt niet snel om hulp. Daardoor komt hulp vaak te laat.',
      en: 'He is proud of doing it himself and does not ask for help quickly. So help often comes too late.',
    },
    { nl: 'Hij gelooft niet zo dat begeleiding hem echt verder helpt.', en: 'He does not really believe that guidance will help him further.' },
    {
      nl: 'Zijn netwerk van school is weg. Hij heeft geen contact meer met zijn school of zijn oude stagebegeleider.',
      en: 'His network from school is gone. He no longer has contact with his school or his old internship supervisor.',
    },
  ],
  currentSituation: [],
  gaps: ['currentSituation'],
  needs: [
    {
      nl: 'Een baan die bij hem past, waarin hij zijn vaardigheden gebruikt en zich verder kan ontwikkelen.',
      en: 'A job that suits him, where he uses his skills and can keep developing.',
    },
    {
      nl: 'Hulp bij leren hoe hij een baan houdt. Die hulp moet echt passen bij zijn situatie en wat hij nodig heeft.',
      en: 'Help in learning how to keep a job. That help must really fit his situation and what he needs.',
    },
  ],
  conversationQuestions: [
    {
      id: 'P5-GV1',
      text: {
        nl: 'Welke kansen en aandachtspunten zijn er bij samenwerken met scholen voor praktijkonderwijs (pro) en voortgezet speciaal onderwijs (vso)?',
        en: 'What opportunities and points of attention are there in working with schools for practical education (pro) and special secondary education (vso)?',
      },
    },
    {
      id: 'P5-GV2',
      text: {
        nl: 'Hoe help je iemand om te leren communiceren en zich te gedragen op een manier die werk langer laat duren?',
        en: 'How do you help someone learn to communicate and behave in a way that makes work last longer?',
      },
    },
  ],
  limitationCodes: ['nah'],
  helpKinds: ['werk-houden', 'jobcoaching', 'school-naar-werk', 'rechten-en-geld'],
};
