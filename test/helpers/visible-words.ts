// Words a person sees in <main> before opening any <details>: the content of
// a closed <details> is hidden, its <summary> shows; visually hidden text and
// scripts do not count.
export function visibleWords(html: string): number {
  let s = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  for (;;) {
    const next = s.replace(/<details[^>]*>\s*<summary[^>]*>([\s\S]*?)<\/summary>(?:(?!<details)[\s\S])*?<\/details>/, ' $1 ');
    if (next === s) break;
    s = next;
  }
  s = s
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<span class="visually-hidden">[\s\S]*?<\/span>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ');
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Pages in a PDF made by our renderer (one /Type /Page object per page). */
export function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
