/**
 * The hate crime report's questions, as data, section by section, in the order a person meets them. The same kinds
 * of question as the referral form (src/features/referral/questions.ts), drawn by the same renderer. "I would like
 * support" asks the referral form's own safe-contact and agreement questions (CONTACTING_THEM_SAFELY, AGREEING):
 * reused, not copied, so the two forms cannot drift apart.
 *
 * schema.ts holds the rules; every question's name is a field of the schema (a test checks it).
 */
import { AGREEING, CONTACTING_THEM_SAFELY, type Choice, type FormPart } from '../questions.ts';
import { MAX_ACCOUNT_LENGTH, MAX_DESCRIPTION_LENGTH } from './answers.ts';

const yesNoNotSure: readonly Choice[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'not-sure', label: 'Not sure' },
];

/** Section 1: who is making the report. */
export const WHO_IS_REPORTING: readonly FormPart[] = [
  {
    kind: 'radio',
    name: 'reporterType',
    legend: 'Who is making this report?',
    options: [
      { value: 'self', label: 'It happened to me' },
      { value: 'witness', label: 'I saw or heard it happen to someone else', hint: 'You are a witness.' },
      {
        value: 'for-someone',
        label: 'I am reporting for the person it happened to',
        hint: 'For example as their family member, friend or carer. Ask them first if you can.',
      },
      {
        value: 'organisation',
        label: 'I work for an organisation and am reporting for someone',
        hint: 'For example at a Victims First Connect point, a school, a housing association or a charity.',
      },
    ],
  },
  {
    kind: 'only-when',
    showWhen: 'reporterType=for-someone',
    when: 'Answer this if you are reporting for the person it happened to.',
    parts: [
      {
        kind: 'text',
        name: 'reporterRelationship',
        label: 'How do you know the person it happened to?',
        hint: 'For example mother, friend or carer',
        width: 'medium',
      },
    ],
  },
  {
    kind: 'only-when',
    showWhen: 'reporterType=organisation',
    when: 'Answer these if you are reporting for someone as part of your work.',
    parts: [
      {
        kind: 'text',
        name: 'organisation',
        label: 'Organisation',
        hint: 'For example the name of the Victims First Connect point',
        autocomplete: 'organization',
        width: 'medium',
      },
      {
        kind: 'text',
        name: 'role',
        label: 'Your job title or role',
        autocomplete: 'organization-title',
        width: 'medium',
      },
    ],
  },
];

/** Section 2: what happened, where and when. */
export const WHAT_HAPPENED: readonly FormPart[] = [
  {
    kind: 'checkbox',
    name: 'hostility',
    legend: 'What do you think it was about?',
    hint: 'Select all that apply. It still counts if they were wrong about the person, for example if they thought someone was Muslim and they are not.',
    options: [
      {
        value: 'race',
        label: 'Race or ethnicity',
        hint: 'Including skin colour, nationality, being a Gypsy, Roma or Traveller, or where someone or their family comes from',
      },
      { value: 'religion', label: 'Religion or belief', hint: 'Including having no religion' },
      { value: 'sexual-orientation', label: 'Sexual orientation', hint: 'For example being gay, lesbian or bisexual' },
      {
        value: 'disability',
        label: 'Disability',
        hint: 'Including mental health conditions and learning disabilities',
      },
      { value: 'transgender', label: 'Transgender identity', hint: 'Being trans, or being thought to be trans' },
      { value: 'something-else', label: 'Something else', hint: 'For example age or sex. Tell us below.' },
    ],
  },
  {
    kind: 'only-when',
    showWhen: 'hostility=something-else',
    when: 'Answer this if it was about something else.',
    parts: [{ kind: 'text', name: 'hostilityOther', label: 'What else was it about?' }],
  },
  {
    kind: 'radio',
    name: 'placeKind',
    legend: 'Did it happen in person or online?',
    options: [
      { value: 'in-person', label: 'In person' },
      { value: 'online', label: 'Online', hint: 'For example on social media, in a game or in messages' },
      { value: 'both', label: 'Both' },
    ],
  },
  {
    kind: 'only-when',
    showWhen: 'placeKind=online|both',
    when: 'Answer this if it happened online.',
    parts: [
      {
        kind: 'text',
        name: 'onlinePlace',
        label: 'Where online?',
        hint: 'For example the name of the app, website or game',
        width: 'medium',
      },
    ],
  },
  {
    kind: 'only-when',
    showWhen: 'placeKind=in-person|both',
    when: 'Answer these if it happened in person.',
    parts: [
      {
        kind: 'text',
        name: 'place',
        label: 'Where did it happen?',
        hint: 'For example on a bus, outside a shop on the high street, or at school. Give as much or as little as you want.',
      },
      {
        kind: 'radio',
        name: 'area',
        legend: 'Which area was it in?',
        options: [
          { value: 'berkshire', label: 'Berkshire', hint: 'For example Reading, Slough, Newbury or Windsor' },
          {
            value: 'buckinghamshire',
            label: 'Buckinghamshire',
            hint: 'For example High Wycombe, Aylesbury or Amersham',
          },
          { value: 'milton-keynes', label: 'Milton Keynes', hint: 'Including Bletchley and Wolverton' },
          { value: 'oxfordshire', label: 'Oxfordshire', hint: 'For example Oxford, Banbury, Bicester or Abingdon' },
          { value: 'not-sure', label: 'Not sure' },
        ],
      },
      { kind: 'text', name: 'town', label: 'Town or village (optional)', width: 'medium' },
    ],
  },
  {
    kind: 'date',
    id: 'when',
    legend: 'When did it happen? (optional)',
    hint: 'For example, 27 3 2026. If you do not know the date, choose roughly when below instead.',
    boxes: [
      { name: 'whenDay', label: 'Day', width: 'day' },
      { name: 'whenMonth', label: 'Month', width: 'day' },
      { name: 'whenYear', label: 'Year', width: 'year' },
    ],
  },
  {
    kind: 'radio',
    name: 'roughTime',
    legend: 'Or, roughly when',
    options: [
      { value: 'today', label: 'Today' },
      { value: 'last-week', label: 'In the last week' },
      { value: 'last-month', label: 'In the last month' },
      { value: 'last-year', label: 'In the last year' },
      { value: 'more-than-a-year', label: 'More than a year ago' },
      { value: 'still-happening', label: 'It is still happening' },
      { value: 'not-sure', label: 'Not sure' },
    ],
  },
  {
    kind: 'text',
    name: 'timeOfDay',
    label: 'What time was it? (optional)',
    hint: 'For example about 9pm, or in the morning',
    width: 'medium',
  },
  {
    kind: 'details',
    name: 'account',
    label: 'What happened?',
    hint: 'In your own words: what was said or done, and what made you think it was because of who they are. Only what you are happy to share.',
    maxLength: MAX_ACCOUNT_LENGTH,
  },
  { kind: 'slot', name: 'danger-warning' },
  { kind: 'radio', name: 'anyoneHurt', legend: 'Was anyone hurt?', options: yesNoNotSure },
  {
    kind: 'radio',
    name: 'stillHappening',
    legend: 'Is it still happening?',
    hint: 'For example if the same people keep doing it',
    options: yesNoNotSure,
  },
  {
    kind: 'details',
    name: 'suspects',
    label: 'What can you tell us about the people who did it? (optional)',
    hint: 'For example how many there were, what they looked like or wore, what they said, their names if you know them, or a car or van.',
    maxLength: MAX_DESCRIPTION_LENGTH,
  },
  {
    kind: 'details',
    name: 'witnesses',
    label: 'Did anyone else see or hear it? (optional)',
    hint: 'Describe them, or give their names if you know them.',
    maxLength: MAX_DESCRIPTION_LENGTH,
  },
  {
    kind: 'radio',
    name: 'reportedBefore',
    legend: 'Has this been reported before?',
    options: [
      { value: 'police', label: 'Yes, to the police' },
      {
        value: 'elsewhere',
        label: 'Yes, to someone else',
        hint: 'For example to True Vision, a school, a landlord or another reporting centre',
      },
      { value: 'no', label: 'No' },
      { value: 'not-sure', label: 'Not sure' },
    ],
  },
];

