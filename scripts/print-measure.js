// Measures a profint HTML report as it prints. Inserted at the end of a copy of the report and
// run by headless Chromium (--dump-dom) in a window as wide as an A4 page's text column, it applies
// the page's print rules to the screen, then writes into <pre id="profint-measure"> as JSON:
//   column       the text column's width, in CSS pixels
//   overflowing  elements that stick out of the column, or whose content is wider than they are
//   wrapped      cells that must stay on one line (times, counts) and take more than one
//   map          the partner map's drawn width and height, and its smallest text in points
// Used by the print test (Tests/ProfintCLITests/PrintTests.swift) and scripts/print-report.
(function () {
  for (const sheet of document.styleSheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && /\bprint\b/.test(rule.media.mediaText)) rule.media.mediaText = "all";
    }
  }
  const main = document.querySelector("main");
  const column = main.getBoundingClientRect();
  const describe = (element) => {
    const text = (element.textContent || "").replace(/\s+/g, " ").trim().slice(0, 60);
    return element.tagName.toLowerCase() + (element.className && element.className.baseVal === undefined && element.className
      ? "." + element.className : "") + ": " + text;
  };
  const overflowing = [];
  for (const element of main.querySelectorAll("*")) {
    if (element.closest("svg") && element.tagName.toLowerCase() !== "svg") continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const outside = box.right > column.right + 1 || box.left < column.left - 1;
    const clipped = element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1;
    if (outside || clipped) overflowing.push(describe(element) + " (" + Math.round(box.left) + "–" + Math.round(box.right) + ")");
  }
  const wrapped = [];
  for (const cell of main.querySelectorAll("td.n, th.n")) {
    const range = document.createRange();
    range.selectNodeContents(cell);
    const lines = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top)));
    if (lines.size > 1) wrapped.push(describe(cell));
  }
  let map = null;
  const svg = main.querySelector("figure svg");
  if (svg) {
    const box = svg.getBoundingClientRect();
    const view = svg.viewBox.baseVal;
    const scale = view && view.width ? Math.min(box.width / view.width, box.height / view.height) : 1;
    let smallest = Infinity;
    for (const text of svg.querySelectorAll("text")) {
      const size = parseFloat(text.getAttribute("font-size") || "14");
      smallest = Math.min(smallest, size * scale * 0.75);
    }
    map = { width: box.width, height: box.height, smallestFontPt: smallest === Infinity ? 0 : smallest };
  }
  const result = document.createElement("pre");
  result.id = "profint-measure";
  result.textContent = JSON.stringify({ column: column.width, overflowing, wrapped, map });
  document.body.appendChild(result);
})();
