/** A complete referral from someone asking for support for themselves, as the form sends it. */
export const validReferral = {
  referrerType: 'self',
  consentContact: 'yes',
  consentShare: 'yes',
  name: 'Sam Uniquename',
  ageBand: '25-64',
  postcode: 'OX1 1AA',
  contactMethod: 'phone',
  phone: '07700 900982',
  voicemailSafe: 'no',
  crimeTypes: ['burglary', 'fraud'],
  reportedToPolice: 'yes',
  personRole: 'victim',
  inDanger: 'no',
  supportWanted: ['emotional'],
  moreDetails: 'They came at night. "Quotes", commas, and ünïcödé.',
};

/** Answers as a browser sends a form without JavaScript (application/x-www-form-urlencoded). */
export function formEncoded(values: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values))
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
  return params.toString();
}
