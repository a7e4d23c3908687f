/** Hate crime reports as the form sends them, for the tests of the schema, the intake and the hub's collection. */

/** What happened, where and when: the part every report has. */
const whatHappened = {
  hostility: ['race', 'religion'],
  placeKind: 'in-person',
  place: 'Outside the bakery on Cowley Road',
  area: 'oxfordshire',
  town: 'Oxford',
  roughTime: 'last-week',
  account: 'Two men shouted abuse about my headscarf and threw a drink. "Quotes", commas, and ünïcödé.',
  anyoneHurt: 'no',
  stillHappening: 'not-sure',
  reportedBefore: 'no',
};

/** Recorded without the reporter's details: no name, no contact, no support. */
export const anonymousReport = { reporterType: 'self', ...whatHappened, outcome: 'anonymous' };

/** Passed to the police with the reporter's details (a witness). */
export const reportWithDetails = {
  reporterType: 'witness',
  ...whatHappened,
  outcome: 'police',
  reporterName: 'Robin Witnessname',
  reporterPhone: '07700 900123',
};

/** Made by staff at a Connect point for someone, recorded without details. */
export const reportFromConnectPoint = {
  reporterType: 'organisation',
  organisation: 'Banbury Library Connect point',
  role: 'Library assistant',
  ...whatHappened,
  hostility: 'disability',
  outcome: 'anonymous',
};

/** Anonymous to the police, and asking for support: a referral to the hub too. */
export const reportAskingForSupport = {
  reporterType: 'for-someone',
  reporterRelationship: 'Sister',
  ...whatHappened,
  outcome: 'anonymous',
  wantsSupport: 'yes',
  name: 'Alex Supportname',
  contactMethod: 'text',
  phone: '07700 900456',
  textSafe: 'yes',
  consentContact: 'yes',
  consentShare: 'yes',
};
