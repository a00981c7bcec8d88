// The Rechtencheck result as a PDF: the same content as the page, with the
// links to Wegwijzer offers written out in full.
import { renderPdf, type PdfSection } from '../../web/pdf.ts';
import { byOutcome, type ExplainedResult } from './explain.ts';
import { criterionLabels, formatDate, outcomeLabels, scopeLabels, ui, type Lang } from './texts.ts';
import type { AnswerRow } from './views.tsx';
import { byDecider, firstSentence, nowSteps, shortTitle, whyLine } from './layers.ts';
import { policyStatement } from './policy-text.ts';
import { lt } from './result-parts.tsx';

/** The short result: what to do now, one line per instrument, the answers. At most a few pages. */
function shortSections(result: ExplainedResult, answers: AnswerRow[], lang: Lang, baseUrl: string): PdfSection[] {
  const t = ui[lang];
  const l = lt[lang];
  const steps = nowSteps(result).map((n, i) => {
    const parts = [`${i + 1}. ${n.step.who[lang]}: ${n.step.action[lang]}`];
    if (n.step.ask) parts.push(`${t.ask} ${n.step.ask[lang]}`);
    if (n.step.bring?.length) parts.push(`${t.bring} ${n.step.bring.map((b) => b[lang]).join(', ')}.`);
    if (n.offer) parts.push(`${l.go} ${n.offer.name}${n.offer.outdated ? ` (${l.outdated})` : ''}: ${baseUrl}/aanbod/${n.offer.key}`);
    return parts.join(' ');
  });
  const sections: PdfSection[] = [{ heading: l.now, paragraphs: steps.length ? steps : [l.nowNone] }];
  if (result.gemeenteRecord) {
    const st = policyStatement(result.receipt.policy, result.gemeenteRecord.name, lang);
    sections.push({ heading: l.policyMore, paragraphs: [st.lead, ...st.items] });
  }
  for (const group of byDecider(result)) {
    sections.push({
      heading: l.deciders[group.decider],
      paragraphs: group.items.map((i) => `${shortTitle(i.title[lang])}: ${outcomeLabels[lang][i.outcome].toLowerCase()}. ${firstSentence(i.explanation[lang])} ${whyLine(i, lang)}`.trim()),
    });
  }
  sections.push({ heading: t.answers, paragraphs: answers.map((a) => `${a.question} ${a.answer}`) });
  const r = result.receipt;
  sections.push({ heading: t.receipt, paragraphs: [`${t.receiptDate}: ${r.date}. ${t.receiptPolicy}: ${r.policy.version}. ${t.receiptHash}: ${r.hash}`] });
  return sections;
}

export function resultPdf(result: ExplainedResult, answers: AnswerRow[], lang: Lang, baseUrl: string, title?: string, full = false): Promise<Buffer> {
  const t = ui[lang];
  if (!full) {
    const intro = [result.disclaimer[lang], result.gemeenteRecord ? t.gemeente(result.gemeenteRecord.name) : t.noGemeente].join(' ');
    return renderPdf(title ?? `Rechtencheck: ${t.title.toLowerCase()}`, intro, shortSections(result, answers, lang, baseUrl));
  }
  const sections: PdfSection[] = [];
  sections.push({
    heading: t.summary,
    paragraphs: byOutcome(result.results).map(
      (group) => `${outcomeLabels[lang][group.outcome]}: ${group.items.map((i) => i.title[lang]).join(', ')}.`,
    ),
  });
  for (const group of byOutcome(result.results)) {
    for (const item of group.items) {
      const paragraphs: string[] = [`${outcomeLabels[lang][item.outcome]}. ${item.explanation[lang]}`];
      if (item.route) paragraphs.push(`${t.route} ${item.route.reason[lang]}`);
      paragraphs.push(`${t.whoDecides} ${item.decidedBy[lang]}`);
      item.nextSteps.forEach((step, i) => {
        const parts = [`${t.whatToDo} ${i + 1}. ${step.who[lang]}: ${step.action[lang]}`];
        if (step.bring?.length) parts.push(`${t.bring} ${step.bring.map((b) => b[lang]).join('; ')}.`);
        if (step.ask) parts.push(`${t.ask} ${step.ask[lang]}`);
        if (step.url) parts.push(`${t.moreInfo} ${step.url}`);
        paragraphs.push(parts.join(' '));
        if (step.offers.length) {
          paragraphs.push(
            `${t.offers} ${step.offers
              .map((o) => `${o.name} (${o.organizationName}; ${scopeLabels[lang][o.scope]}${o.demo ? `; ${t.demo}` : ''}): ${baseUrl}/aanbod/${o.key}`)
              .join(' · ')}`,
          );
        }
      });
      for (const c of item.criteria) {
        paragraphs.push(
          `${criterionLabels[lang][c.status]}: ${c.label[lang]}${c.informative ? ` ${t.informative}` : ''}. ${c.explanation[lang]} (${c.source.law}, ${c.source.article})`,
        );
      }
      paragraphs.push(
        `${t.law}: ${item.sources.map((s) => `${s.law}, ${s.article}, ${t.validFrom(formatDate(s.validFrom, lang))}: ${s.url}`).join(' · ')}`,
      );
      sections.push({ heading: `${item.title[lang]}: ${outcomeLabels[lang][item.outcome].toLowerCase()}`, paragraphs });
    }
  }
  sections.push({ heading: t.answers, paragraphs: answers.map((a) => `${a.question} ${a.answer}`) });
  const r = result.receipt;
  sections.push({
    heading: t.receipt,
    paragraphs: [
      t.receiptIntro,
      `${t.receiptDate}: ${r.date}. ${t.receiptEngine}: ${r.engineVersion}. ${t.receiptPolicy}: ${r.policy.version}.`,
      `${t.receiptHash}: ${r.hash}`,
      `${t.receiptRules}: ${r.rules.map((x) => `${x.id} ${x.version}`).join(', ')}`,
    ],
  });
  const intro = [
    result.disclaimer[lang],
    t.computedOn(formatDate(result.date, lang), result.engineVersion),
    result.gemeenteRecord ? t.gemeente(result.gemeenteRecord.name) : t.noGemeente,
  ].join(' ');
  return renderPdf(title ?? `Rechtencheck: ${t.title.toLowerCase()}`, intro, sections);
}
