// Opens an HTML briefing in Debian's headless Chromium (through playwright-core, which brings no
// browser of its own) and checks what a reader gets: hovering or clicking a figure shows its trace
// with the source sentence, and nothing in the page runs a script or loads anything.
//
// usage: node hover_figure.js PAGE.html FIGURE_ID TEXT [FIGURE_ID TEXT]...
// The first FIGURE_ID must be the page's first figure; each figure's trace must contain its TEXT
// (compared with runs of white space as one space). Exits 1 naming the first check that fails.
'use strict';
const path = require('path');
const { chromium } = require('playwright-core');

const [page_file, ...pairs] = process.argv.slice(2);
if (!page_file || pairs.length === 0 || pairs.length % 2 !== 0) {
  console.error('usage: node hover_figure.js PAGE.html FIGURE_ID TEXT [FIGURE_ID TEXT]...');
  process.exit(2);
}
const url = 'file://' + path.resolve(page_file);
const squeeze = (s) => s.replace(/\s+/g, ' ').trim();

function check(ok, what) {
  if (!ok) throw new Error(what);
}

async function main() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
  try {
    const page = await browser.newPage();
    const dialogs = [], errors = [], requests = [];
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(url, { waitUntil: 'load' });

    const first = await page.locator('.figure').first().getAttribute('data-figure');
    check(first === pairs[0], `the page's first figure is ${first}, expected ${pairs[0]}`);
    for (let i = 0; i < pairs.length; i += 2) {
      const [id, text] = [pairs[i], pairs[i + 1]];
      const figure = page.locator(`.figure[data-figure="${id}"]`).first();
      const trace = figure.locator('.trace');
      check(await figure.count() === 1, `no figure ${id} in the page`);
      check(!(await trace.isVisible()), `the trace of ${id} is visible before any hover`);
      await figure.hover();
      await trace.waitFor({ state: 'visible', timeout: 5000 });
      const shown = squeeze(await trace.innerText());
      check(shown.includes(squeeze(text)), `the trace of ${id} shows "${shown}", which lacks "${squeeze(text)}"`);
      check(shown.includes(`dossier trace ${id}`), `the trace of ${id} lacks its command`);
      await page.mouse.move(0, 0);
      await trace.waitFor({ state: 'hidden', timeout: 5000 });
      await figure.click();  // a click focuses the figure, which keeps its trace open
      await page.mouse.move(0, 0);
      check(await trace.isVisible(), `the trace of ${id} does not stay open after a click`);
      await page.locator('h1').click();
      await trace.waitFor({ state: 'hidden', timeout: 5000 });
      console.log(`ok: figure ${id}: its trace shows on hover and on click: "${shown.slice(0, 160)}…"`);
    }

    // Nothing ran: no dialog, no error, no global set by injected markup, no element that runs or loads.
    check(dialogs.length === 0, `a dialog opened: ${dialogs.join(', ')}`);
    check(await page.evaluate(() => typeof window.injected) === 'undefined', 'an injected script set window.injected');
    const active = await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) =>
      ['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED'].includes(e.tagName) ||
      [...e.attributes].some((a) => a.name.startsWith('on'))).map((e) => e.outerHTML.slice(0, 80)));
    check(active.length === 0, `the page has elements that run or load: ${active.join(' | ')}`);
    check(errors.length === 0, `the page reported errors: ${errors.join(' | ')}`);
    check(requests.every((r) => r === url), `the page loaded other resources: ${requests.filter((r) => r !== url)}`);
    // And the page's policy would stop a script even if one were there.
    await page.addScriptTag({ content: 'window.injected = 1;' }).catch(() => {});
    check(await page.evaluate(() => typeof window.injected) === 'undefined', 'the page allows an inline script');
    console.log(`ok: no script ran and nothing but the page was loaded (${requests.length} request)`);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(`FAIL: ${error.message}`);
  process.exit(1);
});
