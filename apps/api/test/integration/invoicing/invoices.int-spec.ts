import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { extractText, getDocumentProxy } from 'unpdf';
import { InvoicingService } from '../../../src/modules/invoicing/invoicing.service.js';
import { TimesheetsService } from '../../../src/modules/timesheets/timesheets.service.js';
import { addMember } from '../../../src/seed/factories.js';
import {
  contractParties,
  fixedContract,
  pastHourlyWeek,
  payIntoEscrow,
  unbalancedTransactions,
} from '../../support/contracts.js';
import { type GraphqlAgent, startTestApp, type TestApp } from '../../support/test-app.js';

const PASSWORD = 'invoices password 1';
const DOCUMENT = `id kind number issuedAt title currency amountMinor feeMinor totalMinor pdfPath
  payer { name address taxId country } payee { name address taxId country }
  lines { kind label workDate minutes amountMinor }`;
const INVOICES = `{ invoices { totalCount items { ${DOCUMENT} } } invoiceTotals { month currency documents amountMinor feeMinor totalMinor } }`;
const STATEMENTS = `{ earningsStatements { totalCount items { ${DOCUMENT} } } earningsTotals { currency amountMinor feeMinor totalMinor } }`;
const RELEASE = 'mutation($input: ReleaseMilestoneInput!) { releaseMilestone(input: $input) { id } }';

type Errors = Array<{ extensions?: { code?: string } }> | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;
type Document = Record<string, unknown> & { id: string; number: string; pdfPath: string; lines: unknown[] };

