import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's engine, read from node_modules once and evaluated in the page, so nothing comes from the network. */
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The impacts the "Done when" line counts: minor and moderate findings are worth a look but do not fail a test. */
const BLOCKING_IMPACTS: ReadonlySet<string> = new Set(['serious', 'critical']);

/** A rule that should not run on some elements, with the reason kept next to it. */
export interface AxeExclusion {
  readonly rule: string;
  /** CSS selectors of the elements (and their contents) whose findings for this rule are dropped. */
  readonly selectors: readonly string[];
}

export interface AxeViolation {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly helpUrl: string;
  /** One entry per offending element: its selector and what axe says is wrong with it. */
  readonly nodes: readonly { readonly target: string; readonly summary: string }[];
}

/** What the page returns: the shape of axe's own results, reduced to what the report needs. */
interface RawViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core (WCAG 2.x A/AA and best-practice rules) on the page as it is now and returns the
 * serious and critical violations. Exclusions skip one rule on the given elements only.
 */
export async function seriousViolations(page: Page, exclusions: readonly AxeExclusion[] = []): Promise<AxeViolation[]> {
  const alreadyThere = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol rather than added as a <script>: the app's Content Security
  // Policy (script-src 'self') rightly refuses inline scripts, and the test should not weaken it.
  if (!alreadyThere) await page.evaluate(axeSource);
  const raw = await page.evaluate(async (skip) => {
    // axe's own types are not imported (it runs in the page): describe just what this call uses.
    interface AxeInPage {
      run(context: Document, options: object): Promise<{ violations: RawViolation[] }>;
    }
    const axe = (window as unknown as { axe: AxeInPage }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    // An exclusion drops the rule's findings on the named elements only (not the rule's own selector,
    // which would change what else the rule looks at); every other element and rule still counts.
    const excluded = (rule: string, target: unknown[]): boolean => {
      const element = target.length === 1 && typeof target[0] === 'string' ? document.querySelector(target[0]) : null;
      return skip.some((entry) => entry.rule === rule && element?.closest(entry.selectors.join(', ')) != null);
    };
    return results.violations
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        helpUrl: violation.helpUrl,
        nodes: violation.nodes
          .filter((node) => !excluded(violation.id, node.target))
          .map((node) => ({ target: node.target, failureSummary: node.failureSummary })),
      }))
      .filter((violation) => violation.nodes.length > 0);
  }, exclusions);
  return (raw as RawViolation[])
    .filter((violation) => violation.impact !== null && BLOCKING_IMPACTS.has(violation.impact))
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(' '),
        summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
}

/** Violations as lines people can read in a test failure: rule, impact, help, then each element. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.rule} (${violation.impact}): ${violation.help} — ${violation.helpUrl}`,
        ...violation.nodes.map((node) => `    ${node.target}\n      ${node.summary}`),
      ].join('\n'),
    )
    .join('\n');
}
