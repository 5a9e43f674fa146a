import { chromium } from 'playwright-core';

// Debian's Chromium: no browser is downloaded, so the tests run offline and in CI alike.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // A page that `enforcePolicy` fulfils (to give it the CSP) has no server address, so Chromium
  // counts it as a public page and refuses its requests to a loopback address, such as the demo
  // avatars on the API's port ("Local Network Access"). The same page loaded from localhost is a
  // loopback page itself, which may.
  '--disable-features=LocalNetworkAccessChecks',
];

/** Debian's Chromium, headless, as the browser tests and the docs' screenshots run it. */
export const launchChromium = () => chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
