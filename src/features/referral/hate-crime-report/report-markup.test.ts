import { describe, expect, it } from 'vitest';
import { questionsIn } from '../questions.ts';
import { IDENTIFYING_FIELDS } from './answers.ts';
import { REPORT_SECTIONS } from './questions.ts';
import { renderReportConfirmation, renderReportForm, reportEndpoint, type ReportFormContext } from './report-markup.ts';

const context: ReportFormContext = {
  endpoint: '/api/hate-crime-reports',
  hubPhone: '0300 1234 148',
  callsFrom: '0300 1234 148',
  emergency: '999',
  silentSolutionCode: '55',
};

describe('the hate crime report drawn by the referral form’s renderer', () => {
  it('posts to its own endpoint, with the same frame as the referral form', () => {
    const form = renderReportForm(context);
    expect(form).toContain('action="/api/hate-crime-reports" method="post"');
    for (const frame of ['data-referral-form', 'name="idempotencyKey"', 'name="website"', 'name="formLanguage"'])
      expect(form).toContain(frame);
    expect(form).toContain('>Send report</button>');
  });

  it('asks for a name or contact only inside "only when" blocks (police with my details, or support)', () => {
    const topLevel = REPORT_SECTIONS.flatMap((section) => section.filter((part) => part.kind !== 'only-when'));
    const askedAlways = questionsIn(topLevel).map((question) => ('name' in question ? question.name : question.id));
    for (const field of IDENTIFYING_FIELDS) expect(askedAlways).not.toContain(field);
    const form = renderReportForm(context);
    expect(form).toMatch(/data-show-when="outcome=police"[\s\S]*id="reporterName"/);
    expect(form).toMatch(/data-show-when="wantsSupport=yes"[\s\S]*id="contactMethod"[\s\S]*id="consentContact"/);
    expect(form).toContain('Answer these if the police should have your details.');
  });

  it('reuses the referral form’s safe-contact questions, with their own "only when" blocks', () => {
    const form = renderReportForm(context);
    expect(form).toContain('data-show-when="contactMethod=phone|text"');
    expect(form).toContain('Is it safe to leave a voicemail?');
    expect(form).toContain('The hub will call from <strong dir="ltr">0300 1234 148</strong>');
  });

  it('explains both hate crime and hate incidents, and what to do in danger now', () => {
    const form = renderReportForm(context);
    expect(form).toContain('A hate crime is a crime');
    expect(form).toContain('A hate incident is the same kind of hostility when it is not a crime');
    expect(form).toContain('If anyone is in danger now, call 999.');
    expect(form).toContain('press 55 when asked');
  });

  it('draws what was typed back escaped, with the errors linked from the summary', () => {
    const form = renderReportForm(context, { account: '<b>bold</b>', outcome: 'anonymous' }, [
      { field: 'account', message: 'What happened must not include the signs < or >' },
    ]);
    expect(form).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(form).not.toContain('<b>bold</b>');
    expect(form).toContain('<a href="#account">');
    expect(form).toMatch(/id="outcome"[^>]*checked/);
  });
});

describe('the report’s confirmation', () => {
  const details = {
    reference: '7KXM-QD4R',
    hubPhone: '0300 1234 148',
    callsFrom: '0300 1234 148',
    contactWithinWorkingDays: 2,
    emergency: '999',
  };

  it('gives the reference, and says an anonymous report reaches the police without a name', () => {
    const page = renderReportConfirmation({
      ...details,
      outcome: 'anonymous',
      wantsSupport: false,
      forSomeoneElse: false,
    });
    expect(page).toContain('data-reference dir="ltr">7KXM-QD4R<');
    expect(page).toContain('without your name or contact details');
    expect(page).not.toContain('about support');
  });

  it('says when the hub will be in touch about support', () => {
    const page = renderReportConfirmation({ ...details, outcome: 'police', wantsSupport: true, forSomeoneElse: true });
    expect(page).toContain('pass your report and your details to Thames Valley Police');
    expect(page).toContain('The hub will try to contact the person about support within 2 working days');
  });
});

describe('where the report posts', () => {
  it('is the same intake as the referral form’s', () => {
    expect(reportEndpoint('/api/referrals')).toBe('/api/hate-crime-reports');
    expect(reportEndpoint('https://intake.victimsfirst.example/api/referrals')).toBe(
      'https://intake.victimsfirst.example/api/hate-crime-reports',
    );
    expect(reportEndpoint('https://hub.example/receive')).toBe('https://hub.example/api/hate-crime-reports');
  });
});
