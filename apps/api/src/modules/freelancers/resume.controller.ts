import { Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor, SignedInActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { type ActorRequest, CurrentActor } from '../../platform/access/request-context.js';
import { NoFileError } from './resume.errors.js';
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
    const part = request.isMultipart()
      ? await request.file({ throwFileSizeLimit: false, limits: { fileSize: this.resumes.maxBytes } })
      : undefined;
    if (!part) throw new NoFileError();
    const bytes = await part.toBuffer();
    const resume = await this.resumes.upload(actor.userId, {
      fileName: part.filename,
      bytes,
      truncated: part.file.truncated,
    });
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
    void reply
      .header('content-type', resume.contentType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(resume.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store');
    return bytes;
  }
}