describe('invoices and earnings statements', () => {
  let testApp: TestApp;
  let invoicing: InvoicingService;
  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
    invoicing = testApp.app.get(InvoicingService);
  });
  afterAll(async () => {
    await testApp.close();
  });

  const pdfText = async (agent: GraphqlAgent, path: string, locale: string) => {
    const response = await agent.http('GET', `${path}?locale=${locale}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = await getDocumentProxy(new Uint8Array(response.rawPayload));
    return spaced((await extractText(pdf, { mergePages: true })).text);
  };
  /** Number formats use no-break spaces; text read back from a PDF has plain ones. */
  const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

  it('documents an hourly week by day, on both sides, with the billing details, as PDFs in the reader’s language', async () => {
    const { owner, va, weekId, contractId, log } = await pastHourlyWeek(testApp, PASSWORD);
    await owner.ok('mutation($input: BillingDetailsInput!) { updateBillingDetails(input: $input) { legalName } }', {
      input: { legalName: 'Işıklı Şeker Ltd. Şti.', address: 'Bağdat Caddesi 12\nİstanbul', vatId: 'TR1234567890' },
    });
    await va.ok('mutation($input: PayeeDetailsInput!) { updatePayeeDetails(input: $input) { legalName } }', {
      input: { legalName: 'Aino Mäkelä', address: 'Hämeentie 5, Helsinki', taxId: '' },
    });
    await log('2026-11-24', 150);
    await log('2026-11-25', 45);
    await log('2026-11-27', 60);
    await testApp.app.get(TimesheetsService).submit(weekId, null);
    await owner.ok(RELEASE, { input: { milestoneId: weekId } });
    expect(await invoicing.issueMissing()).toBeGreaterThanOrEqual(1);

    const { invoices, invoiceTotals } = await owner.ok<{
      invoices: { totalCount: number; items: Document[] };
      invoiceTotals: unknown[];
    }>(INVOICES);
    expect(invoices.totalCount).toBe(1);
    const [invoice] = invoices.items as [Document];
    // 4 h 15 min at €15 = €63.75; Delegate's fee (10%) is taken from the VA's part.
    expect(invoice).toMatchObject({
      kind: 'INVOICE',
      number: 'INV-000001',
      currency: 'EUR',
      amountMinor: 6_375,
      totalMinor: 6_375,
      payer: { name: 'Işıklı Şeker Ltd. Şti.', address: 'Bağdat Caddesi 12\nİstanbul', taxId: 'TR1234567890' },
      payee: { name: 'Aino Mäkelä', address: 'Hämeentie 5, Helsinki' },
      lines: [
        { kind: 'DAY', workDate: '2026-11-24', minutes: 150, amountMinor: 3_750 },
        { kind: 'DAY', workDate: '2026-11-25', minutes: 45, amountMinor: 1_125 },
        { kind: 'DAY', workDate: '2026-11-27', minutes: 60, amountMinor: 1_500 },
      ],
    });
    const fee = invoice.feeMinor as number;
    expect(fee).toBeGreaterThan(0);
    expect(invoiceTotals).toEqual([
      {
        month: expect.stringMatching(/^\d{4}-\d{2}$/),
        currency: 'EUR',
        documents: 1,
        amountMinor: 6_375,
        feeMinor: fee,
        totalMinor: 6_375,
      },
    ]);

    const { earningsStatements, earningsTotals } = await va.ok<{
      earningsStatements: { items: Document[] };
      earningsTotals: unknown[];
    }>(STATEMENTS);
    const [statement] = earningsStatements.items as [Document];
    expect(statement).toMatchObject({ kind: 'STATEMENT', amountMinor: 6_375, feeMinor: fee, totalMinor: 6_375 - fee });
    expect(statement.number).toMatch(/^ST-\d{6}$/);
    expect(earningsTotals).toEqual([{ currency: 'EUR', amountMinor: 6_375, feeMinor: fee, totalMinor: 6_375 - fee }]);

    // The PDFs: Turkish for the business, Finnish for the VA, with the letters and the amounts.
    const turkish = await pdfText(owner, invoice.pdfPath, 'tr');
    expect(turkish).toContain('Fatura');
    expect(turkish).toContain('INV-000001');
    expect(turkish).toContain('Işıklı Şeker Ltd. Şti.');
    expect(turkish).toContain(
      spaced(new Intl.NumberFormat('tr', { style: 'currency', currency: 'EUR' }).format(63.75)),
    );
    const finnish = await pdfText(va, statement.pdfPath, 'fi');
    expect(finnish).toContain('Ansiotiliote');
    expect(finnish).toContain('Aino Mäkelä');
    const net = new Intl.NumberFormat('fi', { style: 'currency', currency: 'EUR' }).format((6_375 - fee) / 100);
    expect(finnish).toContain(spaced(net));

    // Only the organisation's members read its invoices, only the VA their statements.
    const [{ organizationId }] = await testApp.dataSource.query(
      'SELECT organization_id AS "organizationId" FROM contracts WHERE id = $1',
      [contractId],
    );
    const financeUser = await addMember(testApp.dataSource, organizationId, 'finance', { password: PASSWORD });
    const finance = testApp.agent();
    await finance.signIn(financeUser.email, PASSWORD, 'CLIENT');
    expect((await finance.http('GET', invoice.pdfPath)).statusCode).toBe(200);
    const stranger = await contractParties(testApp, PASSWORD);
    expect((await stranger.owner.http('GET', invoice.pdfPath)).statusCode).toBe(404);
    expect((await va.http('GET', invoice.pdfPath)).statusCode).toBe(404);
    expect((await owner.http('GET', statement.pdfPath)).statusCode).toBe(404);
    expect((await testApp.agent().http('GET', invoice.pdfPath)).statusCode).toBe(401);
  });

  it('numbers each series without gaps and documents each release once, however many workers issue at once', async () => {
    const { owner, va, skillIds } = await contractParties(testApp, PASSWORD);
    const milestones = Array.from({ length: 6 }, (_, index) => ({
      title: `Batch ${index + 1}`,
      amountMinor: 10_000 + index,
    }));
    const { contractId, milestoneIds } = await fixedContract(owner, va, skillIds, milestones);
    for (const milestoneId of milestoneIds) {
      await payIntoEscrow(owner, milestoneId);
      await owner.ok(RELEASE, { input: { milestoneId } });
    }
    const releases: Array<{ id: string }> = await testApp.dataSource.query(
      `SELECT id FROM contract_events WHERE contract_id = $1 AND kind = 'released'`,
      [contractId],
    );
    expect(releases).toHaveLength(6);
    const other = await startTestApp({ WORKER_ENABLED: 'false' }, { databaseUrl: testApp.databaseUrl });
    try {
      const workers = [invoicing, other.app.get(InvoicingService)];
      const issued = await Promise.all(
        releases.flatMap(({ id }) => workers.map((worker) => worker.issueForRelease(id))),
      );
      expect(issued.filter(Boolean)).toHaveLength(6);
    } finally {
      await other.close();
    }
    const { invoices } = await owner.ok<{ invoices: { items: Document[] } }>(INVOICES);
    expect(invoices.items.map((invoice) => invoice.number).sort()).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `INV-00000${n}`),
    );
    const { earningsStatements } = await va.ok<{ earningsStatements: { items: Document[] } }>(STATEMENTS);
    expect(earningsStatements.items.map((statement) => statement.number).sort()).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `ST-00000${n}`),
    );
    expect(await invoicing.issueMissing()).toBe(0);
    expect(await unbalancedTransactions(testApp.dataSource)).toBe(0);
  });

  it('refuses bad billing details with clear errors and keeps what was there', async () => {
    const { owner } = await contractParties(testApp, PASSWORD);
    const update = (vatId: string, legalName = 'Northwind Candles Ltd') =>
      owner.request('mutation($input: BillingDetailsInput!) { updateBillingDetails(input: $input) { vatId } }', {
        input: { legalName, address: '', vatId },
      });
    expect((await update('FI12345678')).errors).toBeUndefined();
    expect(code((await update('FI<script>')).errors)).toBe('BAD_USER_INPUT');
    expect(code((await update('FI1', 'x'.repeat(201))).errors)).toBe('BAD_USER_INPUT');
    const { billingDetails } = await owner.ok<{ billingDetails: { vatId: string } }>('{ billingDetails { vatId } }');
    expect(billingDetails.vatId).toBe('FI12345678');
  });
});
