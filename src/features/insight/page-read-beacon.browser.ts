/**
 * On a site served by a static host, the page tells the intake it was read: its path only, once it is shown (not
 * while a browser prerenders it in case it is wanted), and never when the browser asks not to be tracked (Global
 * Privacy Control or Do Not Track). No cookie, nothing stored, and the answer is not read.
 */
const endpoint = document.querySelector<HTMLMetaElement>('meta[name="page-reads"]')?.content;
const browser = navigator as Navigator & { globalPrivacyControl?: boolean };
const page = document as Document & { prerendering?: boolean };
if (endpoint && !browser.globalPrivacyControl && browser.doNotTrack !== '1') {
  const send = () =>
    browser.sendBeacon(endpoint, new Blob([JSON.stringify({ page: location.pathname })], { type: 'application/json' }));
  if (page.prerendering) page.addEventListener('prerenderingchange', send, { once: true });
  else send();
}
