/**
 * Shared vocabularies: the one list of each kind of tag the site uses.
 * Every content schema, filter and (later) the CMS select lists read these,
 * so a new crime type or area is added here once and reaches them all.
 * Each entry has a stable `value` (stored in content, used in URLs) and a
 * plain-English `label` (shown to people).
 */

// No schema library here: the browser scripts for "open now" and the finder read these lists, and pages that validate
// nothing must not download zod. The schema for a vocabulary is `oneOf` in schemas/vocabulary-schema.ts.

/** One list of tags: stored values and the labels people see. */
export interface Vocabulary<V extends string> {
  entries: readonly { value: V; label: string }[];
  values: readonly [V, ...V[]];
  /** The label people see for a stored value. */
  label(value: V): string;
}

/**
 * A vocabulary from its entries. Each call below is marked pure, so a browser script that needs one vocabulary (the
 * weekdays, for "open now") gets that one, not all fourteen.
 */
function vocabulary<const V extends string>(entries: readonly { value: V; label: string }[]): Vocabulary<V> {
  const values = entries.map((entry) => entry.value) as unknown as readonly [V, ...V[]];
  const labels = new Map<string, string>(entries.map((entry) => [entry.value, entry.label]));
  return {
    entries,
    values,
    label(value: V): string {
      return labels.get(value) ?? value;
    },
  };
}

export const crimeTypes = /* @__PURE__ */ vocabulary([
  { value: 'antisocial-behaviour', label: 'Antisocial behaviour' },
  { value: 'burglary', label: 'Burglary' },
  { value: 'child-abuse', label: 'Child abuse' },
  { value: 'criminal-damage', label: 'Criminal damage or arson' },
  { value: 'cyber-crime', label: 'Online and cyber crime' },
  { value: 'domestic-abuse', label: 'Domestic abuse, including coercive control' },
  { value: 'exploitation', label: 'Exploitation, including county lines' },
  { value: 'fraud', label: 'Fraud and scams' },
  { value: 'hate-crime', label: 'Hate crime' },
  { value: 'homicide', label: 'Murder or manslaughter (bereaved families)' },
  { value: 'modern-slavery', label: 'Modern slavery and human trafficking' },
  { value: 'road-traffic', label: 'Road traffic collisions' },
  { value: 'robbery', label: 'Robbery' },
  { value: 'sexual-violence', label: 'Rape and sexual violence' },
  { value: 'stalking-harassment', label: 'Stalking and harassment' },
  { value: 'theft', label: 'Theft' },
  { value: 'violent-crime', label: 'Assault and violent crime' },
  { value: 'other', label: 'Another crime' },
]);
export type CrimeType = (typeof crimeTypes.values)[number];

/** The areas of Thames Valley. `thames-valley` means the whole area. */
export const areas = /* @__PURE__ */ vocabulary([
  { value: 'thames-valley', label: 'All of Thames Valley' },
  { value: 'berkshire', label: 'Berkshire' },
  { value: 'buckinghamshire', label: 'Buckinghamshire' },
  { value: 'milton-keynes', label: 'Milton Keynes' },
  { value: 'oxfordshire', label: 'Oxfordshire' },
  { value: 'national', label: 'Anywhere in England and Wales' },
]);
export type Area = (typeof areas.values)[number];

/** The four parts of Thames Valley, for something in one place (a Victims First Connect point). */
export const localAreas = /* @__PURE__ */ vocabulary(
  areas.entries.filter(
    (entry): entry is { value: Exclude<Area, 'thames-valley' | 'national'>; label: string } =>
      entry.value !== 'thames-valley' && entry.value !== 'national',
  ),
);

export const ageGroups = /* @__PURE__ */ vocabulary([
  { value: 'children', label: 'Children (under 12)' },
  { value: 'young-people', label: 'Young people (12 to 17)' },
  { value: 'adults', label: 'Adults (18 and over)' },
  { value: 'older-people', label: 'Older people (65 and over)' },
]);
export type AgeGroup = (typeof ageGroups.values)[number];

export const supportKinds = /* @__PURE__ */ vocabulary([
  { value: 'emotional', label: 'Emotional support' },
  { value: 'practical', label: 'Practical help' },
  { value: 'criminal-justice', label: 'Help through the criminal justice process' },
  { value: 'counselling', label: 'Counselling and therapy' },
  { value: 'specialist-advocacy', label: 'Specialist advocacy (for example an ISVA or IDVA)' },
  { value: 'restorative-justice', label: 'Restorative justice' },
  { value: 'safety', label: 'Safety planning and staying safe' },
  { value: 'crisis', label: 'Crisis support, any time' },
  { value: 'peer-support', label: 'Peer support and groups' },
  { value: 'information', label: 'Information and advice' },
]);
export type SupportKind = (typeof supportKinds.values)[number];

/** Ways a person can get in touch with a service. */
export const contactMethods = /* @__PURE__ */ vocabulary([
  { value: 'phone', label: 'Phone' },
  { value: 'text', label: 'Text message' },
  { value: 'email', label: 'Email' },
  { value: 'web', label: 'Website or online form' },
  { value: 'webchat', label: 'Web chat' },
  { value: 'in-person', label: 'In person' },
]);
export type ContactMethod = (typeof contactMethods.values)[number];

