// What the result says about the gemeente's own policy: what it recorded and
// since when, or that nothing is recorded and what to ask.
import type { GemeentePolicy, PolicyAnswer } from '../../domain/rechtencheck/index.ts';
import { formatDate, type Lang } from './texts.ts';

const TERMS: Array<{ key: keyof GemeentePolicy; nl: [string, string]; en: [string, string] }> = [
  { key: 'jobcoachingWithoutBenefit', nl: ['zij jobcoaching geeft aan mensen zonder uitkering', 'zij geen jobcoaching geeft aan mensen zonder uitkering'], en: ['it gives jobcoaching to people without a benefit', 'it gives no jobcoaching to people without a benefit'] },
  { key: 'werkvoorzieningenWithoutBenefit', nl: ['zij werkvoorzieningen geeft aan mensen zonder uitkering', 'zij geen werkvoorzieningen geeft aan mensen zonder uitkering'], en: ['it gives workplace provisions to people without a benefit', 'it gives no workplace provisions to people without a benefit'] },
  { key: 'proefplaatsingWithoutBenefit', nl: ['zij proefplaatsen biedt aan mensen zonder uitkering', 'zij geen proefplaatsen biedt aan mensen zonder uitkering'], en: ['it offers trial placements to people without a benefit', 'it offers no trial placements to people without a benefit'] },
  { key: 'beschutWerkPlaces', nl: ['er nog plekken beschut werk zijn', 'er geen plekken beschut werk meer zijn'], en: ['there are still beschut werk places', 'there are no beschut werk places left'] },
  { key: 'praktijkroute', nl: ['zij loonwaardemetingen doet voor de praktijkroute', 'zij geen loonwaardemetingen doet voor de praktijkroute'], en: ['it measures loonwaarde for the praktijkroute', 'it does not measure loonwaarde for the praktijkroute'] },
];

export interface PolicyStatement {
  /** One sentence for the first screen. */
  lead: string;
  /** The recorded terms, or the questions to ask. */
  items: string[];
  url: string | null;
}

export function policyStatement(policy: GemeentePolicy, gemeenteName: string | null, lang: Lang): PolicyStatement {
  const name = gemeenteName ?? (lang === 'en' ? 'your gemeente' : 'je gemeente');
  if (policy.gemeente && policy.validFrom) {
    const since = formatDate(policy.validFrom, lang);
    const items: string[] = [];
    for (const term of TERMS) {
      const v = policy[term.key] as PolicyAnswer;
      if (v === 'onbekend') continue;
      const text = (lang === 'en' ? term.en : term.nl)[v === 'ja' ? 0 : 1];
      items.push(lang === 'en' ? `Gemeente ${name} has recorded that ${text}, since ${since}.` : `Gemeente ${name} heeft vastgelegd dat ${text}, sinds ${since}.`);
    }
    if (policy.jobcoachingMaxYears) {
      items.push(lang === 'en' ? `Jobcoaching lasts at most ${policy.jobcoachingMaxYears} years in its verordening.` : `Jobcoaching duurt volgens de verordening hoogstens ${policy.jobcoachingMaxYears} jaar.`);
    }
    return {
      lead: lang === 'en' ? `We use the policy gemeente ${name} recorded (since ${since}).` : `We gebruiken het beleid dat gemeente ${name} heeft vastgelegd (sinds ${since}).`,
      items,
      url: policy.policyUrl,
    };
  }
  return {
    lead:
      lang === 'en'
        ? `Gemeente ${name} recorded no policy of its own with us: we follow the national rules.`
        : `Gemeente ${name} heeft bij ons geen eigen beleid vastgelegd: we volgen de landelijke regels.`,
    items:
      lang === 'en'
        ? ['Do you give jobcoaching and workplace provisions to people without a benefit?', 'Do you offer trial placements?', 'Are there beschut werk places?']
        : ['Geeft u jobcoaching en werkvoorzieningen aan mensen zonder uitkering?', 'Biedt u proefplaatsen aan?', 'Zijn er plekken beschut werk?'],
    url: null,
  };
}
