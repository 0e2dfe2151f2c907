import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor, SignedInActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { type ActorRequest, CurrentActor } from '../../platform/access/request-context.js';
import { asPrivateDownload, readUpload } from '../../platform/http/file-transfer.js';
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
    const upload = await readUpload(request, this.files.maxBytes);
    const file = await this.files.upload(actor.userId, milestoneId, upload);
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
    asPrivateDownload(reply, file);
    return bytes;
  }
}
