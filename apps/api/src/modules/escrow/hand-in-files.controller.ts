import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor, SignedInActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { type ActorRequest, CurrentActor } from '../../platform/access/request-context.js';
import { NoFileError } from '../freelancers/resume.errors.js';
import { HandInFilesService } from './hand-in-files.service.js';

/**
 * `POST /files/hand-ins?milestoneId=…` (multipart, one part named `file`, with the CSRF header) and
 * `GET /files/hand-ins/:id`. Plain HTTP because browsers upload and download files best that way.
 */
@Controller('files/hand-ins')
export class HandInFilesController {
  constructor(private readonly files: HandInFilesService) {}

  @Allow(Policies.freelancer)
  @Post()
  async upload(
    @CurrentActor() actor: SignedInActor,
    @Query('milestoneId', new ParseUUIDPipe()) milestoneId: string,
    @Req() request: ActorRequest,
  ) {
    const part = request.isMultipart()
      ? await request.file({ throwFileSizeLimit: false, limits: { fileSize: this.files.maxBytes } })
      : undefined;
    if (!part) throw new NoFileError();
    const bytes = await part.toBuffer();
    const file = await this.files.upload(actor.userId, milestoneId, {
      fileName: part.filename,
      bytes,
      truncated: part.file.truncated,
    });
    return { id: file.id, fileName: file.fileName, sizeBytes: file.sizeBytes, uploadedAt: file.createdAt };
  }

  @Allow(Policies.signedIn)
  @Get(':id')
  async download(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { file, bytes } = await this.files.download(id, actor);
    void reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store');
    return bytes;
  }
}
