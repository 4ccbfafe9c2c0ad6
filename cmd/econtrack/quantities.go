package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/econtrack/econtrack/indicators/lang"
	"github.com/econtrack/econtrack/indicators/quantity"
)

type quantitiesOptions struct {
	lang   string
	ref    string
	format string
}

func newQuantitiesCommand(g *globals) *cobra.Command {
	var opts quantitiesOptions
	cmd := &cobra.Command{
		Use:   "quantities [TEXT|-]",
		Short: "List every quantity in a piece of text",
		Long: `Print every quantity in TEXT (or standard input when TEXT is "-" or
absent): numbers, ordinals, percentages, money, durations and dates, with
hedges and bounds and code-point offsets (CONTRACT.md section 3).`,
		Example: `  econtrack quantities --lang ar --ref 2025-11-04 - < seeds/000_52f58f8fcdcb1fb8.txt
  econtrack quantities --lang en "Trade rose to about \$240 billion last year"`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runQuantities(cmd.Context(), g, opts, args)
		},
	}
	cmd.Flags().StringVar(&opts.lang, "lang", "", "language of the text: ar, en or ru (default: detected from the script)")
	cmd.Flags().StringVar(&opts.ref, "ref", "", "reference date (YYYY-MM-DD) for relative dates; without it they stay unresolved")
	cmd.Flags().StringVar(&opts.format, "format", "jsonl", "output format: jsonl or table")
	return cmd
}

func runQuantities(ctx context.Context, g *globals, opts quantitiesOptions, args []string) error {
	var text string
	if len(args) == 0 || args[0] == "-" {
		b, err := io.ReadAll(g.stdin)
		if err != nil {
			return fmt.Errorf("read standard input: %w", err)
		}
		text = string(b)
	} else {
		text = args[0]
	}
	var ref time.Time
	if opts.ref != "" {
		var err error
		if ref, err = time.Parse("2006-01-02", opts.ref); err != nil {
			return usageErrorf("--ref %q: want a date YYYY-MM-DD", opts.ref)
		}
	}
	code := opts.lang
	switch {
	case code == "":
		code = lang.Detect(text)
	case !lang.Supported(code):
		return usageErrorf("--lang %q: want one of %s", opts.lang, strings.Join(lang.Codes(), ", "))
	}
	if opts.format != "jsonl" && opts.format != "table" {
		return usageErrorf("--format %q: want jsonl or table", opts.format)
	}
	w := bufio.NewWriterSize(g.stdout, 1<<16)
	defer w.Flush()
	var buf []byte
	err := quantity.NewScanner().ScanLines(ctx, text, quantity.Options{Lang: code, Ref: ref}, func(q quantity.Quantity) error {
		if opts.format == "table" {
			v := fmt.Sprint(q.Value)
			if q.Kind == quantity.Date {
				v = q.Period
			}
			_, err := fmt.Fprintf(w, "%5d-%-5d %-8s %-14s %-8s %-6v %-5s %s\n", q.Start, q.End, q.Kind, v, q.Unit, q.Approx, q.Bound, strings.ReplaceAll(q.Text, "\n", " "))
			return err
		}
		buf = append(q.AppendJSON(buf[:0]), '\n')
		_, err := w.Write(buf)
		return err
	})
	if err != nil {
		return fmt.Errorf("quantities: %w", err)
	}
	return nil
}
