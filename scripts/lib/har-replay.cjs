// Another tool reading restsh's HAR: headless Chromium (playwright-core) answers every request of a page from the
// HAR file (routeFromHAR, nothing from the network: a URL the file lacks is aborted) and prints the page's text.
//
//   NODE_PATH=<folder with playwright-core> node har-replay.cjs FILE.har URL
const { chromium } = require('playwright-core');

const [har, url] = process.argv.slice(2);

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext();
    await context.routeFromHAR(har, { notFound: 'abort' });
    const page = await context.newPage();
    const response = await page.goto(url);
    console.log(response.status() + ' ' + (await page.innerText('body')).replace(/\s+/g, ' '));
  } finally {
    await browser.close();
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
