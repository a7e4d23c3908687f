import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../shared/html.ts';
import {
  errorSummary,
  FORM_REGION,
  renderConfirmation,
  renderReferralForm,
  replaceRegion,
  type ConfirmationDetails,
  type ReferralFormContext,
} from './form-markup.ts';
import { ALL_SECTIONS, type FormPart, type OnlyWhen } from './questions.ts';
import type { FieldError } from './answers.ts';
import { checkReferral } from './schema.ts';

const context: ReferralFormContext = {
  endpoint: '/api/referrals',
  hubPhone: '0300 1234 148',
  callsFrom: '01632 960 000',
  emergency: '999',
  silentSolutionCode: '55',
  services: [],
};
const withServices: ReferralFormContext = {
  ...context,
  services: [
    { value: 'young-victims-service', label: 'Young Victims Service' },
    { value: 'restorative-justice-service', label: 'Restorative Justice Service' },
  ],
};

const hostile = `"><script>alert(1)</script> & 'me'`;
const today = new Date('2026-11-23T12:00:00Z');

/** The opening tag of the element with this id, with its attributes. */
function tagWithId(markup: string, id: string): { tag: string; attributes: Record<string, string> } {
  const found = new RegExp(`<([a-z]+)\\b[^>]*\\sid="${id}"[^>]*>`).exec(markup);
  if (!found) throw new Error(`No element with id "${id}"`);
  return { tag: found[1] ?? '', attributes: attributesOf(found[0]) };
}

/** The attributes of the fieldset whose legend says `legend`. */
function fieldsetOf(markup: string, legend: string): Record<string, string> {
  const at = markup.indexOf(`>${legend}</legend>`);
  const start = markup.lastIndexOf('<fieldset', at);
  if (at < 0 || start < 0) throw new Error(`No fieldset with legend "${legend}"`);
  return attributesOf(markup.slice(start, markup.indexOf('>', start) + 1));
}

function attributesOf(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name = '', value = ''] of tag.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)) found[name] = value;
  return found;
}

/** The input for one answer of a radio or checkbox group. */
function choiceInput(markup: string, name: string, value: string): Record<string, string> {
  const found = new RegExp(`<input\\b[^>]*\\sname="${name}"[^>]*\\svalue="${value}"[^>]*>`).exec(markup);
  if (!found) throw new Error(`No ${name} answer "${value}"`);
  return attributesOf(found[0]);
}

const errorsFor = (input: Record<string, unknown>): FieldError[] => {
  const checked = checkReferral(input, today);
  if (checked.ok) throw new Error('Expected errors');
  return checked.errors;
};

/** A referral with a problem in almost every kind of question: radios, boxes, checkboxes, the date and the details. */
const manyProblems = {
  referrerType: 'professional',
  isPolice: 'yes',
  dobDay: '40',
  dobMonth: '2',
  dobYear: '2000',
  contactMethod: 'letter',
  moreDetails: 'x'.repeat(1501),
};

describe('what a person types', () => {
  it('comes back as text, never as markup, in a text box', () => {
    const markup = renderReferralForm(context, { name: hostile });
    expect(tagWithId(markup, 'name').attributes.value).toBe(escapeHtml(hostile));
    expect(markup).not.toContain('<script>');
  });

  it('comes back as text, never as markup, in the details box', () => {
    const markup = renderReferralForm(context, { moreDetails: `</textarea>${hostile}` });
    expect(markup).toContain(`>${escapeHtml(`</textarea>${hostile}`)}</textarea>`);
    expect(markup.match(/<\/textarea>/g)).toHaveLength(1);
    expect(markup).not.toContain('<script>');
  });

  it('comes back as text in the confirmation', () => {
    const markup = renderConfirmation({
      reference: hostile,
      forSomeoneElse: false,
      hubPhone: '0300 1234 148',
      callsFrom: '0300 1234 148',
      contactWithinWorkingDays: 2,
      talkNow: [],
      emergency: '999',
    });
    expect(markup).toContain(`<strong data-reference dir="ltr">${escapeHtml(hostile)}</strong>`);
    expect(markup).not.toContain('<script>');
  });

  it('stays in its box when the form is shown again, and empty boxes stay empty', () => {
    const markup = renderReferralForm(context, { postcode: 'OX1 1AA', safeTimes: 'after 6pm & weekends' });
    expect(tagWithId(markup, 'postcode').attributes.value).toBe('OX1 1AA');
    expect(tagWithId(markup, 'safeTimes').attributes.value).toBe('after 6pm &amp; weekends');
    expect(tagWithId(markup, 'name').attributes.value).toBe('');
  });
});

