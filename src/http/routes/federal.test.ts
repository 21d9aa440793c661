import fs from 'node:fs';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/databases';
import { CLEAN_RESUME } from '../../../test/federal';
import { pdfOf } from '../../../test/federal-files';
import { resumeReader } from '../../runtime/federal/resume-reader';
import { resumeRenderer } from '../../runtime/federal/resume-renderer';
import { createApp } from '../app';

const fixture = (name: string) =>
  fs.readFileSync(new URL(`../../../test/fixtures/federal/${name}`, import.meta.url), 'utf8');

describeEachDialect('federal routes', (db) => {
  async function client(workspace: string) {
    const deps = await db().deps(workspace);
    const { app } = createApp({
      ...deps,
      services: { federal: { reader: resumeReader, renderer: resumeRenderer } },
    });
    return async (
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = {},
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- responses are read loosely
    ): Promise<{ status: number; body: any }> => {
      const response = await app.request(`/api${path}`, {
        method,
        headers: { 'x-rebound-request': '1', 'content-type': 'application/json', ...headers },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: await response.json() };
    };
  }

  it('checks an uploaded PDF against a stored announcement and returns findings beside the text', async () => {
    const call = await client('ws_fed_http');
    const created = await call('POST', '/federal/applications', {
      text: fixture('search-result.json'),
    });
    expect(created.status).toBe(201);
    const id = created.body.application.id as string;
    const pdf = Buffer.from(await pdfOf(CLEAN_RESUME)).toString('base64');
    const check = await call('POST', '/federal/check', {
      file: { name: 'resume.pdf', contentBase64: pdf },
      applicationId: id,
    });
    expect(check.status).toBe(200);
    expect(check.body.pages).toBe(1);
    expect(check.body.lines[0]).toEqual({ number: 1, text: 'Dana Whitlock', page: 1 });
    const rules = check.body.findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain('specialized-experience');
    expect(rules).toContain('required-documents');
    const patched = await call('PATCH', `/applications/${id}/federal`, {
      attachedDocuments: ['sf50'],
    });
    expect(patched.status).toBe(200);
    const again = await call('POST', '/federal/check', {
      file: { name: 'resume.pdf', contentBase64: pdf },
      applicationId: id,
    });
    expect(again.body.findings.map((f: { rule: string }) => f.rule)).not.toContain(
      'required-documents',
    );
  });

  it('records a USAJOBS status and builds a résumé from the saved profile', async () => {
    const call = await client('ws_fed_http2');
    const created = await call('POST', '/federal/applications', {
      text: fixture('announcement.txt'),
      format: 'text',
    });
    const id = created.body.application.id as string;
    const status = await call('POST', `/applications/${id}/federal/status`, {
      status: 'not_selected',
    });
    expect(status.status).toBe(200);
    expect(status.body.application.stage).toBe('rejected');
    expect((await call('GET', '/federal/profile')).body).toBeNull();
    const saved = await call('PUT', '/federal/profile', JSON.parse(fixture('profile.json')));
    expect(saved.status).toBe(200);
    const built = await call('POST', '/federal/resume', { format: 'pdf', applicationId: id });
    expect(built.status).toBe(200);
    expect(Buffer.from(built.body.contentBase64, 'base64').subarray(0, 4).toString()).toBe('%PDF');
    expect(built.body.pages).toBe(1);
  });

  it('names the field that is wrong', async () => {
    const call = await client('ws_fed_http3');
    const badGrade = await call('POST', '/federal/applications', {
      details: { positionTitle: 'Analyst', payPlanSeriesGrade: 'GS-343' },
    });
    expect(badGrade.status).toBe(400);
    expect(badGrade.body.error.field).toBe('details.payPlanSeriesGrade');
    const badProfile = await call('PUT', '/federal/profile', { name: 'Dana' });
    expect(badProfile.body.error.message).toMatch(/^email: /);
    const notBase64 = await call('POST', '/federal/check', {
      file: { name: 'r.pdf', contentBase64: '***' },
    });
    expect(notBase64.body.error.field).toBe('file.contentBase64');
    const nothing = await call('GET', '/applications/app_nope/federal');
    expect(nothing.status).toBe(404);
    const huge = await call('POST', '/federal/check', {
      file: { name: 'r.pdf', contentBase64: 'A'.repeat(17 * 1024 * 1024) },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.message).toContain('5 MB');
  });
});
