import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createFreelancer, createOrganization, uniqueEmail } from '../../../src/seed/factories.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { opsAgent, PASSWORD, sampleDocx, samplePdf, signedIn } from '../../support/vetting.js';

const MAX_BYTES = 4096;

describe('résumé upload', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ RESUME_MAX_BYTES: String(MAX_BYTES) });
  });
  afterAll(async () => {
    await testApp.close();
  });

  async function va() {
    const { user } = await createFreelancer(testApp.dataSource, { email: uniqueEmail('cv'), password: PASSWORD });
    return { user, agent: await signedIn(testApp, user.email, 'FREELANCER') };
  }

  const resumeOf = async (agent: Awaited<ReturnType<typeof va>>['agent']) =>
    (
      await agent.ok<{ myFreelancerProfile: { resume: { id: string; fileName: string } | null } }>(
        '{ myFreelancerProfile { resume { id fileName contentType sizeBytes } } }',
      )
    ).myFreelancerProfile.resume;

  it('accepts a PDF and a Word document, recognised by their bytes, and shows the newest on the profile', async () => {
    const { agent } = await va();
    const pdf = await agent.upload('/files/resumes', '../../etc/My CV.PDF', samplePdf());
    expect(pdf.statusCode).toBe(201);
    expect(pdf.json()).toMatchObject({ fileName: 'My CV.pdf', sizeBytes: samplePdf().length });
    const docx = await agent.upload('/files/resumes', 'cv-2026', sampleDocx());
    expect(docx.statusCode).toBe(201);
    expect(await resumeOf(agent)).toMatchObject({
      fileName: 'cv-2026.docx',
      contentType: expect.stringContaining('wordprocessingml'),
    });
  });

  it.each([
    [
      'a text file named .pdf',
      'resume.pdf',
      Buffer.from('I am not a PDF at all, just text.'),
      415,
      'FILE_TYPE_NOT_ALLOWED',
    ],
    [
      'a zip named .docx',
      'resume.docx',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.from('not a word document')]),
      415,
      'FILE_TYPE_NOT_ALLOWED',
    ],
    [
      'a PNG named .pdf',
      'resume.pdf',
      Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
      415,
      'FILE_TYPE_NOT_ALLOWED',
    ],
    ['an empty file', 'resume.pdf', Buffer.alloc(0), 400, 'FILE_EMPTY'],
    ['a file over the cap', 'resume.pdf', Buffer.concat([samplePdf(), Buffer.alloc(MAX_BYTES)]), 413, 'FILE_TOO_LARGE'],
  ])('refuses %s with a clear error and stores nothing', async (_name, fileName, bytes, status, code) => {
    const { agent } = await va();
    const response = await agent.upload('/files/resumes', fileName, bytes);
    expect(response.statusCode).toBe(status);
    expect(response.json().error).toMatchObject({
      code,
      message: expect.any(String),
      fields: { file: expect.any(String) },
    });
    expect(await resumeOf(agent)).toBeNull();
  });

  it('refuses a request without a file', async () => {
    const { agent } = await va();
    const response = await agent.http('POST', '/files/resumes', {
      headers: { 'content-type': 'application/json' },
      payload: Buffer.from('{}'),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({ file: 'required' });
  });

  it('needs the CSRF header, a signed-in VA, and an open profile', async () => {
    const { agent } = await va();
    const withoutHeader = await agent.http('POST', '/files/resumes', { headers: { 'x-delegate-csrf': '' } });
    expect(withoutHeader.statusCode).toBe(403);
    expect((await testApp.agent().upload('/files/resumes', 'cv.pdf', samplePdf())).statusCode).toBe(401);
    const { owner } = await createOrganization(testApp.dataSource, { owner: { password: PASSWORD } });
    const client = await signedIn(testApp, owner.email, 'CLIENT');
    expect((await client.upload('/files/resumes', 'cv.pdf', samplePdf())).statusCode).toBe(403);

    const { user, agent: locked } = await va();
    await testApp.dataSource.query(`UPDATE freelancer_profiles SET vetting_stage = 'screening' WHERE user_id = $1`, [
      user.id,
    ]);
    const refused = await locked.upload('/files/resumes', 'cv.pdf', samplePdf());
    expect(refused.json().error.code).toBe('PROFILE_LOCKED');
  });

  it('is downloadable by its owner and ops only', async () => {
    const { agent } = await va();
    const { id } = (await agent.upload('/files/resumes', 'cv.pdf', samplePdf())).json() as { id: string };
    const own = await agent.http('GET', `/files/resumes/${id}`);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    expect(own.headers['content-disposition']).toContain('attachment');
    expect(own.headers['x-content-type-options']).toBe('nosniff');
    expect(own.rawPayload.equals(samplePdf())).toBe(true);

    const { agent: ops } = await opsAgent(testApp);
    expect((await ops.http('GET', `/files/resumes/${id}`)).statusCode).toBe(200);
    const { agent: other } = await va();
    expect((await other.http('GET', `/files/resumes/${id}`)).statusCode).toBe(404);
    const { owner } = await createOrganization(testApp.dataSource, { owner: { password: PASSWORD } });
    expect(
      (await (await signedIn(testApp, owner.email, 'CLIENT')).http('GET', `/files/resumes/${id}`)).statusCode,
    ).toBe(404);
    expect((await testApp.agent().http('GET', `/files/resumes/${id}`)).statusCode).toBe(401);
    expect((await agent.http('GET', '/files/resumes/not-a-uuid')).statusCode).toBe(400);
  });

  it('is not served by any static route', async () => {
    const { agent } = await va();
    await agent.upload('/files/resumes', 'cv.pdf', samplePdf());
    const [{ storage_key: key }] = await testApp.dataSource.query('SELECT storage_key FROM resumes LIMIT 1');
    expect((await testApp.agent().http('GET', `/${key}`)).statusCode).toBe(404);
  });
});
