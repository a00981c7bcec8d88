// Demo region Drenthe, part 1 of the organisations: the regional werkcentrum,
// five gemeenten (team Werk), the school-to-work desk and the employers'
// network. All invented for the demo (`demo: true`); contact data is fake.

import type { ContentOrganization } from '../types.ts';
import { PROVINCE } from './demo-shared.ts';

export const demoOrganizationsPublic: ContentOrganization[] = [
  {
    key: 'demo-werkpunt-drenthe',
    name: 'Werkpunt Drenthe',
    alternateName: 'Werkgeversservicepunt Drenthe',
    type: 'werkcentrum',
    description:
      'Werkpunt Drenthe is het werkcentrum van de arbeidsmarktregio. Hier werken de gemeenten en UWV samen. Je kunt er terecht als je werk zoekt en een beperking hebt. Werkpunt Drenthe kent veel werkgevers in de regio.',
    website: 'https://example.org/demo/werkpunt-drenthe',
    email: 'werkpunt@example.org',
    phones: [{ number: '0591 000 101', description: 'Algemeen nummer, op werkdagen van 9.00 tot 17.00 uur' }],
    locations: [
      {
        key: 'demo-werkpunt-drenthe-emmen',
        name: 'Werkpunt Drenthe, vestiging Emmen',
        type: 'physical',
        address: { street: 'Stationsstraat 12', postalCode: '7811 AB', city: 'Emmen', province: PROVINCE },
        latitude: 52.7862,
        longitude: 6.8953,
        accessibility: 'Ingang zonder drempel, lift aanwezig, ringleiding bij de balie.',
      },
      {
        key: 'demo-werkpunt-drenthe-hoogeveen',
        name: 'Werkpunt Drenthe, vestiging Hoogeveen',
        type: 'physical',
        address: { street: 'Marktstraat 40', postalCode: '7901 CK', city: 'Hoogeveen', province: PROVINCE },
        latitude: 52.7231,
        longitude: 6.4772,
        accessibility: 'Alles op de begane grond. Invalidenparkeerplaats voor de deur. Stille spreekkamer op afspraak.',
      },
    ],
    demo: true,
  },
  {
    key: 'demo-gemeente-assen',
    name: 'Gemeente Assen, team Werk en Inkomen',
    alternateName: 'Team Werk Assen',
    type: 'gemeente',
    description:
      'Het team Werk en Inkomen van de gemeente Assen helpt inwoners op weg naar werk. Dat kan ook als je geen uitkering hebt. Je krijgt één vaste consulent.',
    website: 'https://example.org/demo/gemeente-assen/werk',
    email: 'werk.assen@example.org',
    phones: [{ number: '0592 000 101', description: 'Team Werk en Inkomen' }],
    locations: [
      {
        key: 'demo-gemeente-assen-werkplein',
        name: 'Werkplein Assen',
        type: 'physical',
        address: { street: 'Kerkplein 5', postalCode: '9401 AK', city: 'Assen', province: PROVINCE },
        latitude: 52.9927,
        longitude: 6.5636,
        accessibility: 'Ingang zonder drempel, lift aanwezig, ringleiding bij de balie.',
      },
    ],
    demo: true,
  },
  {
    key: 'demo-gemeente-emmen',
    name: 'Gemeente Emmen, team Werk',
    alternateName: 'Team Werk Emmen',
    type: 'gemeente',
    description:
      'Het team Werk van de gemeente Emmen helpt inwoners die werk zoeken. Ook als je geen uitkering hebt. Het team werkt samen met het werkbedrijf en met werkgevers uit de buurt.',
    website: 'https://example.org/demo/gemeente-emmen/werk',
    email: 'werk.emmen@example.org',
    phones: [{ number: '0591 000 201', description: 'Team Werk' }],
    locations: [
      {
        key: 'demo-gemeente-emmen-stadskantoor',
        name: 'Stadskantoor Emmen',
        type: 'physical',
        address: { street: 'Marktplein 8', postalCode: '7811 AP', city: 'Emmen', province: PROVINCE },
        latitude: 52.7849,
        longitude: 6.8981,
        accessibility: 'Automatische deuren, lift naar alle verdiepingen, ringleiding bij de balie, toilet voor mensen met een beperking.',
      },
    ],
    demo: true,
  },
  {
    key: 'demo-gemeente-hoogeveen',
    name: 'Gemeente Hoogeveen, team Werk',
    alternateName: 'Team Werk Hoogeveen',
    type: 'gemeente',
    description:
      'Het team Werk van de gemeente Hoogeveen is er voor inwoners die aan het werk willen. Je hoeft geen uitkering te hebben. Elke week is er een inloopspreekuur.',
    website: 'https://example.org/demo/gemeente-hoogeveen/werk',
    email: 'werk.hoogeveen@example.org',
    phones: [{ number: '0528 000 101', description: 'Team Werk' }],
    locations: [
      {
        key: 'demo-gemeente-hoogeveen-gemeentehuis',
        name: 'Gemeentehuis Hoogeveen',
        type: 'physical',
        address: { street: 'Stationsplein 4', postalCode: '7901 BN', city: 'Hoogeveen', province: PROVINCE },
        latitude: 52.7218,
        longitude: 6.4746,
        accessibility: 'Ingang zonder drempel, lift aanwezig. Bij de balie kun je om een rustige plek vragen.',
      },
    ],
    demo: true,
  },
  {
    key: 'demo-gemeente-meppel',
    name: 'Gemeente Meppel, team Werk en Participatie',
    alternateName: 'Team Werk Meppel',
    type: 'gemeente',
    description:
      'Het team Werk en Participatie van de gemeente Meppel helpt inwoners naar werk of een andere zinvolle plek. Dat geldt ook als je geen uitkering hebt.',
    website: 'https://example.org/demo/gemeente-meppel/werk',
    email: 'werk.meppel@example.org',
    phones: [{ number: '0522 000 101', description: 'Team Werk en Participatie' }],
    locations: [
      {
        key: 'demo-gemeente-meppel-stadhuis',
        name: 'Stadhuis Meppel',
        type: 'physical',
        address: { street: 'Kerkstraat 20', postalCode: '7941 AJ', city: 'Meppel', province: PROVINCE },
        latitude: 52.6962,
        longitude: 6.1931,
        accessibility: 'Ingang met hellingbaan, lift aanwezig, ringleiding in de spreekkamers.',
      },
    ],
    demo: true,
  },
  {
    key: 'demo-gemeente-coevorden',
    name: 'Gemeente Coevorden, Werkloket',
    alternateName: 'Werkloket Coevorden',
    type: 'gemeente',
    description:
      'Het Werkloket is de plek van de gemeente Coevorden voor vragen over werk. Je kunt er langskomen of bellen. Ook als je geen uitkering hebt.',
    website: 'https://example.org/demo/gemeente-coevorden/werkloket',
    email: 'werkloket.coevorden@example.org',
    phones: [{ number: '0524 000 101', description: 'Werkloket' }],
    locations: [
      {
        key: 'demo-gemeente-coevorden-werkloket',
        name: 'Werkloket Coevorden',
        type: 'physical',
        address: { street: 'Schoolstraat 9', postalCode: '7741 GH', city: 'Coevorden', province: PROVINCE },
        latitude: 52.6608,
        longitude: 6.7412,
        accessibility: 'Alles op de begane grond, ingang zonder drempel. Parkeren vlak bij de deur.',
      },
    ],
    demo: true,
  },
  {
    key: 'demo-overstappunt-school-werk',
    name: 'Overstappunt School en Werk Drenthe',
    type: 'aanbieder',
    description:
      'Het Overstappunt helpt jongeren van het praktijkonderwijs (pro) en het voortgezet speciaal onderwijs (vso) bij de stap naar werk. Scholen, gemeenten en Werkpunt Drenthe werken hierin samen.',
    website: 'https://example.org/demo/overstappunt',
    email: 'overstappunt@example.org',
    phones: [{ number: '0528 000 301' }],
    locations: [
      {
        key: 'demo-overstappunt-hoogeveen',
        name: 'Overstappunt, Hoogeveen',
        type: 'physical',
        address: { street: 'Schoolstraat 21', postalCode: '7901 HJ', city: 'Hoogeveen', province: PROVINCE },
        latitude: 52.7242,
        longitude: 6.4801,
        accessibility: 'Ingang zonder drempel, lift aanwezig. Duidelijke bordjes met pictogrammen.',
      },
      {
        key: 'demo-overstappunt-emmen',
        name: 'Overstappunt, Emmen',
        type: 'physical',
        address: { street: 'Wilhelminastraat 30', postalCode: '7811 JG', city: 'Emmen', province: PROVINCE },
        latitude: 52.7874,
        longitude: 6.8927,
        accessibility: 'Alles op de begane grond, ingang zonder drempel.',
      },
    ],
    demo: true,
  },
  {
    key: 'demo-netwerk-inclusief-werkgeven',
    name: 'Netwerk Inclusief Werkgeven Drenthe',
    type: 'belangenorganisatie',
    description:
      'Een netwerk van werkgevers in Drenthe die mensen met een beperking een kans willen geven. De leden delen kennis en bieden werkplekken, stages en meeloopdagen aan.',
    website: 'https://example.org/demo/inclusief-werkgeven',
    email: 'netwerk@example.org',
    phones: [{ number: '0528 000 401' }],
    locations: [
      {
        key: 'demo-netwerk-inclusief-werkgeven-hoogeveen',
        name: 'Netwerk Inclusief Werkgeven, kantoor Hoogeveen',
        type: 'physical',
        address: { street: 'Industrieweg 15', postalCode: '7903 AJ', city: 'Hoogeveen', province: PROVINCE },
        latitude: 52.7305,
        longitude: 6.4658,
        accessibility: 'Ingang zonder drempel. Vergaderzaal op de begane grond met ringleiding.',
      },
    ],
    demo: true,
  },
];
