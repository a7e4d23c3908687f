/**
 * Every fixed word of the page shell, in English, in one place. Content words
 * live in content/; these are the words around it. Their translations are
 * content too: content/interface/<code>.yaml pairs each English sentence
 * with its translation, so adding a language never touches this file.
 */
import { sentencesIn } from '../content-model/interface-words.ts';
import { siteLanguageCodes } from './languages.ts';

const en = {
  'site.tagline': 'Support for victims and witnesses of crime in Thames Valley',
  skipLink: 'Skip to main content',
  'exit.region': 'Leave this site quickly',
  'exit.label': 'Exit this page',
  'exit.hint': 'Or press the Shift key 3 times',
  'exit.shiftPressed': 'Shift pressed {count} of {total} times. Press Shift {total} times in a row to leave this page.',
  'exit.leaving': 'Leaving this page',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'search.label': 'Search this site',
  'search.button': 'Search',
  'footer.hubHeading': 'Talk to the Victims First Hub',
  'footer.hubCall': 'Call',
  'footer.hubCallsFrom': 'When we call you, we call from {number}.',
  'footer.whenClosed': 'When we are closed, these free lines are open all day and night:',
  'footer.openingHours': 'Opening times',
  'footer.emergencyHeading': 'If you are in danger',
  'footer.emergency': 'Call {number} if you are in danger now or a crime is happening.',
  'footer.silentSolution':
    'If you cannot speak, call {emergency} and listen. Cough or tap the phone if you can. On a mobile, press {code} when asked.',
  'footer.nonEmergency': 'Call {number} to report a crime that is not an emergency, or report it online.',
  'footer.reportOnline': 'Report a crime online to Thames Valley Police',
  'footer.textRelay':
    'If you are deaf, hard of hearing or find it hard to speak, you can use {link}. In an emergency, call {emergency}. For any other number, dial {prefix} first, for example {prefix} {example}.',
  'emergency.bsl':
    'If you use British Sign Language (BSL), use {link} on its app or website. A BSL interpreter connects you to {emergency}.',
  'emergency.bslLink': '999 BSL',
  'emergency.sms':
    'If you cannot make a call, text {number}. You must register your phone first: {link}. Do it now, before you need it.',
  'emergency.smsRegister': 'text "{word}" to {number}',
  'emergency.relayLink': 'Relay UK',
  'emergency.moreWays': 'More about help if you are Deaf, hard of hearing or cannot speak on the phone',
  'footer.linksLabel': 'About this site',
  'footer.runBy': 'Victims First is run by the {organisation}.',
  'footer.noCookies': 'This site sets no cookies and does not follow you from page to page.',
  'home.emergency': 'In an emergency',
  'right.helpHeading': 'Help with this right',
  'right.helpHub': 'The {hub} can explain this right and help you get it. Call',
  'right.helpOnline': 'ask for support online',
  'right.helpServices': 'find a support service',
  'home.getHelpNow': 'Get help now',
  'home.campaignsNow': 'Campaigns running now',
  'home.allCampaigns': 'See all our campaigns',
  'home.callTheHub': 'Call the {hub} on',
  'home.whatTheHubDoes':
    'We will listen, help you work out what you need, and put you in touch with the right support.',
  'home.askForSupport': 'Ask for support',
  'home.howWeCanHelp': 'How we can help',
  'home.staySafeHeading': 'Staying safe on this site',
  'home.staySafe':
    'If someone might see what you are doing, use the Exit this page button at the top of every page, or press the Shift key 3 times. It takes you to a weather website straight away.',
  'home.coverYourTracks': 'How to cover your tracks online',
  'signposts.heading': 'Where to go next',
  'notFound.title': 'Page not found',
  'notFound.description':
    'The page you were looking for is not here. Find what you need, or call the Victims First Hub.',
  'notFound.lead': 'We could not find that page.',
  'notFound.explain':
    'If you typed the address, check it is right. If you followed a link from a leaflet or a message, the page may have moved.',
  'notFound.findHeading': 'Find what you need',
  'notFound.home': 'Go to the home page',
  'notFound.search': 'Search this site',
  'notFound.services': 'Find support near you',
  'notFound.vip': 'Read the Victims Information Pack',
  'notFound.talkHeading': 'Talk to someone',
  'notFound.weCanHelp': 'We can help you find the right support.',
  'notFound.danger': 'If you are in danger now, call {emergency}.',
  'search.title': 'Search this site',
  'search.description': 'Search every page on the Victims First website, or browse the full list of pages.',
  'search.hint': 'Type a word, for example court, bail, hate crime or counselling. Results appear as you type.',
  'search.needsJavaScript':
    'Searching needs JavaScript, which is turned off or has not loaded. You can still find every page in the list below.',
  'search.allPages': 'All pages',
  'search.resultsOne': '1 page matches “{words}”',
  'search.resultsMany': '{count} pages match “{words}”',
  'search.noResults': 'No pages match “{words}”.',
  'search.tryAgain': 'Check the spelling or try a different word. Or look through the list of all pages below.',
  'search.searching': 'Searching…',
  'search.failed': 'Search is not working at the moment. Try again later, or look through the list of all pages below.',
  'search.showMore': 'Show more results',
  lastReviewed: 'Last checked',
} as const;

export type UiKey = keyof typeof en;

/** The shell's English words, by key. */
export const englishShell: Readonly<Record<UiKey, string>> = en;

export const defaultLanguage = 'en';

/** The language the shell shows for a page in `lang`: that language if the site offers it, otherwise English. */
export function shellLanguage(lang: string): string {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return siteLanguageCodes().includes(primary) ? primary : defaultLanguage;
}

/**
 * The shell's words for a language. A sentence not translated yet stays in
 * English (the translations check lists it), so a page is never left with a gap.
 */
export function uiFor(lang: string) {
  const say = sentencesIn(shellLanguage(lang));
  return function t(key: UiKey, values: Record<string, string | number> = {}): string {
    return say(en[key], values);
  };
}

/**
 * Any fixed English sentence in a language: say('Other rights') on a Polish
 * page gives its Polish translation from content/interface/pl.yaml, or the
 * English while it has none. Write the English as a literal at the call, so
 * the translations check can find every sentence that needs translating.
 */
export function wordsFor(lang: string) {
  return sentencesIn(shellLanguage(lang));
}
