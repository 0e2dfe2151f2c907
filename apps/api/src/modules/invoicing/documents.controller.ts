import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { PartyActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { asPrivateDownload } from '../../platform/http/file-transfer.js';
import { type RateLimit, RateLimits } from '../../platform/rate-limit/rate-limits.js';
import { renderDocumentPdf } from './document-pdf.js';
import { DOCUMENT_LOCALES, type DocumentLocale, documentNumber } from './document-words.js';
import { InvoicingService } from './invoicing.service.js';

/**
 * `GET /files/documents/:id/pdf?locale=tr`: an invoice (for the organisation's members) or an earnings
 * statement (for its VA) as a PDF in the reader's language. Made on each download, within a limit.
 */
@Controller('files/documents')
export class DocumentsController {
  private readonly downloads: RateLimit;

  constructor(
    private readonly invoicing: InvoicingService,
    limits: RateLimits,
  ) {
    this.downloads = limits.limit({ name: 'document-pdf', points: 120, durationSeconds: 3_600 });
  }

  @Allow(Policies.parties)
  @Get(':id/pdf')
  async pdf(
    @CurrentActor() actor: PartyActor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('locale') locale: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.downloads.consume(actor.userId);
    const owner = actor.kind === 'client' ? { organizationId: actor.organizationId } : { freelancerId: actor.userId };
    const document = await this.invoicing.document(owner, id);
    const language: DocumentLocale = DOCUMENT_LOCALES.find((known) => known === locale) ?? 'en';
    const bytes = await renderDocumentPdf(document, language);
    asPrivateDownload(reply, {
      contentType: 'application/pdf',
      fileName: `${documentNumber(document.kind, document.number)}.pdf`,
    });
    return bytes;
  }
}