describe('errors', () => {
  const errors = errorsFor(manyProblems);
  const markup = renderReferralForm(context, manyProblems, errors);

  it('are all listed first, in a summary that links to each question', () => {
    expect(markup).toMatch(/^\s*<div\s+class="referral__error-summary"/);
    expect(markup).toContain('There is a problem');
    for (const error of errors)
      expect(markup).toContain(`<li><a href="#${error.field}">${escapeHtml(error.message)}</a></li>`);
  });

  it('each appear above their question, starting "Error:" for screen readers', () => {
    expect(errors.map((error) => error.field)).toEqual(
      expect.arrayContaining([
        'referrerName',
        'collarNumber',
        'dobDay',
        'letterSafe',
        'crimeTypes',
        'moreDetails',
        'consentShare',
      ]),
    );
    for (const error of errors) {
      const message = `<p id="${error.field}-error" class="referral__error-message"><span class="visually-hidden">Error:</span> ${escapeHtml(error.message)}</p>`;
      expect(markup).toContain(message);
      expect(markup.indexOf(message)).toBeLessThan(markup.search(new RegExp(`\\sid="${error.field}"`)));
    }
  });

  it('are linked to their question for screen readers, after its hint', () => {
    expect(tagWithId(markup, 'referrerName').attributes['aria-describedby']).toBe('referrerName-error');
    expect(tagWithId(markup, 'moreDetails').attributes['aria-describedby']).toBe(
      'moreDetails-hint moreDetails-count moreDetails-error',
    );
    expect(fieldsetOf(markup, 'Date of birth (optional)')['aria-describedby']).toBe('dob-hint dobDay-error');
    expect(fieldsetOf(markup, 'Is it safe to send a letter to this address?')['aria-describedby']).toBe(
      'letterSafe-error',
    );
    const postcode = renderReferralForm(context, {}, [
      { field: 'postcode', message: 'Enter a postcode, like OX1 1AA' },
    ]);
    expect(tagWithId(postcode, 'postcode').attributes['aria-describedby']).toBe('postcode-hint postcode-error');
    const crime = renderReferralForm(context, {}, [{ field: 'crimeTypes', message: 'Select what happened' }]);
    expect(fieldsetOf(crime, 'What kind of crime was it?')['aria-describedby']).toBe(
      'crimeTypes-hint crimeTypes-error',
    );
  });

  it('mark the question and its box as in error', () => {
    expect(tagWithId(markup, 'referrerName').attributes.class).toContain('referral__input--error');
    expect(tagWithId(markup, 'dobYear').attributes.class).toContain('referral__input--error');
    expect(tagWithId(markup, 'moreDetails').attributes.class).toContain('referral__input--error');
    expect(markup).toContain('referral__group referral__group--error');
  });

  it('are not shown, nor described, when there are none', () => {
    const empty = renderReferralForm(context);
    expect(empty).not.toContain('There is a problem');
    expect(empty).not.toContain('Error:');
    expect(tagWithId(empty, 'postcode').attributes['aria-describedby']).toBe('postcode-hint');
    expect(tagWithId(empty, 'name').attributes['aria-describedby']).toBeUndefined();
    expect(fieldsetOf(empty, 'Who are you asking for support for?')['aria-describedby']).toBeUndefined();
  });

  it('about the whole form are in the summary, without a link', () => {
    const summary = errorSummary([{ field: 'form', message: 'The form could not be read.' }]);
    expect(summary).toContain('<li>The form could not be read.</li>');
    expect(summary).not.toContain('href');
    expect(errorSummary([])).toBe('');
  });
});

describe('answers chosen before', () => {
  it('stay chosen when the form is shown again: radios, ticked boxes and the service', () => {
    const markup = renderReferralForm(withServices, {
      referrerType: 'professional',
      crimeTypes: ['burglary', 'fraud'],
      supportWanted: 'practical',
      consentContact: 'yes',
      serviceInterest: 'young-victims-service',
    });
    expect(choiceInput(markup, 'referrerType', 'professional')).toHaveProperty('checked');
    expect(choiceInput(markup, 'referrerType', 'self')).not.toHaveProperty('checked');
    expect(choiceInput(markup, 'crimeTypes', 'burglary')).toHaveProperty('checked');
    expect(choiceInput(markup, 'crimeTypes', 'fraud')).toHaveProperty('checked');
    expect(choiceInput(markup, 'crimeTypes', 'theft')).not.toHaveProperty('checked');
    expect(choiceInput(markup, 'supportWanted', 'practical')).toHaveProperty('checked');
    expect(choiceInput(markup, 'consentContact', 'yes')).toHaveProperty('checked');
    expect(choiceInput(markup, 'consentShare', 'yes')).not.toHaveProperty('checked');
    expect(markup).toContain('<option value="young-victims-service" selected>Young Victims Service</option>');
  });
});

