package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
)

// Exit statuses, documented in the README.
const (
	exitOK      = 0 // the command completed (skipped documents are reported, not fatal)
	exitFailure = 1 // any other failure; previous artefacts stay intact
	exitUsage   = 2 // usage or configuration error, detected before any work
)

// globals are the flags every command shares and the process's streams.
type globals struct {
	configFile string
	corpus     string
	out        string
	logLevel   string
	logFormat  string
	stdin      io.Reader
	stdout     io.Writer
	stderr     io.Writer
	root       *cobra.Command
}

// usageError marks an error as a usage or configuration error (exit 2).
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usageErrorf(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

func newRootCommand(g *globals) *cobra.Command {
	root := &cobra.Command{
		Use:   "econtrack",
		Short: "Turn news articles into tracked economic indicators",
		Long: `econtrack reads Arabic, English and Russian news articles, finds the
quantities officials announce, ties them to indicators from a configurable
catalog and keeps them as time series with charts and a workbook.`,
		Example:       "  econtrack run\n  econtrack extract --format jsonl seeds/",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	g.root = root
	pf := root.PersistentFlags()
	pf.StringVar(&g.configFile, "config", "", "config file (default ./econtrack.yaml, then $XDG_CONFIG_HOME/econtrack/config.yaml)")
	pf.StringVar(&g.corpus, "corpus", "seeds", "corpus folder to read")
	pf.StringVar(&g.out, "out", "out", "folder for the database and artefacts")
	pf.StringVar(&g.logLevel, "log-level", "info", "log level: debug, info, warn, error")
	pf.StringVar(&g.logFormat, "log-format", "text", "log format: text or json")
	root.AddCommand(
		newQuantitiesCommand(g),
		newExtractCommand(g),
		newConfigCommand(g),
		newRunCommand(g),
		newRunsCommand(g),
		newScheduleCommand(g),
		newMigrateCommand(g),
		newStoreCommand(g),
		newVersionCommand(g),
		newConflictsCommand(g),
		newChartCommand(g),
		newExportCommand(g),
	)
	return root
}

// run executes the command line and maps errors to exit statuses in one place.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	g := &globals{stdin: stdin, stdout: stdout, stderr: stderr}
	root := newRootCommand(g)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	fmt.Fprintln(stderr, "econtrack:", err)
	var ue *usageError
	if errors.As(err, &ue) || isCobraUsageError(err) {
		return exitUsage
	}
	return exitFailure
}

// isCobraUsageError recognises cobra's own argument and flag errors.
func isCobraUsageError(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "accepts ", "requires ", "invalid argument", "flag needs an argument", "required flag"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}
