// axe-core and the weight of CSS and JavaScript, page by page, in Debian's Chromium.
//
// Usage: node axe.mjs BASE_URL OUTPUT.json PATH...
// For each path: loads the page in a fresh context (no cache, no cookies), records every
// stylesheet and script it loads and their gzip size (level 9, as the deployment precompresses
// them), then injects axe.min.js and runs axe with its default rules.
// Writes {path: {violations: [...], assets: [...], gzip_bytes, raw_bytes}} to OUTPUT.json.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

import { CHROMIUM, CHROMIUM_FLAGS, EXTRA_HEADERS } from "./browser.mjs";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const [baseUrl, output, ...paths] = process.argv.slice(2);
if (!baseUrl || !output || paths.length === 0) {
    console.error("usage: node axe.mjs BASE_URL OUTPUT.json PATH...");
    process.exit(2);
}

const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    headless: true,
});
const results = {};
try {
    for (const path of paths) {
        const context = await browser.newContext({
            extraHTTPHeaders: EXTRA_HEADERS,
            viewport: { width: 412, height: 823 },
        });
        const page = await context.newPage();
        const pending = [];
        page.on("response", (response) => {
            const type = response.request().resourceType();
            if (type !== "stylesheet" && type !== "script") return;
            pending.push(
                response.body().then(
                    (body) => ({
                        url: response.url(),
                        type,
                        status: response.status(),
                        raw_bytes: body.length,
                        gzip_bytes: gzipSync(body, { level: 9 }).length,
                    }),
                    () => ({ url: response.url(), type, status: response.status(), raw_bytes: 0, gzip_bytes: 0 }),
                ),
            );
        });
        const consoleErrors = [];
        page.on("console", (message) => {
            if (message.type() === "error") consoleErrors.push(message.text());
        });
        const response = await page.goto(baseUrl + path, { waitUntil: "load", timeout: 120000 });
        await page.waitForLoadState("networkidle", { timeout: 30000 }).catch(() => {});
        const assets = await Promise.all(pending);
        await page.addScriptTag({ content: AXE });
        const axe = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
        results[path] = {
            status: response ? response.status() : null,
            violations: axe.violations.map((violation) => ({
                id: violation.id,
                impact: violation.impact,
                help: violation.help,
                nodes: violation.nodes.map((node) => node.target.join(" ")),
            })),
            console_errors: consoleErrors,
            assets,
            raw_bytes: assets.reduce((sum, asset) => sum + asset.raw_bytes, 0),
            gzip_bytes: assets.reduce((sum, asset) => sum + asset.gzip_bytes, 0),
        };
        console.error(
            `axe ${path}: ${axe.violations.length} violations, ` +
                `CSS+JS ${assets.length} files, ${results[path].gzip_bytes} bytes gzipped`,
        );
        await context.close();
    }
} finally {
    await browser.close();
}
writeFileSync(output, JSON.stringify(results, null, 2));
