import { Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor, SignedInActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { type ActorRequest, CurrentActor } from '../../platform/access/request-context.js';
import { asPrivateDownload, readUpload } from '../../platform/http/file-transfer.js';
import { ResumeService } from './resume.service.js';

/**
 * `POST /files/resumes` (multipart, one part named `file`, with the CSRF header) and
 * `GET /files/resumes/:id`. Plain HTTP because browsers upload and download files best that way.
 */
@Controller('files/resumes')
export class ResumeController {
  constructor(private readonly resumes: ResumeService) {}

  @Allow(Policies.freelancer)
  @Post()
  async upload(@CurrentActor() actor: SignedInActor, @Req() request: ActorRequest) {
    const upload = await readUpload(request, this.resumes.maxBytes);
    const resume = await this.resumes.upload(actor.userId, upload);
    return { id: resume.id, fileName: resume.fileName, sizeBytes: resume.sizeBytes, uploadedAt: resume.createdAt };
  }

  @Allow(Policies.signedIn)
  @Get(':id')
  async download(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { resume, bytes } = await this.resumes.download(id, actor);
    asPrivateDownload(reply, resume);
    return bytes;
  }
}
