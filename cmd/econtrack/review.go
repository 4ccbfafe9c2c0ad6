package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"github.com/econtrack/econtrack/config"
	"github.com/econtrack/econtrack/internal/atomicfile"
	"github.com/econtrack/econtrack/model"
	"github.com/econtrack/econtrack/store"
)

func newReviewCommand(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "review",
		Short: "Export or import reviewers' decisions as a YAML or JSON lines file",
		Long: `Reviewers' decisions (accept, reject, correct; made in econtrack serve) live
in the store. Export them to a file a team keeps in git next to the corpus,
and import it into another store: every decision is kept with who made it
and when, and importing a file twice adds nothing. The format follows the
file's extension: .yaml or .yml, else JSON lines.`,
		Example: "  econtrack review export reviews.yaml\n  econtrack review import reviews.yaml --out other/",
	}
	cmd.AddCommand(
		&cobra.Command{
			Use:   "export FILE",
			Short: "Write every stored decision to FILE (- for standard output, as JSON lines)",
			Args:  cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				cfg, err := loadConfig(g, cmd)
				if err != nil {
					return err
				}
				return runReviewExport(cmd.Context(), g, cfg, args[0])
			},
		},
		&cobra.Command{
			Use:   "import FILE",
			Short: "Store the decisions FILE holds, checked first: one bad entry imports nothing",
			Args:  cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				cfg, err := loadConfig(g, cmd)
				if err != nil {
					return err
				}
				return runReviewImport(cmd.Context(), g, cfg, args[0])
			},
		},
	)
	return cmd
}

// isYAML reports whether a review file is YAML, by its extension.
func isYAML(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".yaml" || ext == ".yml"
}

func runReviewExport(ctx context.Context, g *globals, cfg *config.Config, path string) error {
	st, err := store.OpenExisting(ctx, cfg.StoreDSN())
	if err != nil {
		return err
	}
	defer st.Close()
	reviews, err := st.Reviews(ctx)
	if err != nil {
		return err
	}
	write := func(w io.Writer) error {
		if isYAML(path) {
			enc := yaml.NewEncoder(w)
			enc.SetIndent(2)
			if reviews == nil {
				reviews = []model.Review{}
			}
			if err := enc.Encode(reviews); err != nil {
				return err
			}
			return enc.Close()
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, rv := range reviews {
			if err := enc.Encode(rv); err != nil {
				return err
			}
		}
		return nil
	}
	if path == "-" {
		bw := bufio.NewWriter(g.stdout)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	if err := atomicfile.Write(path, write); err != nil {
		return fmt.Errorf("review export: %w", err)
	}
	fmt.Fprintf(g.stdout, "%s written to %s\n", decisions(len(reviews)), path)
	return nil
}

// readReviews reads a review file, naming the entry (YAML) or line (JSON
// lines) of any problem.
func readReviews(path string, catalog map[string]bool) ([]model.Review, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, &usageError{fmt.Errorf("review import: %w", err)}
	}
	var reviews []model.Review
	var where []string
	if isYAML(path) {
		var nodes []yaml.Node
		if err := yaml.Unmarshal(b, &nodes); err != nil {
			return nil, &usageError{fmt.Errorf("review import: %s: %w", path, err)}
		}
		for i, n := range nodes {
			var rv model.Review
			if err := n.Decode(&rv); err != nil {
				return nil, &usageError{fmt.Errorf("review import: %s:%d: entry %d: %w", path, n.Line, i+1, err)}
			}
			reviews, where = append(reviews, rv), append(where, fmt.Sprintf("%s:%d", path, n.Line))
		}
	} else {
		sc := bufio.NewScanner(bytes.NewReader(b))
		sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
		for line := 1; sc.Scan(); line++ {
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			var rv model.Review
			dec := json.NewDecoder(strings.NewReader(sc.Text()))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&rv); err != nil {
				return nil, &usageError{fmt.Errorf("review import: %s:%d: %w", path, line, err)}
			}
			reviews, where = append(reviews, rv), append(where, fmt.Sprintf("%s:%d", path, line))
		}
		if err := sc.Err(); err != nil {
			return nil, &usageError{fmt.Errorf("review import: %s: %w", path, err)}
		}
	}
	for i, rv := range reviews {
		if err := rv.Validate(); err != nil {
			return nil, &usageError{fmt.Errorf("review import: %s: %w", where[i], err)}
		}
		if rv.ToIndicator != "" && !catalog[rv.ToIndicator] {
			return nil, &usageError{fmt.Errorf("review import: %s: to_indicator %q is not in the catalog", where[i], rv.ToIndicator)}
		}
	}
	return reviews, nil
}

func runReviewImport(ctx context.Context, g *globals, cfg *config.Config, path string) error {
	known := map[string]bool{}
	for _, in := range cfg.Catalog() {
		known[in.ID] = true
	}
	reviews, err := readReviews(path, known)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, cfg.StoreDSN())
	if err != nil {
		return err
	}
	defer st.Close()
	n, err := st.PutReviews(ctx, reviews)
	if err != nil {
		return err
	}
	fmt.Fprintf(g.stdout, "%s read, %d new, from %s\n", decisions(len(reviews)), n, path)
	return nil
}

// decisions counts review decisions in words: "1 decision", "2 decisions".
func decisions(n int) string {
	if n == 1 {
		return "1 decision"
	}
	return fmt.Sprintf("%d decisions", n)
}