/**
 * Section 3: what the person wants to happen. The reporter's own details are asked only when the report goes to the
 * police with them; "I would like support" asks the referral form's questions about contacting the person safely
 * and agreeing, so it is a referral to the hub as well.
 */
export const WHAT_YOU_WANT: readonly FormPart[] = [
  {
    kind: 'radio',
    name: 'outcome',
    legend: 'What would you like to happen with this report?',
    options: [
      {
        value: 'anonymous',
        label: 'Record it without my details',
        hint: 'The police are told what happened, where and when, but not who reported it. They cannot contact you about it. It still helps them see where hate crime happens and stop it.',
      },
      {
        value: 'police',
        label: 'Pass it to Thames Valley Police with my details',
        hint: 'The police can contact you to find out more and investigate.',
      },
    ],
  },
  {
    kind: 'only-when',
    showWhen: 'outcome=police',
    when: 'Answer these if the police should have your details.',
    parts: [
      { kind: 'text', name: 'reporterName', label: 'Your name', autocomplete: 'name', width: 'medium' },
      {
        kind: 'text',
        name: 'reporterPhone',
        label: 'Your phone number',
        hint: 'Or give an email address below. The police use it only to contact you about this report.',
        type: 'tel',
        autocomplete: 'tel',
        width: 'medium',
        inputmode: 'tel',
      },
      {
        kind: 'text',
        name: 'reporterEmail',
        label: 'Your email address (optional)',
        type: 'email',
        autocomplete: 'email',
        width: 'medium',
        spellcheck: false,
      },
    ],
  },
  {
    kind: 'checkbox',
    name: 'wantsSupport',
    legend: 'Support',
    hint: 'Whatever you chose above, the Victims First Hub can offer free, confidential support to the person it happened to, such as someone to talk to. The hub uses the details for support only: they are not passed to the police with the report unless you chose that above, or someone is at serious risk of harm.',
    options: [
      {
        value: 'yes',
        label: 'I would like support',
        hint: 'This also makes a referral to the hub, which needs a name and a safe way to get in touch.',
      },
    ],
  },
  {
    kind: 'only-when',
    showWhen: 'wantsSupport=yes',
    when: 'Answer these if you would like support.',
    parts: [
      { kind: 'slot', name: 'support-intro' },
      {
        kind: 'text',
        name: 'name',
        label: 'Full name of the person who needs support',
        hint: 'You, or the person it happened to',
        width: 'medium',
      },
      ...CONTACTING_THEM_SAFELY,
      ...AGREEING,
    ],
  },
];

/** Every section's parts, in the order of the form. */
export const REPORT_SECTIONS: readonly (readonly FormPart[])[] = [WHO_IS_REPORTING, WHAT_HAPPENED, WHAT_YOU_WANT];
