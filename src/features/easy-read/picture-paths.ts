/**
 * The Easy Read pictures as SVG path data on a 24 by 24 grid, drawn with a
 * round-capped line in the text colour, like the rights icons. One per
 * picture name in src/content-model/schemas/easy-read.ts; the type makes
 * sure none is missing.
 */
import type { EasyReadPicture } from '../../content-model/schemas/easy-read.ts';

export const picturePaths: Record<EasyReadPicture, string> = {
  book: 'M12 6.5C9.5 5 6.5 4.5 3 5v13.5c3.5-.5 6.5 0 9 1.5 2.5-1.5 5.5-2 9-1.5V5c-3.5-.5-6.5 0-9 1.5z M12 6.5V20',
  person: 'M12 3.5a3.5 3.5 0 1 0 0.01 0z M5 21v-1.5a7 7 0 0 1 14 0V21',
  people: 'M8 4a3 3 0 1 0 0.01 0z M2 21v-1a6 6 0 0 1 12 0v1 M17 6a2.5 2.5 0 1 0 0.01 0z M15.5 13.3A5 5 0 0 1 22 18v1',
  worker: 'M12 3a3.5 3.5 0 1 0 0.01 0z M5 21v-2a7 7 0 0 1 14 0v2 M13.5 15h3.5v4h-3.5z',
  police:
    'M12 2.5l7.5 3v5.5c0 5-3.2 8.7-7.5 10.5-4.3-1.8-7.5-5.5-7.5-10.5V5.5z M12 7.5l1.3 2.7 3 .4-2.2 2 .6 3-2.7-1.5-2.7 1.5.6-3-2.2-2 3-.4z',
  speech: 'M4 4h16v11H10l-5 4.5V15H4z M8 8.5h8 M8 11.5h5',
  'people-talking': 'M3 3.5h11v7.5H7.5L4 14v-3H3z M17 9h4v8h-1v3l-3.5-3H10v-3',
  'sign-language':
    'M8 13.5V6a1.5 1.5 0 0 1 3 0v5 M11 11V4.5a1.5 1.5 0 0 1 3 0V11 M14 11V6a1.5 1.5 0 0 1 3 0v5.5 M17 11.5V9a1.5 1.5 0 0 1 3 0v6a6.5 6.5 0 0 1-6.5 6.5H12a6 6 0 0 1-4.8-2.4l-3.5-4.6a1.6 1.6 0 0 1 2.5-2l1.8 2',
  clipboard: 'M8.5 3h7v3.5h-7z M6.5 5H5v16h14V5h-1.5 M8 11h8 M8 15h8 M8 19h5',
  'crime-number': 'M10 3.5L8 20.5 M16 3.5l-2 17 M4.5 9h16 M3.5 15h16',
  information: 'M12 3a9 9 0 1 0 0.01 0z M12 10.5v6.5 M12 7v.5',
  support:
    'M12 11.5s-4.5-2.6-4.5-5.6A2.4 2.4 0 0 1 12 4.6a2.4 2.4 0 0 1 4.5 1.3c0 3-4.5 5.6-4.5 5.6z M2.5 14.5H6l3-1.5h4.5a1.6 1.6 0 0 1 0 3.2H10.5 M13.5 16.2l5.3-2.4a1.6 1.6 0 0 1 1.6 2.8L13 21H2.5',
  money: 'M16.5 6.5A4 4 0 0 0 9 8.5V19 M6.5 12.5H14 M6 19h12',
  free: 'M10.5 7.5A3 3 0 0 0 5 9v8.5 M3 12.5h5.5 M3 17.5h8.5 M17 6.5c2.2 0 3.5 2.5 3.5 5.5s-1.3 5.5-3.5 5.5-3.5-2.5-3.5-5.5 1.3-5.5 3.5-5.5z',
  magnifier: 'M10 3.5a6.5 6.5 0 1 0 0.01 0z M15 15l6 6',
  statement: 'M6 2.5h9l4 4v15H6z M15 2.5v4h4 M9 10h7 M9 14h7 M9 18h4.5',
  court: 'M2.5 9L12 3.5 21.5 9z M5 11v7 M9.7 11v7 M14.3 11v7 M19 11v7 M3 20.5h18',
  gavel: 'M13.5 2.5l7 7-3 3-7-7z M14 8l-9.5 9.5a1.4 1.4 0 0 0 2 2L16 10 M12.5 21.5h9',
  receipt: 'M6 2.5h12v19l-3-2-3 2-3-2-3 2z M9 7.5h6 M9 11.5h6 M9 15.5h3',
  belongings: 'M4.5 8.5h15l-1 12.5h-13z M9 8.5V6.5a3 3 0 0 1 6 0v2',
  bell: 'M6 16.5v-5.5a6 6 0 0 1 12 0v5.5l2 2H4z M10 21.5h4 M12 3v2',
  prison: 'M3.5 3.5h17v17h-17z M8 3.5v17 M12 3.5v17 M16 3.5v17',
  megaphone: 'M3 9.5v5h3l9 5V4.5l-9 5z M18 9a4 4 0 0 1 0 6 M6 14.5l1.5 6h3l-1.2-5',
  'phone-call':
    'M5 3.5h3.5l2 5-2.5 1.6a11 11 0 0 0 5.4 5.4L15 13l5 2v3.5a2 2 0 0 1-2 2A16 16 0 0 1 3 5.5a2 2 0 0 1 2-2z',
  'text-message':
    'M7 2h10a1.5 1.5 0 0 1 1.5 1.5v17A1.5 1.5 0 0 1 17 22H7a1.5 1.5 0 0 1-1.5-1.5v-17A1.5 1.5 0 0 1 7 2z M9 6.5h6v5h-3.5L9 13.5z M11 18.5h2',
  typing: 'M2.5 6.5h19v11h-19z M6 10h.5 M9.5 10h.5 M13.5 10h.5 M17.5 10h.5 M7.5 14h9',
  video: 'M2.5 6.5h13v11h-13z M15.5 10.5l6-3.5v10l-6-3.5',
  computer: 'M5 4.5h14v10.5H5z M2 19.5h20L20 15H4z',
  form: 'M5 2.5h14v19H5z M8 8l1.5 1.5L12 7 M14.5 8.5h2 M8 14l1.5 1.5L12 13 M14.5 14.5h2',
  question: 'M12 3a9 9 0 1 0 0.01 0z M9.3 9.5a2.8 2.8 0 1 1 3.9 2.6c-.8.4-1.2 1-1.2 1.9v.5 M12 17.3v.2',
  clock: 'M12 3a9 9 0 1 0 0.01 0z M12 7v5.5l3.5 2',
  calendar: 'M3.5 5.5h17v15h-17z M3.5 10h17 M8 3v5 M16 3v5 M7.5 14h1 M11.5 14h1 M15.5 14h1 M7.5 17.5h1 M11.5 17.5h1',
  envelope: 'M2.5 5.5h19v13h-19z M2.5 5.5l9.5 7.5 9.5-7.5',
  tick: 'M3.5 12.5l5.5 5.5L20.5 6',
  stop: 'M12 3a9 9 0 1 0 0.01 0z M9 9h6v6H9z',
  'come-back': 'M4 12a8 8 0 1 0 2.4-5.7 M4 3.5v4h4',
  private: 'M5.5 10.5h13v10.5h-13z M8.5 10.5V7.5a3.5 3.5 0 0 1 7 0v3 M12 14.5v3',
  emergency:
    'M7 18.5v-5.5a5 5 0 0 1 10 0v5.5 M4.5 18.5h15v3h-15z M12 2.5v2 M4.5 5.5l1.5 1.5 M19.5 5.5L18 7 M2 12h2 M20 12h2',
  place: 'M12 21.5s-7-6.3-7-12a7 7 0 0 1 14 0c0 5.7-7 12-7 12z M12 7a2.5 2.5 0 1 0 0.01 0z',
  feelings: 'M12 20.5s-8.5-5-8.5-11.2A4.7 4.7 0 0 1 12 6.5a4.7 4.7 0 0 1 8.5 2.8c0 6.2-8.5 11.2-8.5 11.2z',
  witness: 'M1.5 12S5.5 5 12 5s10.5 7 10.5 7-4 7-10.5 7S1.5 12 1.5 12z M12 9a3 3 0 1 0 0.01 0z',
  print: 'M7 8.5v-5h10v5 M7 17H3.5v-6.5a2 2 0 0 1 2-2h13a2 2 0 0 1 2 2V17H17 M7 13.5h10v7H7z',
};
