// Lighthouse, mobile profile with its default (simulated) throttling, in Debian's Chromium.
//
// Usage: node lighthouse.mjs BASE_URL OUTPUT.json PATH...
// Runs every path RUNS times (default 3), each in a fresh browser (a run that ends without a
// score, as when Chromium's trace fails, is tried again at most twice), and writes for each path
// the scores of every run, the run of median performance, and the failing audits of that run:
// {path: {runs: [{performance, accessibility, "best-practices", seo, metrics}], median: {...},
// failed: [{id, category, title, score, weight, items}], errors: [...], retried: [...]}}.
import { writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

import { CHROMIUM, CHROMIUM_FLAGS, EXTRA_HEADERS } from "./browser.mjs";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const METRICS = [
    "first-contentful-paint",
    "largest-contentful-paint",
    "total-blocking-time",
    "cumulative-layout-shift",
    "speed-index",
];
const RUNS = Number(process.env.RUNS || 3);
// "simulate" (Lighthouse's default) or "devtools": the latter slows the real network and CPU,
// so a slow server answer shows in the figures instead of being modelled away.
const THROTTLING = process.env.THROTTLING || "simulate";

const [baseUrl, output, ...paths] = process.argv.slice(2);
if (!baseUrl || !output || paths.length === 0) {
    console.error("usage: node lighthouse.mjs BASE_URL OUTPUT.json PATH...");
    process.exit(2);
}

function scores(lhr) {
    const result = {};
    for (const category of CATEGORIES) {
        const score = lhr.categories[category]?.score;
        result[category] = score == null ? null : Math.round(score * 100);
    }
    result.metrics = Object.fromEntries(
        METRICS.map((id) => [id, lhr.audits[id]?.numericValue ?? null]),
    );
    return result;
}

function failedAudits(lhr) {
    const failed = [];
    for (const category of CATEGORIES) {
        for (const ref of lhr.categories[category]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (!audit || audit.score === null || audit.score >= 0.9) continue;
            if (audit.scoreDisplayMode === "informative" || audit.scoreDisplayMode === "notApplicable") continue;
            const details = Array.isArray(audit.details?.items) ? audit.details.items : [];
            const items = details.slice(0, 5).map((item) =>
                item.node?.snippet || item.url || item.source?.url || item.description || JSON.stringify(item).slice(0, 200),
            );
            failed.push({ id: ref.id, category, title: audit.title, score: audit.score, weight: ref.weight, items });
        }
    }
    return failed;
}

async function audit(url) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS, logLevel: "silent" });
    try {
        const result = await lighthouse(
            url,
            {
                port: chrome.port,
                output: "json",
                logLevel: "error",
                onlyCategories: CATEGORIES,
                extraHeaders: EXTRA_HEADERS,
                maxWaitForLoad: 60000,
                throttlingMethod: THROTTLING,
            },
        );
        return result.lhr;
    } finally {
        await chrome.kill();
    }
}

// Why a category has no score: the run's error (NO_NAVSTART: the trace failed), else the
// distinct messages of its audits that errored.
function errors(lhr) {
    if (lhr.runtimeError) return [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`];
    const messages = Object.values(lhr.audits)
        .filter((audit) => audit.scoreDisplayMode === "error")
        .map((audit) => audit.errorMessage);
    return [...new Set(messages)].slice(0, 3);
}

const ATTEMPTS = 3; // a run whose scores are missing is tried again, at most twice
const results = {};
for (const path of paths) {
    const runs = [];
    const failures = [];
    for (let run = 0; run < RUNS; run += 1) {
        for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
            const lhr = await audit(baseUrl + path);
            const s = scores(lhr);
            const complete = CATEGORIES.every((category) => s[category] !== null);
            console.error(
                `lighthouse ${path} run ${run + 1}: performance ${s.performance}, accessibility ${s.accessibility}, ` +
                    `best practices ${s["best-practices"]}, SEO ${s.seo}`,
            );
            if (complete || attempt === ATTEMPTS) {
                runs.push({ scores: s, failed: failedAudits(lhr), errors: errors(lhr) });
                break;
            }
            failures.push(...errors(lhr));
            console.error(`  incomplete, run again: ${errors(lhr).join("; ")}`);
        }
    }
    const ordered = [...runs].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
    const median = ordered[Math.floor((ordered.length - 1) / 2)];
    results[path] = {
        runs: runs.map((run) => run.scores),
        median: median.scores,
        failed: median.failed,
        errors: median.errors,
        retried: failures,
    };
}
writeFileSync(output, JSON.stringify(results, null, 2));
