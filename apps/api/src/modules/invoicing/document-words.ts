/** The words on an invoice or a statement, in each language the apps speak. */
export const DOCUMENT_LOCALES = ['en', 'tr', 'it', 'fi'] as const;
export type DocumentLocale = (typeof DOCUMENT_LOCALES)[number];

type Words = {
  invoice: string;
  statement: string;
  number: string;
  issued: string;
  from: string;
  billTo: string;
  paidTo: string;
  client: string;
  taxId: string;
  contract: string;
  description: string;
  hours: string;
  amount: string;
  day: string;
  milestone: string;
  period: string;
  overage: string;
  bonus: string;
  adjustment: string;
  total: string;
  feeNote: string;
  earned: string;
  fee: string;
  net: string;
  footer: string;
};

export const DOCUMENT_WORDS: Record<DocumentLocale, Words> = {
  en: {
    invoice: 'Invoice',
    statement: 'Earnings statement',
    number: 'Number',
    issued: 'Issued',
    from: 'From',
    billTo: 'Bill to',
    paidTo: 'Paid to',
    client: 'Client',
    taxId: 'VAT / tax no.',
    contract: 'Contract',
    description: 'Description',
    hours: 'Hours',
    amount: 'Amount',
    day: 'Hours worked',
    milestone: 'Milestone',
    period: 'Retainer period',
    overage: 'Overage hours',
    bonus: 'Bonus',
    adjustment: 'Adjustment: dispute settlement',
    total: 'Total paid',
    feeNote: "Delegate's fee, deducted from the VA's earnings",
    earned: 'Earned',
    fee: "Delegate's fee",
    net: 'Paid to you',
    footer: 'Paid through escrow on Delegate, released on {date}. Amounts in {currency}.',
  },
  tr: {
    invoice: 'Fatura',
    statement: 'Kazanç dökümü',
    number: 'Numara',
    issued: 'Düzenlenme',
    from: 'Düzenleyen',
    billTo: 'Alıcı',
    paidTo: 'Ödenen',
    client: 'Müşteri',
    taxId: 'KDV / vergi no.',
    contract: 'Sözleşme',
    description: 'Açıklama',
    hours: 'Saat',
    amount: 'Tutar',
    day: 'Çalışılan saatler',
    milestone: 'Aşama',
    period: 'Sabit ücret dönemi',
    overage: 'Ek saatler',
    bonus: 'Prim',
    adjustment: 'Düzeltme: anlaşmazlık çözümü',
    total: 'Ödenen toplam',
    feeNote: "Delegate ücreti, VA'nın kazancından düşülür",
    earned: 'Kazanılan',
    fee: 'Delegate ücreti',
    net: 'Size ödenen',
    footer:
      "Delegate'te emanet üzerinden ödendi, {date} tarihinde serbest bırakıldı. Tutarlar {currency} cinsindendir.",
  },
  it: {
    invoice: 'Fattura',
    statement: 'Estratto dei guadagni',
    number: 'Numero',
    issued: 'Emessa il',
    from: 'Da',
    billTo: 'Intestata a',
    paidTo: 'Pagato a',
    client: 'Cliente',
    taxId: 'P. IVA / cod. fiscale',
    contract: 'Contratto',
    description: 'Descrizione',
    hours: 'Ore',
    amount: 'Importo',
    day: 'Ore lavorate',
    milestone: 'Milestone',
    period: 'Periodo di retainer',
    overage: 'Ore oltre il pacchetto',
    bonus: 'Bonus',
    adjustment: 'Rettifica: risoluzione della contestazione',
    total: 'Totale pagato',
    feeNote: 'Commissione di Delegate, trattenuta dai guadagni del VA',
    earned: 'Guadagnato',
    fee: 'Commissione di Delegate',
    net: 'Pagato a te',
    footer: 'Pagato tramite escrow su Delegate, rilasciato il {date}. Importi in {currency}.',
  },
  fi: {
    invoice: 'Lasku',
    statement: 'Ansiotiliote',
    number: 'Numero',
    issued: 'Päivätty',
    from: 'Lähettäjä',
    billTo: 'Laskutetaan',
    paidTo: 'Maksun saaja',
    client: 'Asiakas',
    taxId: 'ALV- / verotunniste',
    contract: 'Sopimus',
    description: 'Kuvaus',
    hours: 'Tunnit',
    amount: 'Summa',
    day: 'Tehdyt tunnit',
    milestone: 'Välitavoite',
    period: 'Kuukausisopimuksen jakso',
    overage: 'Ylityötunnit',
    bonus: 'Bonus',
    adjustment: 'Oikaisu: kiistan ratkaisu',
    total: 'Maksettu yhteensä',
    feeNote: 'Delegaten palkkio, vähennetty VA:n ansioista',
    earned: 'Ansaittu',
    fee: 'Delegaten palkkio',
    net: 'Maksettu sinulle',
    footer: 'Maksettu Delegaten sulkutilin kautta, vapautettu {date}. Summat valuutassa {currency}.',
  },
};

/** "INV-000042", "ST-000007": the document's number in its series. */
export function documentNumber(kind: 'invoice' | 'statement', number: number): string {
  return `${kind === 'invoice' ? 'INV' : 'ST'}-${String(number).padStart(6, '0')}`;
}
