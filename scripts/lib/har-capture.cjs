// A HAR captured by a real browser: headless Chromium (Debian's, driven by playwright-core over CDP) opens the
// server's /get_ips, then the page fetches from the same origin as a web app would: a JSON list with a query, an
// address created with a bearer token (POST, JSON body), and a 404. Playwright records the context as HAR 1.2.
//
//   NODE_PATH=<folder with playwright-core> node har-capture.cjs BASE_URL OUT.har TOKEN
const { chromium } = require('playwright-core');

const [base, out, token] = process.argv.slice(2);

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    // The flags of scripts/lib/chromium.sh: no network Chromium cannot reach here, root in CI.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({ recordHar: { path: out, content: 'embed' } });
    const page = await context.newPage();
    await page.goto(base + '/get_ips');
    await page.evaluate(async (bearer) => {
      // Each body is read, as an app would: Chromium keeps a fetched body for the HAR only once it was read.
      await (await fetch('/ips?limit=2', { headers: { Accept: 'application/json' } })).text();
      await (await fetch('/ips', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + bearer },
        body: JSON.stringify({ ip: '192.0.2.77', label: 'from-chromium' }),
      })).text();
      await (await fetch('/ips/192.0.2.250')).text();
    }, token);
    await context.close(); // writes the HAR
  } finally {
    await browser.close();
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
