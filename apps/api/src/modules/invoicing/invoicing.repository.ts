import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { BillingDocumentEntity, type DocumentKind } from './entities/billing-document.entity.js';
import { BillingDocumentLineEntity } from './entities/billing-document-line.entity.js';

export type NewDocument = Omit<BillingDocumentEntity, 'id' | 'number'>;
export type NewLine = Omit<BillingDocumentLineEntity, 'id' | 'documentId' | 'position'>;
/** Whose documents: an organisation's invoices, or a VA's statements. */
export type DocumentOwner = { organizationId: string } | { freelancerId: string };

/** Invoices and earnings statements, their lines, and the counters that number them. */
@Injectable()
export class InvoicingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The series' next number, taken in the caller's transaction (its row stays locked until it ends). */
  async nextNumber(series: string, manager: EntityManager): Promise<number> {
    const [row]: Array<{ last_number: number }> = await manager.query(
      `INSERT INTO billing_document_counters (series, last_number) VALUES ($1, 1)
       ON CONFLICT (series) DO UPDATE SET last_number = billing_document_counters.last_number + 1
       RETURNING last_number`,
      [series],
    );
    return Number(row?.last_number);
  }

  async insert(document: NewDocument & { number: number }, lines: NewLine[], manager: EntityManager) {
    const { identifiers } = await manager.getRepository(BillingDocumentEntity).insert(document);
    const documentId = identifiers[0]?.id as string;
    await manager
      .getRepository(BillingDocumentLineEntity)
      .insert(lines.map((line, index) => ({ ...line, documentId, position: index + 1 })));
    return documentId;
  }

  async documentedEvents(eventIds: string[]): Promise<Set<string>> {
    if (eventIds.length === 0) return new Set();
    const rows = await this.dataSource.getRepository(BillingDocumentEntity).find({
      select: { sourceEventId: true },
      where: { sourceEventId: In(eventIds) },
    });
    return new Set(rows.map((row) => row.sourceEventId));
  }

  page(owner: DocumentOwner, kind: DocumentKind, page: { offset: number; limit: number }) {
    return this.dataSource.getRepository(BillingDocumentEntity).findAndCount({
      where: { ...owner, kind },
      order: { issuedAt: 'DESC', number: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
  }

  find(id: string, owner: DocumentOwner) {
    return this.dataSource.getRepository(BillingDocumentEntity).findOneBy({ id, ...owner });
  }

  lines(documentIds: string[]) {
    return documentIds.length
      ? this.dataSource.getRepository(BillingDocumentLineEntity).find({
          where: { documentId: In(documentIds) },
          order: { documentId: 'ASC', position: 'ASC' },
        })
      : Promise.resolve([]);
  }

  /** Totals per calendar month (UTC) and currency, newest month first. */
  async monthlyTotals(owner: DocumentOwner, kind: DocumentKind) {
    const [column, id] =
      'organizationId' in owner ? ['organization_id', owner.organizationId] : ['freelancer_id', owner.freelancerId];
    const rows: Array<Record<string, string>> = await this.dataSource.query(
      `SELECT to_char(issued_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, currency, count(*) AS documents,
              sum(amount_minor) AS amount, sum(fee_minor) AS fee
         FROM billing_documents WHERE ${column} = $1 AND kind = $2
        GROUP BY 1, 2 ORDER BY 1 DESC, 2`,
      [id, kind],
    );
    return rows.map((row) => ({
      month: row.month as string,
      currency: row.currency as string,
      documents: Number(row.documents),
      amountMinor: Number(row.amount),
      feeMinor: Number(row.fee),
    }));
  }
}
