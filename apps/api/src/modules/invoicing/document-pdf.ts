import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { LineDraft } from './document-lines.js';
import { DOCUMENT_WORDS, type DocumentLocale, documentNumber } from './document-words.js';
import type { DocumentKind, DocumentParty } from './entities/billing-document.entity.js';

/** DejaVu Sans covers every letter the apps' languages write (ş ğ ı İ ä ö à è), embedded in each PDF. */
const require = createRequire(import.meta.url);
const FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

export interface PrintableDocument {
  kind: DocumentKind;
  number: number;
  issuedAt: Date;
  title: string;
  currency: string;
  amountMinor: number;
  feeMinor: number;
  payer: DocumentParty;
  payee: DocumentParty;
  lines: LineDraft[];
}

const LEFT = 50;
const WIDTH = 495;
const COLUMNS = { description: LEFT, hours: LEFT + 300, amount: LEFT + 385 };

/** An invoice or a statement as an A4 PDF in the reader's language. */
export function renderDocumentPdf(document: PrintableDocument, locale: DocumentLocale): Promise<Buffer> {
  const words = DOCUMENT_WORDS[locale];
  const money = (minor: number) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency: document.currency }).format(minor / 100);
  const date = (value: Date | string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value,
    );
  const duration = (minutes: number) => `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
  const heading = document.kind === 'invoice' ? words.invoice : words.statement;
  const number = documentNumber(document.kind, document.number);

  const pdf = new PDFDocument({
    size: 'A4',
    margin: LEFT,
    info: { Title: `${heading} ${number}`, Author: 'Delegate', CreationDate: document.issuedAt },
  });
  pdf.registerFont('regular', FONTS.regular);
  pdf.registerFont('bold', FONTS.bold);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  pdf.font('bold').fontSize(20).text('Delegate', LEFT, 50);
  pdf.font('bold').fontSize(16).text(heading, LEFT, 50, { width: WIDTH, align: 'right' });
  pdf.font('regular').fontSize(10);
  pdf.text(`${words.number}: ${number}`, LEFT, 75, { width: WIDTH, align: 'right' });
  pdf.text(`${words.issued}: ${date(document.issuedAt)}`, { width: WIDTH, align: 'right' });

  const [first, second] =
    document.kind === 'invoice'
      ? [
          [words.from, document.payee],
          [words.billTo, document.payer],
        ]
      : [
          [words.paidTo, document.payee],
          [words.client, document.payer],
        ];
  const party = (x: number, [label, who]: [string, DocumentParty]) => {
    pdf
      .font('bold')
      .fontSize(10)
      .text(label as string, x, 120, { width: 230 });
    pdf.font('regular').text(who.name, { width: 230 });
    if (who.address) pdf.text(who.address, { width: 230 });
    if (who.country) pdf.text(who.country, { width: 230 });
    if (who.taxId) pdf.text(`${words.taxId}: ${who.taxId}`, { width: 230 });
  };
  party(LEFT, first as [string, DocumentParty]);
  party(LEFT + 265, second as [string, DocumentParty]);

  let y = 220;
  pdf.font('bold').text(`${words.contract}: `, LEFT, y, { continued: true }).font('regular').text(document.title);
  y += 30;
  pdf.font('bold');
  pdf.text(words.description, COLUMNS.description, y);
  pdf.text(words.hours, COLUMNS.hours, y, { width: 80, align: 'right' });
  pdf.text(words.amount, COLUMNS.amount, y, { width: 110, align: 'right' });
  y += 16;
  pdf
    .moveTo(LEFT, y)
    .lineTo(LEFT + WIDTH, y)
    .stroke();
  y += 6;
  pdf.font('regular');
  for (const line of document.lines) {
    if (y > 740) {
      pdf.addPage();
      y = 50;
    }
    const description = {
      day: `${words.day}: ${line.workDate ? date(line.workDate) : ''}`,
      milestone: `${words.milestone}: ${line.label}`,
      period: `${words.period}: ${line.label}`,
      overage: `${words.overage}: ${line.label}`,
      bonus: words.bonus,
      adjustment: words.adjustment,
    }[line.kind];
    pdf.text(description, COLUMNS.description, y, { width: 290 });
    if (line.minutes !== null) pdf.text(duration(line.minutes), COLUMNS.hours, y, { width: 80, align: 'right' });
    pdf.text(money(line.amountMinor), COLUMNS.amount, y, { width: 110, align: 'right' });
    y += 18;
  }
  pdf
    .moveTo(LEFT, y)
    .lineTo(LEFT + WIDTH, y)
    .stroke();
  y += 10;
  const total = (label: string, minor: number, bold = false) => {
    pdf.font(bold ? 'bold' : 'regular').text(label, LEFT, y, { width: 380, align: 'right' });
    pdf.text(money(minor), COLUMNS.amount, y, { width: 110, align: 'right' });
    y += 18;
  };
  if (document.kind === 'invoice') {
    total(words.total, document.amountMinor, true);
    pdf.font('regular').fontSize(8).fillColor('#555555');
    pdf.text(`${words.feeNote}: ${money(document.feeMinor)}`, LEFT, y, { width: WIDTH, align: 'right' });
    pdf.fillColor('black').fontSize(10);
    y += 18;
  } else {
    total(words.earned, document.amountMinor);
    total(words.fee, -document.feeMinor);
    total(words.net, document.amountMinor - document.feeMinor, true);
  }
  pdf
    .font('regular')
    .fontSize(8)
    .fillColor('#555555')
    .text(
      words.footer.replace('{date}', date(document.issuedAt)).replace('{currency}', document.currency),
      LEFT,
      y + 20,
      {
        width: WIDTH,
      },
    );
  pdf.end();
  return finished;
}