describe('questions that apply only sometimes', () => {
  const markup = renderReferralForm(context);
  // Layout between tags does not matter to a browser.
  const tight = markup.replace(/>\s+</g, '><');
  const blocks = (parts: readonly FormPart[]): OnlyWhen[] =>
    parts.flatMap((part) => (part.kind === 'only-when' ? [part, ...blocks(part.parts)] : []));

  it('carry the condition the script checks, and say when to answer them', () => {
    const all = ALL_SECTIONS.flatMap(blocks);
    expect(all.length).toBeGreaterThan(10);
    for (const block of all) {
      expect(tight).toContain(
        `<div class="referral__conditional" data-show-when="${block.showWhen}"><p class="referral__when" data-when-text>${block.when}</p>`,
      );
    }
  });

  it('hold their questions, nested where one depends on another', () => {
    const start = (showWhen: string) => markup.indexOf(`data-show-when="${showWhen}"`);
    expect(start('referrerType=professional')).toBeLessThan(start('isPolice=yes'));
    expect(start('isPolice=yes')).toBeLessThan(markup.indexOf('id="collarNumber"'));
    expect(start('under18')).toBeLessThan(markup.indexOf('id="guardianConsent"'));
    expect(markup.indexOf('id="guardianConsent"')).toBeLessThan(start('guardianConsent=not-sought'));
  });
});

describe('the services list', () => {
  it('appears only when there are services to choose from', () => {
    expect(renderReferralForm(context)).not.toContain('serviceInterest');
    const markup = renderReferralForm(withServices);
    expect(tagWithId(markup, 'serviceInterest').tag).toBe('select');
    expect(markup).toContain('<option value="" selected>Not sure, or no</option>');
    expect(markup).toContain('<option value="restorative-justice-service">Restorative Justice Service</option>');
  });
});

describe('the confirmation', () => {
  const details: ConfirmationDetails = {
    reference: 'AB12-CD34',
    forSomeoneElse: false,
    hubPhone: '0300 1234 148',
    callsFrom: '01632 960 000',
    contactWithinWorkingDays: 2,
    talkNow: [{ name: 'Samaritans', phone: '116 123' }],
    emergency: '999',
  };

  it('quotes the reference, the number the hub calls from and how many working days', () => {
    const markup = renderConfirmation(details);
    expect(markup).toContain('<strong data-reference dir="ltr">AB12-CD34</strong>');
    expect(markup).toContain('The hub calls from <strong dir="ltr">01632 960 000</strong>.');
    expect(markup).toContain('will try to contact you within 2 working days');
    expect(markup).toContain('<a href="tel:03001234148">0300 1234 148</a>');
    expect(markup).not.toContain('already been sent');
  });

  it('speaks of "the person" when asking for someone else, and of one working day', () => {
    const markup = renderConfirmation({ ...details, forSomeoneElse: true, contactWithinWorkingDays: 1 });
    expect(markup).toContain('will try to contact the person within 1 working day,');
    expect(markup).toContain('put the person in touch');
  });

  it('says when the referral had already been sent, and how to change an answer', () => {
    const markup = renderConfirmation({ ...details, alreadySent: true });
    expect(markup).toContain('This referral had already been sent');
    expect(markup).toContain('call the hub on 0300 1234 148 and give the reference number.');
  });
});

describe('the page regions', () => {
  it('take new content between their markers', () => {
    const page = `<main>${FORM_REGION.start}old${FORM_REGION.end}</main>`;
    expect(replaceRegion(page, FORM_REGION, 'new')).toBe(`<main>${FORM_REGION.start}new${FORM_REGION.end}</main>`);
  });

  it('say to rebuild the site when the markers are lost', () => {
    expect(() => replaceRegion('<main></main>', FORM_REGION, 'new')).toThrow('rebuild the site');
  });
});
