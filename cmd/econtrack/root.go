package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
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
	// jsonLog is set once the configuration asked for JSON logs (from a
	// file, the environment or the flag): the final error is then a JSON
	// line too.
	jsonLog bool
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
	// Usage errors are typed where cobra makes them, never recognised by
	// their text: flags (inherited by every command), arguments (each
	// command's validator, wrapped below) and an unknown command.
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })
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
		newServeCommand(g),
		newFetchCommand(g),
		newReviewCommand(g),
	)
	typeArgErrors(root)
	return root
}

// typeArgErrors makes the argument errors of cmd and its subcommands usage
// errors; a command that only groups others ("econtrack", "econtrack
// store") refuses an unknown one.
func typeArgErrors(cmd *cobra.Command) {
	if cmd.HasSubCommands() && !cmd.Runnable() {
		cmd.Args = cobra.ArbitraryArgs
		cmd.RunE = unknownCommand
	}
	if validate := cmd.Args; validate != nil {
		cmd.Args = func(c *cobra.Command, args []string) error {
			if err := validate(c, args); err != nil {
				return &usageError{err}
			}
			return nil
		}
	}
	for _, sub := range cmd.Commands() {
		typeArgErrors(sub)
	}
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
	code := exitFailure
	var ue *usageError
	if errors.As(err, &ue) {
		code = exitUsage
	}
	// (The configuration may be what failed: the flag and the variable
	// say JSON then.)
	if g.jsonLog || g.logFormat == "json" || os.Getenv("ECONTRACK_LOG_FORMAT") == "json" {
		slog.New(slog.NewJSONHandler(stderr, nil)).Error("econtrack failed", "error", err.Error(), "exit", code)
		return code
	}
	fmt.Fprintln(stderr, "econtrack:", err)
	return code
}

// unknownCommand shows the help of a command that only groups others, or
// refuses the unknown subcommand it was given.
func unknownCommand(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return cmd.Help()
	}
	msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
	if cmd.SuggestionsMinimumDistance <= 0 {
		cmd.SuggestionsMinimumDistance = 2 // cobra's default, which only its own lookup sets
	}
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		msg += "; did you mean " + strings.Join(s, " or ") + "?"
	}
	return &usageError{errors.New(msg)}
}
