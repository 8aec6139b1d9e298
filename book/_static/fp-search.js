/* Chinese search for the book (offline, no dependencies).
 *
 * Sphinx's index is segmented with jieba, but Sphinx splits a query only at spaces and
 * punctuation, so 高质量发展 (indexed as 高质量 + 发展) finds nothing. Here each run of
 * Chinese characters in the query is split into terms the index holds, taking the split
 * with the fewest pieces (longest matches) by dynamic programming over the index's own
 * vocabulary; characters no indexed term covers stay single. A result must hold every
 * Chinese term of the query (Sphinx alone excuses missing terms shorter than three
 * characters, which in Chinese is most words). Result snippets are taken from the prose:
 * code-cell sources are removed before the text is cut.
 */
(function () {
  "use strict";

  const HAN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
  const MAX_TERM = 12;

  function vocabulary() {
    if (typeof Search === "undefined" || !Search._index) return null;
    if (!Search._fpVocabulary) {
      const index = Search._index;
      Search._fpVocabulary = new Set([...Object.keys(index.terms || {}), ...Object.keys(index.titleterms || {})]);
    }
    return Search._fpVocabulary;
  }

  /* The fewest-pieces split of a run of Chinese characters into known terms. */
  function segmentRun(run, known) {
    const n = run.length;
    const best = new Array(n + 1).fill(null);
    best[0] = { cost: 0, pieces: [] };
    for (let i = 0; i < n; i++) {
      if (!best[i]) continue;
      for (let j = Math.min(n, i + MAX_TERM); j > i; j--) {
        const piece = run.slice(i, j);
        const isKnown = known.has(piece);
        if (!isKnown && j - i > 1) continue;
        const cost = best[i].cost + (isKnown ? 1 : 3);
        if (!best[j] || cost < best[j].cost) best[j] = { cost: cost, pieces: best[i].pieces.concat([piece]) };
      }
    }
    return best[n].pieces;
  }

  function segment(query, known) {
    if (!known) return query;
    return query.replace(HAN, (run) => (known.has(run) ? run : " " + segmentRun(run, known).join(" ") + " "));
  }

  const defaultSplit = (query) => query
    .split(/[^\p{Letter}\p{Number}_\p{Emoji_Presentation}]+/gu)
    .filter((term) => term);

  function splitQuery(query) {
    return defaultSplit(segment(query, vocabulary()));
  }

  /* Page text for snippets: the prose first, then the tables (cells kept apart), without
     code-cell sources and their toggles, so a snippet comes from a sentence when one holds the word. */
  function proseText(htmlString, anchor) {
    const doc = new DOMParser().parseFromString(htmlString, "text/html");
    const drop = [".headerlink", "script", "style", ".cell_input", "details.above-input",
                  "details.hide > summary", "button", ".fp-download", ".dt-container .dt-layout-row:not(.dt-layout-table)"];
    for (const selector of drop) doc.querySelectorAll(selector).forEach((el) => el.remove());
    const root = (anchor && doc.querySelector(`[role="main"] ${anchor}`)) || doc.querySelector('[role="main"]');
    if (!root) return "";
    const tables = [];
    root.querySelectorAll("table").forEach((table) => {
      table.querySelectorAll("th, td").forEach((cell) => cell.append(" · "));
      tables.push(table.textContent);
      table.remove();
    });
    return [root.textContent, ...tables].join(" ").replace(/\s+/g, " ");
  }

  window.fpSearch = { segment: segment, segmentRun: segmentRun, splitQuery: splitQuery, proseText: proseText };
  window.splitQuery = splitQuery;  // searchtools.js keeps a splitQuery that is already defined

  /* Sphinx lets a page match without a query term shorter than three characters; in Chinese
     most words are two characters long (地区, 发展), so a page must hold every Chinese term. */
  function holds(entry, file) {
    return entry === file || (Array.isArray(entry) && entry.includes(file));
  }

  function everyChineseTerm(performSearch) {
    return (query, searchTerms, ...rest) => {
      const results = performSearch(query, searchTerms, ...rest);
      const index = Search._index;
      const han = [...searchTerms].filter((term) => /[\u3400-\u9fff]/.test(term) && (vocabulary() || new Set()).has(term));
      if (!han.length) return results;
      return results.filter((result) => {
        const file = index.docnames.indexOf(result[0]);
        return han.every((term) => holds(index.terms[term], file) || holds(index.titleterms[term], file));
      });
    };
  }

  function install() {
    window.splitQuery = splitQuery;
    if (typeof Search === "undefined" || Search._fpInstalled) return;
    Search.htmlToText = proseText;
    Search._performSearch = everyChineseTerm(Search._performSearch);
    Search._fpInstalled = true;
  }
  install();
  document.addEventListener("DOMContentLoaded", install);
})();
