// Debian's Chromium, as both audits launch it: Playwright's own browser download does not work
// here, and the flags keep the browser from reaching the network on its own.
export const CHROMIUM = process.env.CHROME_PATH || "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

// The site runs with the production settings behind a TLS load balancer, which says so in this
// header; without it Django would redirect every request to https://.
export const EXTRA_HEADERS = { "X-Forwarded-Proto": "https" };
