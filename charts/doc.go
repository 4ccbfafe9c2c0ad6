// Package charts draws the econtrack charts with gonum/plot: one PNG (and
// SVG, PDF) per indicator and entity group, and an overview page of small
// multiples.
//
// A chart has the indicator's name in the chart language as its title, the
// entities and unit as subtitle, a time axis with ticks on calendar
// boundaries (points sit at the start of their period: "2024" on 1 January
// 2024), the headline value of each period joined by a line, every other
// value reported for a period drawn pale, approximate values hollow, bounds
// with an arrow, the last value labelled with its date, and a footer naming
// the number of source documents, their publication dates, the "as of"
// date and the econtrack version. The meeting indicators are drawn as a
// timeline of events with the interval in months between them.
//
// Text is shaped with go-text/typesetting (HarfBuzz) and drawn as glyph
// outlines from the embedded DejaVu Sans, so Arabic is joined and laid out
// right to left, and PNG and PDF show the same text without fonts
// installed. SVG keeps the text live (<text>, DejaVu Sans with fallbacks)
// so that it can be edited.
package charts
