/** A tel: link for a phone number as people read it: "0300 1234 148" → "tel:03001234148". */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}

/** An sms: link for a text number. */
export function smsHref(number: string): string {
  return `sms:${number.replace(/[^0-9+]/g, '')}`;
}
