package config

import (
	"regexp"
	"strings"
)

// Redacted replaces a password wherever a DSN is shown.
const Redacted = "xxxxx"

var (
	queryPassword   = regexp.MustCompile(`(?i)([?&](?:password|sslpassword)=)[^&#]*`)
	keywordPassword = regexp.MustCompile(`(?i)(\b(?:password|sslpassword)\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s]*)`)
)

// RedactDSN returns dsn with any password replaced by xxxxx: the password of
// a URL (postgres://user:secret@host/db → postgres://user:xxxxx@host/db), a
// password= query parameter, or a password=… keyword of a key=value DSN.
// Everything else is kept as written.
func RedactDSN(dsn string) string {
	if scheme, rest, ok := strings.Cut(dsn, "://"); ok {
		end := len(rest)
		if i := strings.IndexAny(rest, "?#"); i >= 0 {
			end = i
		}
		if at := strings.LastIndex(rest[:end], "@"); at >= 0 {
			userinfo := rest[:at]
			if user, _, hasPw := strings.Cut(userinfo, ":"); hasPw {
				rest = user + ":" + Redacted + rest[at:]
			}
		}
		dsn = scheme + "://" + queryPassword.ReplaceAllString(rest, "${1}"+Redacted)
		return dsn
	}
	return keywordPassword.ReplaceAllString(dsn, "${1}"+Redacted)
}
