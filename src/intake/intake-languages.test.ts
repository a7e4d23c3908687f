/**
 * A referral form in another language, sent without JavaScript: the intake
 * answers with the page it came from, in its language (the errors, the
 * summary, the title, the confirmation), and keeps the language with the
 * referral, so the hub's files say which language the person used.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  intakeOptions,
  referFormPage,
  storeInNewFolder,
  type StoreInFolder,
} from '../../tests/support/intake-setup.ts';
import { formEncoded, validReferral } from '../../tests/support/referrals.ts';
import { ERROR_REGION, FORM_REGION, PAGE_REGION } from '../features/referral/form-markup.ts';
import { openSubmissions, toCsv } from '../hub/case-files.ts';
import { generateHubKeys, type HubKeys } from '../hub/hub-keys.ts';
import { escapeHtml } from '../shared/html.ts';
import { contextInPage, REFERRALS_PATH, registerIntake } from './intake.ts';

/** The Polish form's words, as the built /pl/refer/ page gives them to the form (data-form-context). */
const polishWords = {
  'There is a problem': 'Wystąpił problem',
  'Error:': 'Błąd:',
  'Enter a postcode, like OX1 1AA': 'Wpisz kod pocztowy, na przykład OX1 1AA',
  'Referral sent': 'Skierowanie wysłane',
  'Your reference number is': 'Twój numer referencyjny to',
  'Full name': 'Imię i nazwisko',
};

const polishPage = [
  `<!doctype html><html lang="pl"><head><title>Poproś o wsparcie – Victims First</title></head><body>`,
  `<div data-referral-page data-form-context="${escapeHtml(JSON.stringify({ ...referFormPage.context, lang: 'pl', words: polishWords }))}">`,
  PAGE_REGION.start,
  ERROR_REGION.start,
  ERROR_REGION.end,
  '<h1>Poproś o wsparcie</h1>',
  FORM_REGION.start,
  '<form></form>',
  FORM_REGION.end,
  PAGE_REGION.end,
  '</div></body></html>',
].join('');

describe('the intake and a form in another language', () => {
  let kept: StoreInFolder;
  let keys: HubKeys;
  let app: FastifyInstance;

  beforeEach(async () => {
    kept = await storeInNewFolder('vf-intake-languages-');
    keys = await generateHubKeys();
    app = Fastify();
    await registerIntake(
      app,
      await intakeOptions(kept.store, {
        hubPublicKey: keys.publicKey,
        formPage: referFormPage,
        formPages: { pl: { ...referFormPage, template: () => polishPage } },
      }),
    );
  });

  afterEach(async () => {
    await app.close();
    await kept.remove();
  });

  const postForm = (values: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: REFERRALS_PATH,
      payload: formEncoded(values),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });

  it('reads the words the page gave the form back from the page', () => {
    expect(contextInPage(polishPage)?.words?.['Referral sent']).toBe('Skierowanie wysłane');
    expect(contextInPage('<html></html>')).toBeUndefined();
  });

  it('answers errors in the language of the page the form came from', async () => {
    const response = await postForm({ ...validReferral, postcode: '', formLanguage: 'pl' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('<title>Błąd: Poproś o wsparcie – Victims First</title>');
    expect(response.body).toContain(
      '<h2 class="referral__error-summary-title" id="error-summary-title">Wystąpił problem</h2>',
    );
    expect(response.body).toContain('href="#postcode">Wpisz kod pocztowy, na przykład OX1 1AA</a>');
    expect(response.body).toContain('>Imię i nazwisko</label>');
    // The form sent again keeps its language, so the next answer is in Polish too.
    expect(response.body).toContain('<input type="hidden" name="formLanguage" value="pl" />');
  });

  it('confirms in that language, and the English page still answers in English', async () => {
    const polish = await postForm({ ...validReferral, formLanguage: 'pl' });
    expect(polish.body).toContain('<title>Skierowanie wysłane – Victims First</title>');
    expect(polish.body).toContain('data-confirmation-heading>Skierowanie wysłane</h1>');
    const english = await postForm({ ...validReferral, name: 'Another Person', formLanguage: 'en' });
    expect(english.body).toContain('<title>Referral sent – Victims First</title>');
    // A language the site does not offer gets the English page.
    const unknown = await postForm({ ...validReferral, name: 'Third Person', formLanguage: 'xx', postcode: '' });
    expect(unknown.body).toContain('There is a problem');
  });

  it('keeps the language with the referral, for the hub’s files, under an English column name', async () => {
    await postForm({ ...validReferral, formLanguage: 'pl' });
    await postForm({ ...validReferral, name: 'Another Person' });
    const { referrals: collected } = await openSubmissions(await kept.store.waiting(), keys);
    expect(collected.map((item) => item.referral['formLanguage']).sort()).toEqual(['en', 'pl']);
    // Each cell of a CSV line: quoted (with doubled quotes inside) or bare.
    const cells = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((match) => match[1]);
    const [header = '', ...rows] = toCsv(collected).trim().split('\r\n');
    const column = cells(header).indexOf('"formLanguage"');
    expect(column).toBeGreaterThan(0);
    expect(rows.map((row) => cells(row)[column]).sort()).toEqual(['"en"', '"pl"']);
  });

  it('counts anything that is not a language code as English', async () => {
    await postForm({ ...validReferral, formLanguage: '<script>' });
    const { referrals: collected } = await openSubmissions(await kept.store.waiting(), keys);
    expect(collected[0]?.referral['formLanguage']).toBe('en');
  });
});
