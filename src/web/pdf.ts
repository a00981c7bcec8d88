// Readable PDF documents from headings and paragraphs, with pdfkit (pure
// JavaScript, no browser or native binary needed). Used for AVG exports,
// plans and Rechtencheck results.
import PDFDocument from 'pdfkit';

export interface PdfSection {
  heading: string;
  paragraphs: string[];
}

export function renderPdf(title: string, intro: string, sections: PdfSection[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title, Author: 'InBeeld' }, lang: 'nl-NL', displayTitle: true, tagged: true });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font('Helvetica-Bold').fontSize(20).text(title);
    doc.moveDown(0.5);
    doc.font('Helvetica').fontSize(12).text(intro);
    for (const section of sections) {
      doc.moveDown(1);
      doc.font('Helvetica-Bold').fontSize(14).text(section.heading);
      doc.moveDown(0.3);
      doc.font('Helvetica').fontSize(12);
      for (const p of section.paragraphs) {
        doc.text(p);
        doc.moveDown(0.3);
      }
    }
    doc.end();
  });
}