/** How a person reaches a service. */
export const accessRoutes = /* @__PURE__ */ vocabulary([
  { value: 'self-referral', label: 'Contact them yourself' },
  { value: 'through-hub', label: 'Through the Victims First Hub' },
  { value: 'professional-referral', label: 'A professional refers you' },
]);
export type AccessRoute = (typeof accessRoutes.values)[number];

/** Organisations that must provide rights under the Victims' Code. */
export const agencies = /* @__PURE__ */ vocabulary([
  { value: 'police', label: 'The police' },
  { value: 'cps', label: 'The Crown Prosecution Service (CPS)' },
  { value: 'witness-care', label: 'The Witness Care Unit' },
  { value: 'courts', label: 'HM Courts and Tribunals Service' },
  { value: 'hmpps', label: 'HM Prison and Probation Service' },
  { value: 'youth-offending', label: 'Youth Offending Teams' },
  { value: 'cica', label: 'The Criminal Injuries Compensation Authority' },
  { value: 'pcc', label: 'The Police and Crime Commissioner' },
]);
export type Agency = (typeof agencies.values)[number];

/** Formats of a resource for people waiting for support. */
export const resourceFormats = /* @__PURE__ */ vocabulary([
  { value: 'book', label: 'Book' },
  { value: 'podcast', label: 'Podcast' },
  { value: 'video', label: 'Video' },
  { value: 'app', label: 'App' },
  { value: 'forum', label: 'Online forum' },
  { value: 'group', label: 'Peer group' },
  { value: 'guide', label: 'Guide' },
  { value: 'helpline', label: 'Helpline' },
  { value: 'technique', label: 'Self-help technique' },
]);
export type ResourceFormat = (typeof resourceFormats.values)[number];

export const resourceTopics = /* @__PURE__ */ vocabulary([
  { value: 'self-care', label: 'Looking after yourself' },
  { value: 'sleep', label: 'Sleep' },
  { value: 'trauma-reactions', label: 'Common reactions to trauma' },
  { value: 'therapy', label: 'What therapy is like' },
  { value: 'grounding', label: 'Grounding and calming techniques' },
  { value: 'practical-safety', label: 'Practical safety' },
  { value: 'online-safety', label: 'Staying safe online' },
  { value: 'health', label: 'Health, GP and sexual health' },
  { value: 'family-and-partners', label: 'For partners and family' },
  { value: 'lived-experience', label: 'By people with lived experience' },
  { value: 'crisis', label: 'Crisis support, any time' },
  { value: 'lgbtq', label: 'LGBTQ+ support' },
]);
export type ResourceTopic = (typeof resourceTopics.values)[number];

/** The explainers built from step-by-step content. */
export const journeys = /* @__PURE__ */ vocabulary([
  { value: 'criminal-justice', label: 'The criminal justice process' },
  { value: 'restorative-justice', label: 'Restorative justice' },
]);
export type Journey = (typeof journeys.values)[number];

export const weekdays = /* @__PURE__ */ vocabulary([
  { value: 'monday', label: 'Monday' },
  { value: 'tuesday', label: 'Tuesday' },
  { value: 'wednesday', label: 'Wednesday' },
  { value: 'thursday', label: 'Thursday' },
  { value: 'friday', label: 'Friday' },
  { value: 'saturday', label: 'Saturday' },
  { value: 'sunday', label: 'Sunday' },
]);
export type Weekday = (typeof weekdays.values)[number];

/** What a person can do at a Victims First Connect point. */
export const connectOffers = /* @__PURE__ */ vocabulary([
  { value: 'information', label: 'Get information about Victims First and support' },
  { value: 'safety-advice', label: 'Get advice on staying safe and preventing crime' },
  { value: 'hate-crime-information', label: 'Find out about hate crime' },
  { value: 'hate-crime-reporting', label: 'Report a hate crime without going to the police yourself' },
  { value: 'referral', label: 'Ask staff to refer you to Victims First' },
]);
export type ConnectOffer = (typeof connectOffers.values)[number];

/** How a place meets access needs, for Victims First Connect points. */
export const accessFeatures = /* @__PURE__ */ vocabulary([
  { value: 'step-free', label: 'Step-free access' },
  { value: 'accessible-toilet', label: 'Accessible toilet' },
  { value: 'hearing-loop', label: 'Hearing loop' },
  { value: 'quiet-space', label: 'A quiet, private space to talk' },
  { value: 'parking', label: 'Blue Badge parking' },
]);
export type AccessFeature = (typeof accessFeatures.values)[number];

/** Every vocabulary, by name, for filters and CMS select lists. */
export const vocabularies = {
  crimeTypes,
  areas,
  localAreas,
  ageGroups,
  supportKinds,
  contactMethods,
  accessRoutes,
  agencies,
  resourceFormats,
  resourceTopics,
  journeys,
  weekdays,
  connectOffers,
  accessFeatures,
} as const;
