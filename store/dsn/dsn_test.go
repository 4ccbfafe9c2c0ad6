package dsn

import (
	"strings"
	"testing"
)

func TestRedact(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"out/econtrack.db", "out/econtrack.db"},
		{"sqlite:///var/lib/econ.db", "sqlite:///var/lib/econ.db"},
		{"postgres://user:secret@host/db", "postgres://user:xxxxx@host/db"},
		{"postgres://user:s%40cr:et@host:5432/db?sslmode=disable", "postgres://user:xxxxx@host:5432/db?sslmode=disable"},
		{"postgres://user:p@ss@host/db", "postgres://user:xxxxx@host/db"},
		{"postgres://user:a/b@host/db", "postgres://user:xxxxx@host/db"},
		{"postgres://user@host/db", "postgres://user@host/db"},
		{"postgres://host/db?user=u&password=secret&sslmode=require", "postgres://host/db?user=u&password=xxxxx&sslmode=require"},
		{"host=h user=u password=secret dbname=d", "host=h user=u password=xxxxx dbname=d"},
		{"host=h password='se cret' dbname=d", "host=h password=xxxxx dbname=d"},
	}
	for _, tt := range tests {
		if got := Redact(tt.in); got != tt.want {
			t.Errorf("Redact(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParse(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		in         string
		kind, path string
		err        string // part of the error; "" for none
	}{
		{in: "out/econtrack.db", kind: KindSQLite, path: "out/econtrack.db"},
		{in: "sqlite://out/x.db", kind: KindSQLite, path: "out/x.db"},
		{in: "file:///var/lib/econ.db", kind: KindSQLite, path: "/var/lib/econ.db"},
		{in: "postgres://u:secret@db/econ", kind: KindPostgres},
		{in: "postgresql://db/econ?sslmode=require", kind: KindPostgres},
		{in: "host=db user=u password=secret dbname=econ", kind: KindPostgres},
		{in: "  dbname=econ", kind: KindPostgres},
		{in: "", err: "empty DSN"},
		{in: "host=db usr=u password=secret", err: `unknown PostgreSQL connection parameter "usr"`},
		{in: "postgres://u:p@ss@db/econ", err: "unencoded '@'"},
		{in: "mysql://u:secret@db/econ", err: `unknown scheme "mysql"`},
		{in: "sqlite://", err: "no path"},
		{in: dir, err: "a folder"},
		{in: "out/", err: "a folder"},
		{in: "x.db?mode=ro", err: "must not contain"},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		switch {
		case tt.err != "":
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("Parse(%q) error = %v, want %q", tt.in, err, tt.err)
			}
			if err != nil && (strings.Contains(err.Error(), "secret") || strings.Contains(err.Error(), "ss@")) {
				t.Errorf("Parse(%q) error shows the password: %v", tt.in, err)
			}
		case err != nil:
			t.Errorf("Parse(%q): %v", tt.in, err)
		case got.Kind != tt.kind || tt.kind == KindSQLite && got.Path != tt.path || tt.kind == KindPostgres && got.Conn != tt.in:
			t.Errorf("Parse(%q) = %+v, want %s %s", tt.in, got, tt.kind, tt.path)
		}
	}
}
