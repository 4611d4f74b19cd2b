// The report's own CSS: readable on screen, clean on A4 (Chromium's "Save as PDF" and the PDF export use it).
export const reportCss = `
@page { size: A4; margin: 16mm 14mm 18mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: 'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif; color: #14213d; margin: 0 auto; max-width: 190mm; padding: 12mm 0; font-size: 10.5pt; line-height: 1.4; }
h1 { font-size: 22pt; margin: 0 0 2mm; line-height: 1.15; }
h2 { font-size: 14pt; margin: 8mm 0 3mm; break-after: avoid; page-break-after: avoid; }
.date { font-size: 12pt; margin: 0; }
.figures { color: #5c677d; margin: 1mm 0 0; }
header { border-bottom: 2px solid #1d3557; padding-bottom: 4mm; }
.chart { max-width: 100%; height: auto; font-size: 12px; fill: #14213d; }
.chart-heading { font-weight: 700; }
.chart-value { font-weight: 700; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 1.2mm 2mm; border-bottom: 1px solid #dcd8cf; vertical-align: top; }
th { font-size: 9pt; text-transform: uppercase; letter-spacing: 0.03em; color: #5c677d; }
td.time { white-space: nowrap; font-variant-numeric: tabular-nums; width: 1%; padding-right: 5mm; }
td.late { color: #b42318; }
.sector h2 { border-left: 6px solid var(--sector); padding-left: 3mm; }
.ideas { list-style: none; padding: 0; margin: 0; }
.ideas li { display: grid; grid-template-columns: 10mm 1fr 22mm; gap: 2mm; padding: 2.5mm 0; border-bottom: 1px solid #dcd8cf; break-inside: avoid; page-break-inside: avoid; }
.rank { font-weight: 700; color: var(--sector); font-size: 13pt; }
.idea-text { font-weight: 600; white-space: pre-wrap; overflow-wrap: anywhere; }
.idea-meta { margin: 0.8mm 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.idea-meta span { color: #5c677d; }
.tags { margin: 1mm 0 0; display: flex; flex-wrap: wrap; gap: 1mm; }
.tag { border: 1px solid var(--sector); color: var(--sector); border-radius: 3mm; padding: 0 2mm; font-size: 8.5pt; }
.votes { text-align: right; font-weight: 700; white-space: nowrap; }
.more, .empty { color: #5c677d; font-style: italic; }
@media screen { body { padding: 12mm 6mm; } }
@media print { body { max-width: none; padding: 0; } }
`;
