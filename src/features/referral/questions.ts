/**
 * The referral form's questions, as data: what each question asks, its
 * hint, its choices and how its box behaves, section by section and in the
 * order a person meets them. Questions that apply only after a certain answer
 * sit in an "only when" block, with the condition the script checks and the
 * words that tell a person without JavaScript when to answer them.
 *
 * form-markup.ts draws all of this; schema.ts holds the rules for the
 * answers. Every question's name is a field of the schema (a test checks it).
 */
import { crimeTypes } from '../../content-model/vocabularies.ts';
import { MAX_DETAILS_LENGTH } from './answers.ts';

/** One answer in a radio or checkbox group. */
export interface Choice {
  value: string;
  label: string;
  /** Words under the answer, read out with it. */
  hint?: string;
}

/** A one-line text box. */
export interface TextQuestion {
  kind: 'text';
  name: string;
  label: string;
  hint?: string;
  type?: 'text' | 'tel' | 'email';
  /** What the browser may fill in; 'off' unless said, so nothing about the person is suggested on a shared device. */
  autocomplete?: string;
  width?: 'short' | 'medium' | 'long';
  inputmode?: 'numeric' | 'tel' | 'email' | 'text';
  /** False for codes and addresses, which a spelling checker would only mark as wrong. */
  spellcheck?: false;
}

/** A group of radios (choose one) or checkboxes (tick any), with a legend. */
export interface ChoiceQuestion {
  kind: 'radio' | 'checkbox';
  name: string;
  legend: string;
  hint?: string;
  options: readonly Choice[];
}

/** A date in three boxes. The schema reports a problem with it on the first box, so that is where errors link. */
export interface DateQuestion {
  kind: 'date';
  /** Names the group's hint (`<id>-hint`). */
  id: string;
  legend: string;
  hint: string;
  boxes: readonly { name: string; label: string; width: 'day' | 'year' }[];
}

/** A choice of the services a person can ask to be referred to; left out when there are none. */
export interface ServiceQuestion {
  kind: 'service';
  name: string;
  label: string;
  hint: string;
  /** The first option, chosen unless the person picks a service. */
  noService: string;
}

/** A box for longer text that counts characters as the person types. */
export interface DetailsQuestion {
  kind: 'details';
  name: string;
  label: string;
  hint: string;
  maxLength: number;
}

export type Question = TextQuestion | ChoiceQuestion | DateQuestion | ServiceQuestion | DetailsQuestion;

/**
 * Questions that apply only after a certain answer. `showWhen` is the
 * condition the script checks ("referrerType=someone-else|professional",
 * or "under18"); `when` tells a person without JavaScript when to answer them.
 */
export interface OnlyWhen {
  kind: 'only-when';
  showWhen: string;
  when: string;
  parts: readonly FormPart[];
}

/** A place between questions for words the section writes itself, such as a warning. */
export interface Slot {
  kind: 'slot';
  /** Names the words: 'outside-area-notice' and 'danger-warning' on /refer/; each form names its own. */
  name: string;
}

export type FormPart = Question | OnlyWhen | Slot;

