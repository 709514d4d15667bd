// HAR in a real browser: headless Chromium (Debian's, driven by playwright-core over CDP).
//
//   NODE_PATH=<folder with playwright-core> node har-browser.cjs capture BASE_URL OUT.har TOKEN
//     records a HAR: the browser opens the server's /get_ips, then the page fetches from the same origin as a web
//     app would: a JSON list with a query, an address created with a bearer token (POST, JSON body), and a 404.
//   NODE_PATH=<folder with playwright-core> node har-browser.cjs replay FILE.har URL
//     reads a HAR: every request of the page is answered from the file (routeFromHAR; the network is not asked, a
//     URL the file lacks is aborted), and the page's status and text are printed.
const { chromium } = require('playwright-core');

const [mode, ...args] = process.argv.slice(2);

async function capture(browser, base, out, token) {
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
}

async function replay(browser, har, url) {
  const context = await browser.newContext();
  await context.routeFromHAR(har, { notFound: 'abort' });
  const page = await context.newPage();
  const response = await page.goto(url);
  console.log(response.status() + ' ' + (await page.innerText('body')).replace(/\s+/g, ' '));
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    // The flags of scripts/lib/chromium.sh: no network Chromium cannot reach here, root in CI.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    if (mode === 'capture') {
      await capture(browser, ...args);
    } else if (mode === 'replay') {
      await replay(browser, ...args);
    } else {
      throw new Error('usage: har-browser.cjs capture BASE OUT TOKEN | replay FILE.har URL');
    }
  } finally {
    await browser.close();
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