const yesNo: readonly Choice[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const yesNoNotSure: readonly Choice[] = [...yesNo, { value: 'not-sure', label: 'Not sure' }];

/** Section 1: who is asking, and for whom. */
export const WHO_NEEDS_SUPPORT: readonly FormPart[] = [
  {
    kind: 'radio',
    name: 'referrerType',
    legend: 'Who are you asking for support for?',
    options: [
      { value: 'self', label: 'Myself' },
      {
        value: 'someone-else',
        label: 'Someone else, who knows and agrees',
        hint: 'For example a friend or family member. Ask them first.',
      },
      {
        value: 'professional',
        label: 'Someone I work with, as a professional',
        hint: 'For example a police officer, teacher, GP or support worker.',
      },
    ],
  },
  {
    kind: 'only-when',
    showWhen: 'referrerType=someone-else|professional',
    when: 'Answer these if you are asking for someone else.',
    parts: [{ kind: 'text', name: 'referrerName', label: 'Your name', autocomplete: 'name', width: 'medium' }],
  },
  {
    kind: 'only-when',
    showWhen: 'referrerType=someone-else',
    when: 'Answer these if you are asking for a friend or family member.',
    parts: [
      {
        kind: 'text',
        name: 'referrerRelationship',
        label: 'How do you know them?',
        hint: 'For example friend, sister or neighbour',
        width: 'medium',
      },
      {
        kind: 'text',
        name: 'referrerPhone',
        label: 'Your phone number',
        hint: 'Or give an email address below. The hub uses it only if it needs to check something with you.',
        type: 'tel',
        autocomplete: 'tel',
        width: 'medium',
        inputmode: 'tel',
      },
      {
        kind: 'text',
        name: 'referrerEmail',
        label: 'Your email address (optional)',
        type: 'email',
        autocomplete: 'email',
        width: 'medium',
        spellcheck: false,
      },
    ],
  },
  {
    kind: 'only-when',
    showWhen: 'referrerType=professional',
    when: 'Answer these if you are asking as a professional.',
    parts: [
      { kind: 'text', name: 'organisation', label: 'Organisation', autocomplete: 'organization', width: 'medium' },
      {
        kind: 'text',
        name: 'role',
        label: 'Your job title or role',
        autocomplete: 'organization-title',
        width: 'medium',
      },
      {
        kind: 'text',
        name: 'workPhone',
        label: 'Work phone number',
        type: 'tel',
        autocomplete: 'tel',
        width: 'medium',
        inputmode: 'tel',
      },
      {
        kind: 'text',
        name: 'workEmail',
        label: 'Work email address',
        type: 'email',
        autocomplete: 'email',
        width: 'medium',
        spellcheck: false,
      },
      {
        kind: 'radio',
        name: 'isPolice',
        legend: 'Are you a police officer or member of police staff?',
        options: yesNo,
      },
      {
        kind: 'only-when',
        showWhen: 'isPolice=yes',
        when: 'Answer this if you work for the police.',
        parts: [{ kind: 'text', name: 'collarNumber', label: 'Collar or staff number', width: 'short' }],
      },
    ],
  },
];

/** Section 2: the person who needs support, and what helps them communicate. */
export const ABOUT_THE_PERSON: readonly FormPart[] = [
  { kind: 'text', name: 'name', label: 'Full name', width: 'medium' },
  {
    kind: 'date',
    id: 'dob',
    legend: 'Date of birth (optional)',
    hint: 'For example, 27 3 2007. If you do not know it, choose an age group below instead.',
    boxes: [
      { name: 'dobDay', label: 'Day', width: 'day' },
      { name: 'dobMonth', label: 'Month', width: 'day' },
      { name: 'dobYear', label: 'Year', width: 'year' },
    ],
  },
  {
    kind: 'radio',
    name: 'ageBand',
    legend: 'Or, age group',
    options: [
      { value: 'under-12', label: 'Under 12' },
      { value: '12-17', label: '12 to 17' },
      { value: '18-24', label: '18 to 24' },
      { value: '25-64', label: '25 to 64' },
      { value: '65-plus', label: '65 or over' },
      { value: 'prefer-not-to-say', label: 'Prefer not to say' },
    ],
  },
  {
    kind: 'only-when',
    showWhen: 'under18',
    when: 'Answer these if the person is under 18.',
    parts: [
      {
        kind: 'radio',
        name: 'guardianConsent',
        legend: 'Has a parent or guardian agreed to this referral?',
        options: [
          { value: 'given', label: 'Yes, a parent or guardian has agreed' },
          {
            value: 'not-sought',
            label: 'No, they have not been asked',
            hint: 'For example, if it would not be safe to ask them.',
          },
        ],
      },
      {
        kind: 'only-when',
        showWhen: 'guardianConsent=not-sought',
        when: 'Answer this if a parent or guardian has not been asked.',
        parts: [{ kind: 'text', name: 'guardianReason', label: 'Why has a parent or guardian not been asked?' }],
      },
    ],
  },
  {
    kind: 'text',
    name: 'postcode',
    label: 'Postcode',
    hint: 'Where the person lives. Victims First supports people in Berkshire, Buckinghamshire, Oxfordshire and Milton Keynes.',
    width: 'short',
    spellcheck: false,
  },
  { kind: 'slot', name: 'outside-area-notice' },
  {
    kind: 'text',
    name: 'gender',
    label: 'Gender (optional)',
    hint: 'In their own words, if they want to say',
    width: 'medium',
  },
  {
    kind: 'text',
    name: 'language',
    label: 'Preferred language (optional)',
    hint: 'For example English, Polish, Urdu or British Sign Language',
    width: 'medium',
  },
  { kind: 'radio', name: 'interpreter', legend: 'Is an interpreter needed? (optional)', options: yesNo },
  {
    kind: 'text',
    name: 'communicationNeeds',
    label: 'Anything that would help with communicating or getting support (optional)',
    hint: 'For example large print, a quiet place, or help with reading',
  },
];

/** Section 3: how and when the hub may get in touch without putting anyone at risk. */
export const CONTACTING_THEM_SAFELY: readonly FormPart[] = [
  {
    kind: 'radio',
    name: 'contactMethod',
    legend: 'How should the hub get in touch?',
    options: [
      { value: 'phone', label: 'Phone call' },
      { value: 'text', label: 'Text message' },
      { value: 'email', label: 'Email' },
      { value: 'letter', label: 'Letter' },
    ],
  },
  {
    kind: 'only-when',
    showWhen: 'contactMethod=phone|text',
    when: 'Answer this if the hub should call or text.',
    parts: [{ kind: 'text', name: 'phone', label: 'Phone number', type: 'tel', width: 'medium', inputmode: 'tel' }],
  },
  {
    kind: 'only-when',
    showWhen: 'contactMethod=phone',
    when: 'Answer this if the hub should call.',
    parts: [{ kind: 'radio', name: 'voicemailSafe', legend: 'Is it safe to leave a voicemail?', options: yesNo }],
  },
  {
    kind: 'only-when',
    showWhen: 'contactMethod=text',
    when: 'Answer this if the hub should text.',
    parts: [{ kind: 'radio', name: 'textSafe', legend: 'Is it safe to send a text message?', options: yesNo }],
  },
  {
    kind: 'only-when',
    showWhen: 'contactMethod=email',
    when: 'Answer this if the hub should email.',
    parts: [{ kind: 'text', name: 'email', label: 'Email address', type: 'email', width: 'medium', spellcheck: false }],
  },
  {
    kind: 'only-when',
    showWhen: 'contactMethod=letter',
    when: 'Answer these if the hub should write.',
    parts: [
      { kind: 'text', name: 'address', label: 'Address to write to' },
      { kind: 'radio', name: 'letterSafe', legend: 'Is it safe to send a letter to this address?', options: yesNo },
    ],
  },
  {
    kind: 'text',
    name: 'safeTimes',
    label: 'When is it safe for the hub to get in touch? (optional)',
    hint: 'For example weekday mornings, or not after 5pm',
  },
  {
    kind: 'radio',
    name: 'othersMightAnswer',
    legend: 'Might someone else see or answer it? (optional)',
    options: yesNoNotSure,
  },
];

/** Section 4: what happened, only as much as the person wants to say. */
export const WHAT_HAPPENED: readonly FormPart[] = [
  {
    kind: 'checkbox',
    name: 'crimeTypes',
    legend: 'What kind of crime was it?',
    hint: 'Select all that apply.',
    // Only the value and label: the vocabulary's other fields are not for this form.
    options: crimeTypes.entries.map((entry) => ({ value: entry.value, label: entry.label })),
  },
  {
    kind: 'radio',
    name: 'reportedToPolice',
    legend: 'Has it been reported to the police?',
    hint: 'You can get support either way.',
    options: yesNoNotSure,
  },
  {
    kind: 'only-when',
    showWhen: 'reportedToPolice=yes',
    when: 'Answer this if it was reported to the police.',
    parts: [
      {
        kind: 'text',
        name: 'crimeReference',
        label: 'Crime reference number (optional)',
        hint: 'If you have it. It is on letters, texts or emails from the police.',
        width: 'medium',
        spellcheck: false,
      },
    ],
  },
  {
    kind: 'radio',
    name: 'whenHappened',
    legend: 'Roughly when did it happen? (optional)',
    hint: 'There is no time limit for getting support.',
    options: [
      { value: 'last-week', label: 'In the last week' },
      { value: 'last-month', label: 'In the last month' },
      { value: 'last-year', label: 'In the last year' },
      { value: 'more-than-a-year', label: 'More than a year ago' },
      { value: 'still-happening', label: 'It is still happening' },
      { value: 'prefer-not-to-say', label: 'Prefer not to say' },
    ],
  },
  {
    kind: 'radio',
    name: 'personRole',
    legend: 'Was the person who needs support…',
    options: [
      { value: 'victim', label: 'The victim' },
      { value: 'witness', label: 'A witness' },
      { value: 'family', label: 'A family member of a victim' },
    ],
  },
  { kind: 'slot', name: 'danger-warning' },
  { kind: 'radio', name: 'inDanger', legend: 'Is anyone in danger now?', options: yesNo },
];

/** Section 5: the support the person would like. */
export const WHAT_WOULD_HELP: readonly FormPart[] = [
  {
    kind: 'checkbox',
    name: 'supportWanted',
    legend: 'What kind of support would help?',
    hint: 'Select all that apply.',
    options: [
      { value: 'emotional', label: 'Someone to talk to', hint: 'Emotional support from a trained worker' },
      { value: 'practical', label: 'Practical help', hint: 'For example with safety at home, money or forms' },
      { value: 'criminal-justice', label: 'Help through the police and court process' },
      { value: 'counselling', label: 'Counselling' },
      {
        value: 'restorative-justice',
        label: 'Restorative justice',
        hint: 'Communicating with the person who caused the harm, if you want to',
      },
      { value: 'something-else', label: 'Something else, or not sure' },
    ],
  },
  {
    // The 2023 consultation: people who say "not now" often want support later, and asked to be checked on.
    kind: 'radio',
    name: 'checkBack',
    legend: 'Would it help if the hub checked back later? (optional)',
    hint: 'If now is not the right time for support, the hub can get in touch again later to see how things are. You can still say no then.',
    options: [
      { value: 'week', label: 'Yes, in about a week' },
      { value: 'month', label: 'Yes, in about a month' },
      { value: 'no', label: 'No, thank you' },
    ],
  },
  {
    kind: 'service',
    name: 'serviceInterest',
    label: 'Is there a service you would like to be referred to? (optional)',
    hint: 'If you are not sure, leave this. The hub will help you choose.',
    noService: 'Not sure, or no',
  },
  {
    kind: 'details',
    name: 'moreDetails',
    label: 'Anything else the hub should know? (optional)',
    hint: 'Only what you are happy to share.',
    maxLength: MAX_DETAILS_LENGTH,
  },
];

/** Section 6: the person's agreement to be contacted and to their details being shared. */
export const AGREEING: readonly FormPart[] = [
  {
    kind: 'checkbox',
    name: 'consentContact',
    legend: 'Contact',
    options: [
      {
        value: 'yes',
        label:
          'The person who needs support (you, or the person you are asking for) knows about this referral and agrees to be contacted by the Victims First Hub',
      },
    ],
  },
  {
    kind: 'checkbox',
    name: 'consentShare',
    legend: 'Sharing',
    options: [
      { value: 'yes', label: 'They agree to their details being shared with the services that will support them' },
    ],
  },
];

/** Every section's parts, in the order of the form. */
export const ALL_SECTIONS: readonly (readonly FormPart[])[] = [
  WHO_NEEDS_SUPPORT,
  ABOUT_THE_PERSON,
  CONTACTING_THEM_SAFELY,
  WHAT_HAPPENED,
  WHAT_WOULD_HELP,
  AGREEING,
];

/** The questions among some parts, including those inside "only when" blocks, in the order of the form. */
export function questionsIn(parts: readonly FormPart[]): Question[] {
  return parts.flatMap((part) =>
    part.kind === 'only-when' ? questionsIn(part.parts) : part.kind === 'slot' ? [] : [part],
  );
}

/** The names of the fields a question sends: one, or one per box of a date. */
export function fieldNames(question: Question): string[] {
  return question.kind === 'date' ? question.boxes.map((box) => box.name) : [question.name];
}

/** Every sentence the questions show (labels, legends, hints, answers, when to answer), for translating. */
export function questionSentences(sections: readonly (readonly FormPart[])[] = ALL_SECTIONS): string[] {
  const sentences = sections.flatMap((section) =>
    section.flatMap(function sentencesOf(part: FormPart): (string | undefined)[] {
      switch (part.kind) {
        case 'only-when':
          return [part.when, ...part.parts.flatMap(sentencesOf)];
        case 'slot':
          return [];
        case 'text':
          return [part.label, part.hint];
        case 'radio':
        case 'checkbox':
          return [part.legend, part.hint, ...part.options.flatMap((option) => [option.label, option.hint])];
        case 'date':
          return [part.legend, part.hint, ...part.boxes.map((box) => box.label)];
        case 'service':
          return [part.label, part.hint, part.noService];
        case 'details':
          return [part.label, part.hint];
      }
    }),
  );
  return [...new Set(sentences.filter((sentence): sentence is string => Boolean(sentence)))];
}
